// A queued suggestion whose images are gone from the phone: the author sends without them,
// picks a photo again, or (when nothing would be left to send) deletes it.
import { Text, View } from '@tarojs/components'
import { Button } from '../ui/Button'
import type { SuggestionDraft } from '../../domain/suggestions/draft'
import { missingFilesAdvice, validSubmissionWithout } from '../../domain/suggestions/draft-check'
import type { OutboxItem } from '../../domain/suggestions/outbox'
import { useRef } from 'react'
import { toast } from '../../services/feedback'
import { choosePhotos } from '../../services/media'
import { useOutboxStore } from '../../stores/useOutboxStore'
import { PhotoCanvas } from '../PhotoCanvas'
import './index.scss'

export function MissingFiles({ item }: { item: OutboxItem<SuggestionDraft> }) {
  const missing = item.missingFiles ?? []
  // The canvas a new photo is redrawn on (without its EXIF) before the outbox keeps it.
  const photoCanvas = useRef(null)
  if (!missing.length) return null
  const lostPhoto = item.payload.photoPaths.find((p) => missing.includes(p))
  const { sendWithout, replaceFile, discard } = useOutboxStore.getState()
  // The picker opens from the tap itself (WeChat expects that), before anything is awaited.
  const reAdd = () =>
    void choosePhotos(1, photoCanvas).then(
      ([picked]) => (picked && lostPhoto ? replaceFile(item.id, lostPhoto, picked) : undefined),
      (e: Error) => toast(e.message)
    )
  return (
    <View className='missing-files'>
      <Text className='missing-files__advice'>{missingFilesAdvice(item.payload, missing)}</Text>
      {validSubmissionWithout(item.payload, missing) ? (
        <Button size='small' className='missing-files__without' onClick={() => void sendWithout(item.id)}>
          不带它发送
        </Button>
      ) : (
        <Button size='small' className='missing-files__discard' onClick={() => discard(item.id)}>
          删掉这条
        </Button>
      )}
      {lostPhoto ? (
        <Button size='small' className='missing-files__readd' onClick={reAdd}>
          重新添加照片
        </Button>
      ) : null}
      {lostPhoto ? <PhotoCanvas host={photoCanvas} /> : null}
    </View>
  )
}
