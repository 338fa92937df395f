// 公开 review: before a child's words go on the public board, a person reads them here with what
// looks personal marked (name after 我叫, school, house number, phone…), takes each out in one
// tap (the moderation redaction), and then approves exactly what is on screen (PublishAction:
// words that still look personal need a written reason). The board shows them once the
// suggestion is 采纳 or 办结. The server checks the role and the words again (staff.publish);
// this only decides what to show.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CloudError } from '../../../domain/errors'
import type { StaffSuggestion } from '../../../domain/staff/api'
import { markPersonalInfo } from '../../../domain/staff/mask'
import { personalInPublicWords } from '../../../domain/staff/publication'
import { useCalls } from '../../../data/use-calls'
import { staffCalls } from '../../../data/staff'
import { isOnPublicBoard } from '../../../domain/suggestions/rules'
import { isWithdrawn } from '../../../domain/suggestions/status'
import { toast } from '../../../services/feedback'
import { Highlighted } from '../../../components/Highlighted'
import { PublishAction } from '../PublishAction'
import { RedactionHits, type RedactField } from '../RedactionHits'
import './index.scss'

interface Props {
  item: StaffSuggestion
  onChanged: (next: StaffSuggestion) => void
}

function stateLabel(item: StaffSuggestion): string {
  if (item.publication === 'pending') return '还没有公开：需要街道或区级管理员检查后同意公开'
  if (item.visibility !== 'visible') return '已同意公开，但现在不在公示栏上（待审核、未通过审核或已隐藏）'
  if (isOnPublicBoard(item)) return '已公开到公示栏'
  return item.openOnBoard ? '已同意公开；不予采纳的建议不在公示栏上' : '已同意公开：采纳或办结后显示在公示栏上'
}

export function PublishReview({ item, onChanged }: Props) {
  const calls = useCalls(staffCalls)
  const { busy } = calls
  const [error, setError] = useState<CloudError | null>(null)
  const state = item.publication
  // Nothing to review: an adult's own words, a row from before, or nothing left to show.
  if (state !== 'pending' && state !== 'approved') return null
  if (isWithdrawn(item.status) || item.authorDeletedAt) return null

  const redact = async (field: RedactField, spans: string[]) => {
    const r = await calls.moderate({ id: item.id, op: 'redact', field, spans, rev: item.rev })
    if (!r.ok) return setError(r.error)
    setError(null)
    onChanged(r.data)
    toast('已隐去')
  }

  // A recording's words: the board shows the staff's transcript when the child wrote nothing.
  const transcript = !item.text && item.transcript ? item.transcript : ''
  const anyFound = personalInPublicWords(item).length > 0
  return (
    <View className='publish-review' ariaRole='region' ariaLabel='公开审核'>
      <Text className='section-title'>公开审核</Text>
      <Text className='muted publish-review__state'>{stateLabel(item)}</Text>
      {error ? (
        <View ariaRole='alert'>
          <Text className='publish-review__error'>⚠ {error.message}</Text>
        </View>
      ) : null}
      {state === 'pending' ? (
        <RedactionHits item={item} busy={busy} onRedact={item.allowed.moderate ? redact : undefined} />
      ) : null}
      {state === 'pending' && transcript ? (
        <View className='redaction-hits__field' data-field='transcript'>
          <Text className='redaction-hits__label'>录音文字（在录音卡片里修改）</Text>
          <Highlighted className='redaction-hits__text' segments={markPersonalInfo(transcript)} />
        </View>
      ) : null}
      {state === 'pending' && !anyFound ? (
        <Text className='muted'>没有发现明显的个人信息（姓名、学校、门牌、电话），公开前请再读一遍。</Text>
      ) : null}
      <PublishAction item={item} onChanged={onChanged} />
    </View>
  )
}
