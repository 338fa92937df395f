// A suggestion's drawing and photos (and a child's drawings with 解决了吗's 还没有), each with 移除 (its stored file is deleted by the server).
// The links come from useImageUrls in the same order as the file ids; until they arrive each
// image is named in words, so it can be removed without being seen (a photo showing a face).
import { Image, Text, View } from '@tarojs/components'
import type { FollowUp } from '../../../domain/suggestions/model'
import type { ShownImages } from '../../../data/images'
import { Button } from '../../../components/ui/Button'
import './index.scss'
import { imageProps } from '../../../components/a11y'

interface Props {
  item: { drawingFileId?: string; photoFileIds: readonly string[]; followUps?: readonly FollowUp[] }
  images: ShownImages
  busy: boolean
  onRemove?: (fileId: string, label: string) => void
}

export function ModerationImages({ item, images, busy, onRemove }: Props) {
  const shown = [
    ...(item.drawingFileId ? [{ fileId: item.drawingFileId, label: '孩子的画', src: images.drawing }] : []),
    ...item.photoFileIds.map((fileId, i) => ({ fileId, label: `照片 ${i + 1}`, src: images.photos[i] })),
    ...(item.followUps ?? []).flatMap((f) =>
      f.drawingFileId
        ? [{ fileId: f.drawingFileId, label: '跟进时的画', src: images.followUpDrawings[f.drawingFileId] }]
        : []
    )
  ]
  if (shown.length === 0) return <Text className='muted'>没有图片。</Text>
  return (
    <View className='moderation-images'>
      {shown.map((s) => (
        <View key={s.fileId} className='moderation-images__item' data-file={s.fileId}>
          {s.src ? (
            <Image className='moderation-images__image' src={s.src} mode='aspectFit' {...imageProps(s.label)} />
          ) : null}
          <View className='moderation-images__bar'>
            <Text>{s.label}</Text>
            {onRemove ? (
              <Button
                size='small'
                className='moderation-images__remove'
                busy={busy}
                onClick={() => onRemove(s.fileId, s.label)}
              >
                移除{s.label}
              </Button>
            ) : null}
          </View>
        </View>
      ))}
    </View>
  )
}
