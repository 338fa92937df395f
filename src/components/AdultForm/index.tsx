// 我是家长/居民: one screen — category, title, description, up to 3 photos, street and
// community, a location (optional), "on behalf of my child", and an optional contact with its
// purpose stated.
import { Text, View } from '@tarojs/components'
import { BOARD_PROMISE } from '../../domain/suggestions/rules'
import { retentionSentence } from '../../domain/suggestions/retention-text'
import { LIMITS, type FieldError as Err } from '../../domain/suggestions/limits'
import { useRef } from 'react'
import { toast } from '../../services/feedback'
import { choosePhotos } from '../../services/media'
import { useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import { FieldError, messageFor } from '../FieldError'
import { LocationField } from '../LocationField'
import { PhotoCanvas } from '../PhotoCanvas'
import { PhotoThumbs } from '../PhotoThumbs'
import { SimilarSuggestions } from '../SimilarSuggestions'
import { StreetPicker } from '../StreetPicker'
import { TopicTiles } from '../TopicTiles'
import { Button } from '../ui/Button'
import { Checkbox } from '../ui/Checkbox'
import { Field } from '../ui/Field'
import './index.scss'

interface Props {
  errors: Err[]
  onSubmit: () => void
}

export function AdultForm({ errors, onSubmit }: Props) {
  const d = useSuggestDraftStore()
  // The canvas photos are redrawn on (without their EXIF) before the draft keeps them.
  const photoCanvas = useRef(null)
  const addPhotos = async () => {
    try {
      const picked = await choosePhotos(LIMITS.photos - d.photoPaths.length, photoCanvas)
      if (picked.length)
        d.update({ photoPaths: [...d.photoPaths, ...picked].slice(0, LIMITS.photos), lostPhotos: undefined })
    } catch (e) {
      toast((e as Error).message)
    }
  }

  return (
    <View className='adult-form'>
      <Text className='adult-form__label'>类别</Text>
      <TopicTiles size='compact' value={d.topic} onChange={(t) => d.update({ topic: t })} />
      <FieldError errors={errors} field='topic' />

      <Field
        label='标题'
        value={d.title}
        maxLength={LIMITS.adultTitle.max}
        placeholder='一句话说明，如：学校门口需要护学岗'
        error={messageFor(errors, 'title')}
        onInput={(v) => d.update({ title: v })}
      />

      <Field
        label='描述'
        multiline
        counter
        value={d.text}
        maxLength={LIMITS.adultText.max}
        placeholder='发生在哪里、什么时候、希望怎样改进'
        error={messageFor(errors, 'text')}
        onInput={(v) => d.update({ text: v })}
      />

      <Text className='adult-form__label'>照片（最多 {LIMITS.photos} 张，可不传）</Text>
      {d.lostPhotos ? (
        <View className='adult-form__lost' ariaRole='alert'>
          <Text>有 {d.lostPhotos} 张照片在小程序重新打开后失效了，请重新添加。</Text>
        </View>
      ) : null}
      <PhotoThumbs
        block='adult-form'
        srcs={d.photoPaths}
        max={LIMITS.photos}
        onAdd={addPhotos}
        onRemove={(i) => d.update({ photoPaths: d.photoPaths.filter((_, j) => j !== i) })}
      />
      <FieldError errors={errors} field='photoFileIds' />
      <PhotoCanvas host={photoCanvas} />

      <Text className='adult-form__label'>街道和社区</Text>
      <StreetPicker
        withCommunity
        street={d.street}
        community={d.community}
        onChange={(street, community) => d.update({ street, community })}
      />
      <FieldError errors={errors} field='street' />
      <FieldError errors={errors} field='community' />
      <LocationField
        value={d.location}
        error={messageFor(errors, 'location')}
        onChange={(location) => d.update({ location })}
      />
      <SimilarSuggestions topic={d.topic} street={d.street} placeId={d.location?.placeId} child={false} />

      {/* A box with its words, not <Switch>: the browser's switch is an unnamed input (axe: label). */}
      <Checkbox
        className='adult-form__for-child'
        checked={d.onBehalfOfChild}
        label='替我的孩子提出'
        onToggle={() => d.update({ onBehalfOfChild: !d.onBehalfOfChild })}
      />

      <Text className='adult-form__label'>联系方式（可不填）</Text>
      <Text className='muted'>
        只用于社区工作人员就这条建议联系你，不公开，不作他用。{retentionSentence('contact')}
      </Text>
      <Field
        label='称呼'
        value={d.contactName}
        maxLength={LIMITS.name}
        placeholder='如：王女士'
        onInput={(v) => d.update({ contactName: v })}
      />
      <Field
        label='手机号码'
        type='number'
        value={d.contactPhone}
        maxLength={LIMITS.phone}
        placeholder='11 位手机号码'
        onInput={(v) => d.update({ contactPhone: v })}
      />
      <FieldError errors={errors} field='contact' />

      <Text className='muted adult-form__board'>{BOARD_PROMISE.adult}</Text>
      <Button variant='primary' block className='adult-form__submit' onClick={onSubmit}>
        提交建议
      </Button>
    </View>
  )
}
