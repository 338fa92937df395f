// 封面图片 (optional): one picture from the phone, redrawn without its metadata and uploaded at
// once; it goes out with the activity only once staff confirmed no child in it can be recognised
// (COVER_CONFIRMATION, checked by validateActivity on both sides).
import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { FieldError } from '../../components/FieldError'
import { PhotoCanvas } from '../../components/PhotoCanvas'
import { PhotoThumbs } from '../../components/PhotoThumbs'
import { Checkbox } from '../../components/ui/Checkbox'
import { COVER_CONFIRMATION, type ActivityForm } from '../../domain/activities/validate'
import type { FieldError as Err } from '../../domain/suggestions/validate'
import { toast } from '../../services/feedback'
import { pickAndUploadPhotos } from '../../services/media'
import { imageSrc } from '../../services/upload'

interface Props {
  form: ActivityForm
  /** The stored cover's link (an activity being changed). */
  storedUrl?: string
  errors: Err[]
  onChange: (patch: Partial<ActivityForm>) => void
}

export function CoverField({ form, storedUrl, errors, onChange }: Props) {
  const canvas = useRef(null)
  const [picked, setPicked] = useState<string | null>(null)
  const [uploading, setUploading] = useState(false)
  const shown = form.coverFileId ? (picked ?? (storedUrl ? imageSrc(storedUrl) : null)) : null

  const add = async () => {
    setUploading(true)
    try {
      const [cover] = await pickAndUploadPhotos(1, canvas)
      if (cover) {
        setPicked(cover.path)
        onChange({ coverFileId: cover.fileId, coverConfirmed: false })
      }
    } catch (e) {
      toast((e as Error).message || '上传失败，请重试')
    } finally {
      setUploading(false)
    }
  }

  return (
    <View className='activity-fields__cover'>
      <Text className='activity-fields__label'>封面图片（可不选）</Text>
      <PhotoThumbs
        block='activity-cover'
        srcs={shown ? [shown] : []}
        max={1}
        onAdd={() => void add()}
        onRemove={() => {
          setPicked(null)
          onChange({ coverFileId: '', coverConfirmed: false })
        }}
      />
      {uploading ? <Text className='muted'>正在上传…</Text> : null}
      <FieldError errors={errors} field='coverFileId' />
      <PhotoCanvas host={canvas} />
      {form.coverFileId ? (
        <Checkbox
          className='activity-fields__cover-confirm'
          checked={form.coverConfirmed}
          label={COVER_CONFIRMATION}
          onToggle={() => onChange({ coverConfirmed: !form.coverConfirmed })}
        />
      ) : null}
      <FieldError errors={errors} field='coverConfirmed' />
    </View>
  )
}
