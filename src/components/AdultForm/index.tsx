// 我是家长/居民: one screen — category, title, description, up to 3 photos, street and
// community, "on behalf of my child", and an optional contact with its purpose stated.
import { Button, Image, Input, Switch, Text, Textarea, View } from '@tarojs/components'
import { LIMITS, type FieldError as Err } from '../../domain/suggestions/validate'
import { choosePhotos } from '../../services/media'
import { useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import { FieldError } from '../FieldError'
import { StreetPicker } from '../StreetPicker'
import { TopicTiles } from '../TopicTiles'
import './index.scss'

interface Props {
  errors: Err[]
  onSubmit: () => void
}

export function AdultForm({ errors, onSubmit }: Props) {
  const d = useSuggestDraftStore()
  const addPhotos = async () => {
    const picked = await choosePhotos(LIMITS.photos - d.photoPaths.length)
    if (picked.length) d.update({ photoPaths: [...d.photoPaths, ...picked].slice(0, LIMITS.photos) })
  }

  return (
    <View className='adult-form'>
      <Text className='adult-form__label'>类别</Text>
      <TopicTiles size='compact' value={d.topic} onChange={(t) => d.update({ topic: t })} />
      <FieldError errors={errors} field='topic' />

      <Text className='adult-form__label'>标题</Text>
      <Input
        className='adult-form__input'
        value={d.title}
        maxlength={LIMITS.adultTitle.max}
        placeholder='一句话说明，如：学校门口需要护学岗'
        ariaLabel='标题'
        onInput={(e) => d.update({ title: e.detail.value })}
      />
      <FieldError errors={errors} field='title' />

      <Text className='adult-form__label'>描述</Text>
      <Textarea
        className='adult-form__textarea'
        value={d.text}
        maxlength={LIMITS.adultText.max}
        placeholder='发生在哪里、什么时候、希望怎样改进'
        ariaLabel='描述'
        onInput={(e) => d.update({ text: e.detail.value })}
      />
      <Text className='adult-form__count'>
        {Array.from(d.text).length}/{LIMITS.adultText.max}
      </Text>
      <FieldError errors={errors} field='text' />

      <Text className='adult-form__label'>照片（最多 {LIMITS.photos} 张，可不传）</Text>
      <View className='adult-form__photos'>
        {d.photoPaths.map((p, i) => (
          <View key={p} className='adult-form__photo'>
            <Image className='adult-form__thumb' src={p} mode='aspectFill' ariaLabel={`照片 ${i + 1}`} />
            <View
              className='adult-form__remove'
              ariaRole='button'
              ariaLabel={`删除照片 ${i + 1}`}
              onClick={() => d.update({ photoPaths: d.photoPaths.filter((x) => x !== p) })}
            >
              ×
            </View>
          </View>
        ))}
        {d.photoPaths.length < LIMITS.photos ? (
          <View className='adult-form__add' ariaRole='button' ariaLabel='添加照片' onClick={addPhotos}>
            ＋
          </View>
        ) : null}
      </View>
      <FieldError errors={errors} field='photoFileIds' />

      <Text className='adult-form__label'>街道和社区</Text>
      <StreetPicker
        withCommunity
        street={d.street}
        community={d.community}
        onChange={(street, community) => d.update({ street, community })}
      />
      <FieldError errors={errors} field='street' />
      <FieldError errors={errors} field='community' />

      <View className='adult-form__row'>
        <Text>替我的孩子提出</Text>
        <Switch
          checked={d.onBehalfOfChild}
          ariaLabel='替我的孩子提出'
          onChange={(e) => d.update({ onBehalfOfChild: e.detail.value })}
        />
      </View>

      <Text className='adult-form__label'>联系方式（可不填）</Text>
      <Text className='muted'>只用于社区工作人员就这条建议联系你，不公开，不作他用；办结后按规定删除。</Text>
      <Input
        className='adult-form__input'
        value={d.contactName}
        maxlength={LIMITS.name}
        placeholder='称呼'
        ariaLabel='称呼'
        onInput={(e) => d.update({ contactName: e.detail.value })}
      />
      <Input
        className='adult-form__input'
        type='number'
        value={d.contactPhone}
        maxlength={13}
        placeholder='手机号码'
        ariaLabel='手机号码'
        onInput={(e) => d.update({ contactPhone: e.detail.value })}
      />
      <FieldError errors={errors} field='contact' />

      <Button className='adult-form__submit' onClick={onSubmit}>
        提交建议
      </Button>
    </View>
  )
}
