import { Canvas, Text, View, type CanvasTouchEvent } from '@tarojs/components'
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react'
import {
  PALETTE,
  PEN_SIZES,
  canRestoreClear,
  canUndo,
  clear,
  emptyDrawing,
  endStroke,
  extendStroke,
  fromStrokes,
  isEmpty,
  isFull,
  paintAll,
  paintTail,
  startStroke,
  strokeCount,
  undo,
  type ColorId,
  type Drawing,
  type Pen,
  type PenSizeId,
  type Point,
  type Stroke
} from '../../domain/drawing'
import { exportPng, listenMouse, openCanvas, touchPoint, type CanvasSurface } from '../../services/canvas'
import { choiceProps } from '../a11y'
import './index.scss'

export interface DrawingPadState {
  empty: boolean
  strokes: number
}

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

export interface DrawingPadHandle {
  /** WeChat: a temporary PNG file path; browser: a data:image/png;base64 URL. Rejects when empty. */
  exportImage(): Promise<string>
  /** The strokes as data (points in canvas px), e.g. to keep a draft. */
  getStrokes(): readonly Stroke[]
}

const penFor = (colorId: ColorId, sizeId: PenSizeId): Pen => ({
  color: PALETTE.find((c) => c.id === colorId)!.color,
  width: PEN_SIZES.find((p) => p.id === sizeId)!.width
})

/** A finger (or mouse) drawing pad for children, with big colour swatches, two pens, undo and clear. */
export const DrawingPad = forwardRef<DrawingPadHandle, DrawingPadProps>(function DrawingPad(
  { ariaLabel, onChange, canvasId = 'drawing-pad', initialStrokes, className },
  ref
) {
  // The ref is the truth for event handlers (a move must not wait for a render); the state
  // copy re-renders the controls, and is only updated when a stroke ends, on undo and on clear.
  const [drawing, setDrawing] = useState<Drawing>(() => (initialStrokes ? fromStrokes(initialStrokes) : emptyDrawing()))
  const drawingRef = useRef(drawing)
  const surfaceRef = useRef<CanvasSurface | null>(null)
  const openedRef = useRef<Promise<CanvasSurface | null> | null>(null)
  const [colorId, setColorId] = useState<ColorId>('black')
  const [sizeId, setSizeId] = useState<PenSizeId>('thin')
  const penRef = useRef(penFor(colorId, sizeId))
  penRef.current = penFor(colorId, sizeId)
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange

  // Handlers read only refs, so one set serves every render and is never re-bound.
  const ops = useMemo(() => {
    const apply = (next: Drawing, render: boolean) => {
      drawingRef.current = next
      if (render) setDrawing(next)
    }
    const repaint = () => {
      if (surfaceRef.current) paintAll(surfaceRef.current, drawingRef.current)
    }
    return {
      begin(p: Point) {
        const prev = drawingRef.current
        const next = startStroke(prev, p, penRef.current)
        if (next === prev) return
        apply(next, next.strokes !== prev.strokes)
        if (surfaceRef.current && next.active) paintTail(surfaceRef.current, next.active)
      },
      move(p: Point) {
        const next = extendStroke(drawingRef.current, p)
        if (next === drawingRef.current) return
        apply(next, false)
        if (surfaceRef.current && next.active) paintTail(surfaceRef.current, next.active)
      },
      finish() {
        const next = endStroke(drawingRef.current)
        if (next !== drawingRef.current) apply(next, true)
      },
      undo() {
        const next = undo(drawingRef.current)
        if (next === drawingRef.current) return
        apply(next, true)
        repaint()
      },
      clear() {
        const next = clear(drawingRef.current)
        if (next === drawingRef.current) return
        apply(next, true)
        repaint()
      },
      repaint
    }
  }, [])

  // Set once the canvas can take strokes: until then a touch would be lost (tests wait for it).
  const [ready, setReady] = useState(false)

  useEffect(() => {
    let alive = true
    let unlisten = () => {}
    const opened = openCanvas(canvasId)
    openedRef.current = opened
    void opened.then((surface) => {
      if (!alive || !surface) return
      surfaceRef.current = surface
      ops.repaint()
      unlisten = listenMouse(surface, { down: ops.begin, move: ops.move, up: ops.finish })
      setReady(true)
    })
    return () => {
      alive = false
      setReady(false)
      surfaceRef.current = null
      unlisten()
    }
  }, [canvasId, ops])
  const empty = isEmpty(drawing)
  const strokes = strokeCount(drawing)
  const reported = useRef<DrawingPadState>({ empty, strokes })
  useEffect(() => {
    if (reported.current.empty === empty && reported.current.strokes === strokes) return
    reported.current = { empty, strokes }
    onChangeRef.current?.({ empty, strokes })
  }, [empty, strokes])

  const handle: DrawingPadHandle = {
    async exportImage() {
      const surface = surfaceRef.current ?? (await openedRef.current)
      if (!surface) throw new Error('画板还没有准备好')
      if (isEmpty(drawingRef.current)) throw new Error('还没有画画')
      // Repaint from the model so the file always matches what undo/clear left.
      paintAll(surface, drawingRef.current)
      return exportPng(surface)
    },
    getStrokes: () => drawingRef.current.strokes
  }
  useImperativeHandle(ref, () => handle, [])

  const onTouchStart = (e: CanvasTouchEvent) => {
    // Keeps the browser from scrolling and from sending a copy of the tap as mouse events.
    e.preventDefault()
    if (!surfaceRef.current || e.touches.length > 1) return
    const p = touchPoint(e, surfaceRef.current)
    if (p) ops.begin(p)
  }
  const onTouchMove = (e: CanvasTouchEvent) => {
    e.preventDefault()
    if (!surfaceRef.current) return
    const p = touchPoint(e, surfaceRef.current)
    if (p) ops.move(p)
  }

  const undoable = canUndo(drawing)
  const hint = isFull(drawing)
    ? '画板画满啦！可以撤销或者清空再画。'
    : canRestoreClear(drawing)
      ? '已经清空了。点“撤销”可以把画找回来。'
      : ''

  return (
    <View
      className={['drawing-pad', className].filter(Boolean).join(' ')}
      data-color={colorId}
      data-pen={sizeId}
      data-ready={ready}
    >
      <View className='drawing-pad__paper' ariaRole='img' ariaLabel={ariaLabel}>
        <Canvas
          id={canvasId}
          type='2d'
          className='drawing-pad__canvas'
          disableScroll
          onTouchStart={onTouchStart}
          onTouchMove={onTouchMove}
          onTouchEnd={ops.finish}
          onTouchCancel={ops.finish}
        />
      </View>
      {hint ? <Text className='drawing-pad__hint'>{hint}</Text> : null}

      <View className='drawing-pad__swatches' ariaRole='radiogroup' ariaLabel='选颜色'>
        {PALETTE.map((c) => (
          <View
            key={c.id}
            className={`drawing-pad__swatch ${c.id === colorId ? 'drawing-pad__swatch--active' : ''}`}
            {...choiceProps('radio', c.id === colorId, c.name)}
            data-color={c.id}
            onClick={() => setColorId(c.id)}
          >
            <View className='drawing-pad__dot' style={{ backgroundColor: c.color }} />
            <Text className='drawing-pad__swatch-name'>{c.name}</Text>
          </View>
        ))}
      </View>

      <View className='drawing-pad__row' ariaRole='radiogroup' ariaLabel='选笔'>
        {PEN_SIZES.map((p) => (
          <View
            key={p.id}
            className={`drawing-pad__pen ${p.id === sizeId ? 'drawing-pad__pen--active' : ''}`}
            {...choiceProps('radio', p.id === sizeId, p.name)}
            data-pen={p.id}
            onClick={() => setSizeId(p.id)}
          >
            <View
              className={`drawing-pad__pen-sample drawing-pad__pen-sample--${p.id}`}
              style={{ backgroundColor: penRef.current.color }}
            />
            <Text>{p.name}</Text>
          </View>
        ))}
      </View>

      <View className='drawing-pad__row'>
        <View
          className={`drawing-pad__action drawing-pad__undo ${undoable ? '' : 'drawing-pad__action--disabled'}`}
          ariaRole='button'
          ariaLabel={undoable ? '撤销' : '撤销（现在没有可以撤销的）'}
          data-disabled={!undoable}
          onClick={ops.undo}
        >
          <Text>↩ 撤销</Text>
        </View>
        <View
          className={`drawing-pad__action drawing-pad__clear ${empty ? 'drawing-pad__action--disabled' : ''}`}
          ariaRole='button'
          ariaLabel={empty ? '清空（画板已经是空的）' : '清空（可以撤销）'}
          data-disabled={empty}
          onClick={ops.clear}
        >
          <Text>清空</Text>
        </View>
      </View>
    </View>
  )
})
