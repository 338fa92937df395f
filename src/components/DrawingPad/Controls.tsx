import { Text, View } from '@tarojs/components'
import {
  PALETTE,
  PEN_SIZES,
  canRestoreClear,
  canUndo,
  isEmpty,
  isFull,
  type ColorId,
  type Drawing,
  type PenSizeId
} from '../../domain/drawing'
import { choiceProps } from '../a11y'

export interface DrawingControlsProps {
  drawing: Drawing
  colorId: ColorId
  sizeId: PenSizeId
  onColor(id: ColorId): void
  onSize(id: PenSizeId): void
  onUndo(): void
  onClear(): void
}

/** Under the paper: a hint when needed, big colour swatches, two pens, undo and clear. */
export function DrawingControls({ drawing, colorId, sizeId, onColor, onSize, onUndo, onClear }: DrawingControlsProps) {
  const undoable = canUndo(drawing)
  const empty = isEmpty(drawing)
  const color = PALETTE.find((c) => c.id === colorId)!.color
  const hint = isFull(drawing)
    ? '画板画满啦！可以撤销或者清空再画。'
    : canRestoreClear(drawing)
      ? '已经清空了。点“撤销”可以把画找回来。'
      : ''

  return (
    <>
      {hint ? <Text className='drawing-pad__hint'>{hint}</Text> : null}

      <View className='drawing-pad__swatches' ariaRole='radiogroup' ariaLabel='选颜色'>
        {PALETTE.map((c) => (
          <View
            key={c.id}
            className={`drawing-pad__swatch ${c.id === colorId ? 'drawing-pad__swatch--active' : ''}`}
            {...choiceProps('radio', c.id === colorId, c.name)}
            data-color={c.id}
            onClick={() => onColor(c.id)}
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
            onClick={() => onSize(p.id)}
          >
            <View
              className={`drawing-pad__pen-sample drawing-pad__pen-sample--${p.id}`}
              style={{ backgroundColor: color }}
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
          onClick={onUndo}
        >
          <Text>↩ 撤销</Text>
        </View>
        <View
          className={`drawing-pad__action drawing-pad__clear ${empty ? 'drawing-pad__action--disabled' : ''}`}
          ariaRole='button'
          ariaLabel={empty ? '清空（画板已经是空的）' : '清空（可以撤销）'}
          data-disabled={empty}
          onClick={onClear}
        >
          <Text>清空</Text>
        </View>
      </View>
    </>
  )
}
