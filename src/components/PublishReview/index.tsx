// 公开 review: before a child's words go on the public board, a person reads them here with what
// looks personal marked (name after 我叫, school, house number, phone…), takes each out in one
// tap (the moderation redaction), and then publishes exactly what is on screen. The server checks
// the role and the words again (staff.publish); this only decides what to show.
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CloudError, CloudResult } from '../../domain/errors'
import type { StaffSuggestion } from '../../domain/staff/api'
import { findPersonalInfo, markPersonalInfo } from '../../domain/staff/mask'
import { publicText } from '../../domain/suggestions/rules'
import { useCloudAction } from '../../hooks/useCloudQuery'
import { toast } from '../../services/media'
import { Highlighted } from '../Highlighted'
import { personalHits, RedactionHits, type RedactField } from '../RedactionHits'
import './index.scss'

interface Props {
  item: StaffSuggestion
  onChanged: (next: StaffSuggestion) => void
}

const STATE_LABEL = {
  pending: '还没有公开：需要街道或区级管理员检查后公开',
  approved: '已公开到公示栏（采纳或办结后显示）',
  auto: '居民本人所写，采纳或办结后自动公开'
} as const

export function PublishReview({ item, onChanged }: Props) {
  const { run, busy } = useCloudAction('staff')
  const [error, setError] = useState<CloudError | null>(null)
  const state = item.publication
  // Nothing to review: an adult's own words, a row from before, or nothing left to show.
  if (state !== 'pending' && state !== 'approved') return null
  if (item.status === 'withdrawn' || item.authorDeletedAt) return null

  const done = (r: CloudResult<StaffSuggestion>, message: string) => {
    if (!r.ok) return setError(r.error)
    setError(null)
    onChanged(r.data)
    toast(message)
  }
  const redact = async (field: RedactField, spans: string[]) =>
    done(await run({ action: 'moderate', id: item.id, op: 'redact', field, spans, rev: item.rev }), '已隐去')
  const publish = async () =>
    done(
      await run({ action: 'publish', id: item.id, title: item.title, text: publicText(item), rev: item.rev }),
      '已公开到公示栏'
    )
  const unpublish = async () => done(await run({ action: 'unpublish', id: item.id, rev: item.rev }), '已撤下公开')

  const found = personalHits(item)
  // A recording's words: the board shows the staff's transcript when the child wrote nothing.
  const transcript = !item.text && item.transcript ? item.transcript : ''
  const anyFound = found.some((f) => f.spans.length > 0) || findPersonalInfo(transcript).length > 0
  return (
    <View className='publish-review' ariaRole='region' ariaLabel='公开审核'>
      <Text className='section-title'>公开审核</Text>
      <Text className='muted publish-review__state'>{STATE_LABEL[state]}</Text>
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
      <View className='publish-review__buttons'>
        {item.allowed.publish ? (
          <Button className='publish-review__publish' disabled={busy} onClick={publish}>
            {anyFound ? '仍要公开到公示栏' : '公开到公示栏'}
          </Button>
        ) : null}
        {item.allowed.unpublish ? (
          <Button className='publish-review__unpublish' disabled={busy} onClick={unpublish}>
            撤下公开
          </Button>
        ) : null}
      </View>
    </View>
  )
}
