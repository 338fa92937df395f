// Optional on the last screen: a way to hear back. For children under 14 it is the guardian's
// contact, given only after the guardian has read what is kept, why, for how long and how to
// delete it, and agreed (the agreement's time and text version go with the suggestion).
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { CONSENT_TEXT } from '../../domain/suggestions/consent'
import { isUnder14 } from '../../domain/suggestions/model'
import { LIMITS, type FieldError as Err } from '../../domain/suggestions/limits'
import { useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import { FieldError } from '../FieldError'
import { Field } from '../ui/Field'
import { choiceProps } from '../a11y'
import { openChildrenRules } from '../PrivacySheet/children-rules-link'

export function ReplyContact({ errors }: { errors: Err[] }) {
  const { ageGroup, contactName, contactPhone, consentAcceptedAt, update } = useSuggestDraftStore()
  const [wanted, setWanted] = useState(Boolean(contactPhone))
  const needsConsent = isUnder14(ageGroup)

  const toggle = () => {
    if (wanted) update({ contactName: '', contactPhone: '', consentAcceptedAt: undefined })
    setWanted(!wanted)
  }

  return (
    <View className='reply-contact'>
      <View className='reply-contact__toggle' {...choiceProps('checkbox', wanted, '想收到回复')} onClick={toggle}>
        <Text>
          {wanted ? '☑' : '☐'} 想收到回复{needsConsent ? '（请家长帮忙填写）' : ''}
        </Text>
      </View>
      {wanted && needsConsent ? (
        <View className='reply-contact__consent'>
          <Text className='reply-contact__title'>{CONSENT_TEXT.title}</Text>
          <Text>{CONSENT_TEXT.what}</Text>
          <Text>{CONSENT_TEXT.why}</Text>
          <Text>{CONSENT_TEXT.howLong}</Text>
          <Text>{CONSENT_TEXT.howToDelete}</Text>
          <View className='voice-consent__rules' ariaRole='link' onClick={openChildrenRules}>
            查看《儿童个人信息保护规则》
          </View>
          <View
            className='reply-contact__agree'
            {...choiceProps('checkbox', Boolean(consentAcceptedAt), CONSENT_TEXT.agree)}
            onClick={() => update({ consentAcceptedAt: consentAcceptedAt ? undefined : new Date().toISOString() })}
          >
            <Text>
              {consentAcceptedAt ? '☑' : '☐'} {CONSENT_TEXT.agree}
            </Text>
          </View>
        </View>
      ) : null}
      {wanted && (!needsConsent || consentAcceptedAt) ? (
        <View className='reply-contact__fields'>
          <Field
            label='称呼'
            value={contactName}
            maxLength={LIMITS.name}
            placeholder='怎么称呼（如：王女士）'
            onInput={(v) => update({ contactName: v })}
          />
          <Field
            label='手机号码'
            type='number'
            value={contactPhone}
            maxLength={LIMITS.phone}
            placeholder='11 位手机号码'
            onInput={(v) => update({ contactPhone: v })}
          />
        </View>
      ) : null}
      <FieldError errors={errors} field='contact' />
    </View>
  )
}
