// 机构照片 on the edit page (district admins): the place's photos as parents will see them, photos
// added from the phone (redrawn without their metadata, then uploaded at once), removed with ×,
// and saved only with the confirmation that they may be public and show no child who could be
// recognised (PHOTO_CONFIRMATION; the server checks it too).
import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { FieldError } from '../../components/FieldError'
import { PhotoCanvas } from '../../components/PhotoCanvas'
import { PhotoThumbs } from '../../components/PhotoThumbs'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { Checkbox } from '../../components/ui/Checkbox'
import { MAX_PLACE_PHOTOS, PHOTO_CONFIRMATION, validatePlacePhotos } from '../../domain/places/photos'
import type { FieldError as Err } from '../../domain/suggestions/validate'
import { placeAdminCalls, usePlacePhotos } from '../../data/place-admin'
import { useCalls } from '../../data/use-calls'
import { toast } from '../../services/feedback'
import { pickAndUploadPhotos } from '../../services/media'
import { imageSrc } from '../../services/upload'

type Shown = { fileId: string; src: string }

export function PlacePhotosCard({ placeId }: { placeId: string }) {
  const query = usePlacePhotos(placeId)
  const calls = useCalls(placeAdminCalls)
  const canvas = useRef(null)
  const [items, setItems] = useState<Shown[]>([])
  const [confirmed, setConfirmed] = useState(false)
  const [uploading, setUploading] = useState(false)
  const [errors, setErrors] = useState<Err[]>([])
  const stored = query.data

  useEffect(() => {
    if (stored) setItems(stored.photos.map((p) => ({ fileId: p.fileId, src: imageSrc(p.url) })))
  }, [stored])

  const add = async () => {
    // The confirmation was for the photos shown then: new ones are confirmed again.
    setConfirmed(false)
    setUploading(true)
    try {
      const added = await pickAndUploadPhotos(MAX_PLACE_PHOTOS - items.length, canvas)
      setItems((now) => [...now, ...added.map((a) => ({ fileId: a.fileId, src: a.path }))].slice(0, MAX_PLACE_PHOTOS))
    } catch (e) {
      toast((e as Error).message || '上传失败，请重试')
    } finally {
      setUploading(false)
    }
  }

  const save = async () => {
    const fileIds = items.map((i) => i.fileId)
    const checked = validatePlacePhotos(fileIds, confirmed)
    if (!checked.ok) return setErrors(checked.errors)
    const r = await calls.savePlacePhotos({ placeId, fileIds, confirmed })
    if (!r.ok) return setErrors([{ field: r.error.field ?? 'photos', message: r.error.message }])
    setErrors([])
    setConfirmed(false)
    query.setData(() => r.data)
    toast('照片已保存，家长现在就能看到')
  }

  return (
    <Card title={`机构照片（最多 ${MAX_PLACE_PHOTOS} 张）`} className='place-photos'>
      <Text className='muted place-photos__intro'>
        教室、午睡室、户外场地等，让家长先看看环境。
        {stored?.confirmedOn ? `现在的照片由${stored.updatedByName ?? '管理员'}于 ${stored.confirmedOn} 确认。` : ''}
      </Text>
      <PhotoThumbs
        block='place-photos'
        srcs={items.map((i) => i.src)}
        max={MAX_PLACE_PHOTOS}
        onAdd={() => void add()}
        onRemove={(index) => setItems((now) => now.filter((_, j) => j !== index))}
      />
      {uploading ? <Text className='muted'>正在上传…</Text> : null}
      <FieldError errors={errors} field='photos' />
      <PhotoCanvas host={canvas} />
      <Checkbox
        className='place-photos__confirm'
        checked={confirmed}
        label='我确认这些照片可以公开'
        onToggle={() => setConfirmed(!confirmed)}
      >
        <Text className='place-photos__confirm-title'>我确认：</Text>
        <Text className='place-photos__confirm-text'>{PHOTO_CONFIRMATION}</Text>
      </Checkbox>
      <FieldError errors={errors} field='confirmed' />
      <View className='place-photos__actions'>
        <Button block busy={calls.busy || uploading} className='place-photos__save' onClick={() => void save()}>
          保存照片
        </Button>
      </View>
    </Card>
  )
}
