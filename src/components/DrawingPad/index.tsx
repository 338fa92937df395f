import { Canvas, CustomWrapper, View } from '@tarojs/components'
import { forwardRef, useImperativeHandle, useRef, useState } from 'react'
import { PALETTE, PEN_SIZES, type ColorId, type PenSizeId, type Stroke } from '../../domain/drawing'
import { DrawingControls } from './Controls'
import { useDrawingSurface, type DrawingPadHandle, type DrawingPadState } from './useDrawingSurface'
import './index.scss'

export type { DrawingPadHandle, DrawingPadState } from './useDrawingSurface'

export interface DrawingPadProps {
  /** What the picture is, for screen readers, e.g. '我的画：公园'. */
  ariaLabel: string
  /** Called when the picture becomes empty or non-empty, or its stroke count changes. */
  onChange?: (state: DrawingPadState) => void
  /** The canvas is found by this id: unique on the page. */
  canvasId?: string
  /** Strokes saved from an earlier pad (getStrokes()), shown again and undoable; read on mount. */
  initialStrokes?: readonly Stroke[]
  className?: string
}

/** A finger (or mouse) drawing pad for children, with big colour swatches, two pens, undo and clear. */
export const DrawingPad = forwardRef<DrawingPadHandle, DrawingPadProps>(function DrawingPad(
  { ariaLabel, onChange, canvasId = 'drawing-pad', initialStrokes, className },
  ref
) {
  const [colorId, setColorId] = useState<ColorId>('black')
  const [sizeId, setSizeId] = useState<PenSizeId>('thin')
  const pen = {
    color: PALETTE.find((c) => c.id === colorId)!.color,
    width: PEN_SIZES.find((p) => p.id === sizeId)!.width
  }
  // The canvas sits in its own CustomWrapper so that, however deep the pad is on a page, its node
  // is found in the wrapper's scope (WeChat's page-scope query does not enter custom components).
  const host = useRef(null)
  const surface = useDrawingSurface({ canvasId, host, pen, initialStrokes, onChange })
  const { handle } = surface
  useImperativeHandle(ref, () => handle, [handle])

  return (
    <View
      className={['drawing-pad', className].filter(Boolean).join(' ')}
      data-color={colorId}
      data-pen={sizeId}
      data-ready={surface.ready}
    >
      <View className='drawing-pad__paper' ariaRole='img' ariaLabel={ariaLabel}>
        <CustomWrapper ref={host}>
          <Canvas id={canvasId} type='2d' className='drawing-pad__canvas' disableScroll {...surface.canvasEvents} />
        </CustomWrapper>
      </View>
      <DrawingControls
        drawing={surface.drawing}
        colorId={colorId}
        sizeId={sizeId}
        onColor={setColorId}
        onSize={setSizeId}
        onUndo={surface.undo}
        onClear={surface.clear}
      />
    </View>
  )
})
