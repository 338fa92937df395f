// A row of picked photos, each with its remove button, and an add tile while there is room: the
// suggestion form's photos and staff's place photos and activity cover. `block` adds the caller's
// own class names (adult-form__thumb…) beside the component's, for its tests and its layout.
import { Image, View } from '@tarojs/components'
import { imageProps } from '../a11y'
import './index.scss'

interface Props {
  /** What each <Image> shows: a local path or a link. */
  srcs: readonly string[]
  max: number
  block: string
  onAdd: () => void
  onRemove: (index: number) => void
}

export function PhotoThumbs({ srcs, max, block, onAdd, onRemove }: Props) {
  const cls = (element: string) => `photo-thumbs__${element} ${block}__${element}`
  return (
    <View className={cls('photos')}>
      {srcs.map((src, i) => (
        <View key={src} className={cls('photo')}>
          <Image className={cls('thumb')} src={src} mode='aspectFill' {...imageProps(`照片 ${i + 1}`)} />
          <View className={cls('remove')} ariaRole='button' ariaLabel={`删除照片 ${i + 1}`} onClick={() => onRemove(i)}>
            ×
          </View>
        </View>
      ))}
      {srcs.length < max ? (
        <View className={cls('add')} ariaRole='button' ariaLabel='添加照片' onClick={onAdd}>
          ＋
        </View>
      ) : null}
    </View>
  )
}
