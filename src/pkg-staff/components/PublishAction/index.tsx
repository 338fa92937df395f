// 公开 and 撤下公开 for one suggestion. While the words still look personal (findPersonalInfo),
// 公开 needs the reason a street or district admin writes down: it goes into the audit log and the
// moderation history, and exactly those spans may then go public. Used by the 公开 review on the
// case page and by the moderation page; the server checks the role, the words and the reason again.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CloudError, CloudResult } from '../../../domain/errors'
import type { StaffSuggestion } from '../../../domain/staff/api'
import { PUBLISH_REASON, personalInPublicWords } from '../../../domain/staff/publication'
import { publicText } from '../../../domain/suggestions/rules'
import { useCalls } from '../../../data/use-calls'
import { staffCalls } from '../../../data/staff'
import { toast } from '../../../services/feedback'
import { Button } from '../../../components/ui/Button'
import { Field } from '../../../components/ui/Field'
import './index.scss'

interface Props {
  item: StaffSuggestion
  onChanged: (next: StaffSuggestion) => void
}

export function PublishAction({ item, onChanged }: Props) {
  const calls = useCalls(staffCalls)
  const { busy } = calls
  const [error, setError] = useState<CloudError | null>(null)
  const [reason, setReason] = useState('')
  if (!item.allowed.publish && !item.allowed.unpublish) return null
  const flagged = personalInPublicWords(item)

  const done = (r: CloudResult<StaffSuggestion>, message: string) => {
    if (!r.ok) return setError(r.error)
    setError(null)
    setReason('')
    onChanged(r.data)
    toast(message)
  }
  const publish = async () => {
    const why = reason.trim()
    done(
      await calls.publish({
        id: item.id,
        title: item.title,
        text: publicText(item),
        rev: item.rev,
        ...(why ? { reason: why } : {})
      }),
      '已同意公开'
    )
  }
  const unpublish = async () => done(await calls.unpublish({ id: item.id, rev: item.rev }), '已撤下公开')

  return (
    <View className='publish-action'>
      {error && !(error.field === 'reason' && flagged.length) ? (
        <View ariaRole='alert'>
          <Text className='publish-action__error'>⚠ {error.message}</Text>
        </View>
      ) : null}
      {item.allowed.publish && flagged.length ? (
        <Field
          label='仍要公开的原因（会记入操作记录）'
          className='publish-action__reason'
          hint={`还标着：${flagged.map((h) => `“${h}”`).join('、')}。能隐去的请先隐去；确实不是个人信息的（如公园、学校的名称），写明原因后这些字会原样公开。`}
          value={reason}
          maxLength={PUBLISH_REASON.max}
          error={error?.field === 'reason' ? error.message : undefined}
          onInput={setReason}
        />
      ) : null}
      <View className='publish-action__buttons'>
        {item.allowed.publish ? (
          <Button className='publish-action__publish' busy={busy} onClick={publish}>
            {flagged.length ? '写明原因，仍要公开' : '同意公开到公示栏'}
          </Button>
        ) : null}
        {item.allowed.unpublish ? (
          <Button className='publish-action__unpublish' busy={busy} onClick={unpublish}>
            撤下公开
          </Button>
        ) : null}
      </View>
    </View>
  )
}
