// 审核与隐私: everything moderation can do to one suggestion on one screen — show it again after
// hiding (or hide it, with a reason), 同意公开 (with the reason the audit log keeps when the words
// still look personal) or take it back, take personal information out of its words (marked by
// findPersonalInfo, one tap each, or any other words typed in), remove an image, and read what
// was done before. The words as they were before a redaction are shown to district admins only
// (the server sends them only to them). The server checks role, area and revision on every call.
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { LoadState, RecordLoadState } from '../../components/LoadState'
import { ModerationHistory } from '../components/ModerationHistory'
import { ModerationImages } from '../components/ModerationImages'
import { PageShell } from '../../components/PageShell'
import { PublishAction } from '../components/PublishAction'
import { RedactionHits, type RedactField } from '../components/RedactionHits'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { ChipGroup } from '../../components/ui/Chip'
import { ErrorState } from '../../components/ui/ErrorState'
import { Field } from '../../components/ui/Field'
import { StatusTag, type Tone } from '../../components/ui/StatusTag'
import type { RequestOf } from '../../domain/cloud-api'
import type { CloudError } from '../../domain/errors'
import { chinaDateTime } from '../../domain/clock'
import { VISIBILITY_LABELS } from '../../domain/staff/export'
import { REDACT_LIMITS } from '../../domain/staff/moderation'
import { useCalls } from '../../data/use-calls'
import { staffCalls, useModerationLog, useStaffCase } from '../../data/staff'
import { useStaffImages } from '../../data/images'
import { suggestionTitle, type Visibility } from '../../domain/suggestions/model'
import { confirm, toast } from '../../services/feedback'
import './index.scss'

const TONES: Record<Visibility, Tone> = {
  visible: 'good',
  pending_review: 'waiting',
  blocked: 'bad',
  hidden: 'neutral'
}
const FIELD_OPTIONS: Array<{ key: RedactField; label: string }> = [
  { key: 'text', label: '内容' },
  { key: 'title', label: '标题' }
]
type Op = Omit<RequestOf<'staff', 'moderate'>, 'id' | 'rev'>

export default function StaffModeratePage() {
  const id = useRouter().params.id ?? ''
  const query = useStaffCase(id)
  const log = useModerationLog(id)
  const item = query.data
  const images = useStaffImages(item)
  const calls = useCalls(staffCalls)
  const { busy } = calls
  const [error, setError] = useState<CloudError | null>(null)
  const [reason, setReason] = useState('')
  const [words, setWords] = useState('')
  const [field, setField] = useState<RedactField>('text')

  if (!item) {
    return (
      <PageShell>
        <RecordLoadState query={query} />
      </PageShell>
    )
  }

  const act = async (op: Op, message: string) => {
    const r = await calls.moderate({ id: item.id, rev: item.rev, ...op })
    if (!r.ok) return setError(r.error)
    setError(null)
    query.setData(() => r.data)
    void log.reload()
    toast(message)
    return true
  }
  const redactTyped = async () => {
    const span = words.trim()
    if (!span) return setError({ code: 'VALIDATION', message: '请输入要隐去的文字', field: 'spans' })
    if (await act({ op: 'redact', field, spans: [span] }, '已隐去')) setWords('')
  }
  const remove = async (fileId: string, label: string) => {
    const sure = await confirm({
      title: `移除${label}？`,
      content: '图片文件会被删除，不能恢复。',
      confirmText: '移除'
    })
    if (sure) await act({ op: 'removeImage', fileId }, `已移除${label}`)
  }
  const can = item.allowed.moderate

  return (
    <PageShell className='staff-moderate'>
      <View className='staff-moderate__head'>
        <Text className='staff-moderate__title'>{suggestionTitle(item)}</Text>
        <StatusTag label={VISIBILITY_LABELS[item.visibility]} tone={TONES[item.visibility]} />
      </View>
      {!can ? <Text className='muted'>这条建议已撤回或你不能审核，只能查看。</Text> : null}
      {error ? <ErrorState message={error.message} /> : null}

      <Card title='公示栏' className='staff-moderate__visibility'>
        {item.hidden ? (
          <Text className='muted'>
            {item.hidden.by} 于 {chinaDateTime(item.hidden.at)} 隐藏，原因：{item.hidden.reason}
          </Text>
        ) : null}
        {can && item.visibility === 'hidden' ? (
          <Button className='staff-moderate__unhide' busy={busy} onClick={() => act({ op: 'unhide' }, '已取消隐藏')}>
            取消隐藏
          </Button>
        ) : null}
        {can && (item.visibility === 'pending_review' || item.visibility === 'blocked') ? (
          <Button className='staff-moderate__approve' busy={busy} onClick={() => act({ op: 'approve' }, '已通过审核')}>
            审核通过
          </Button>
        ) : null}
        <PublishAction
          item={item}
          onChanged={(next) => {
            query.setData(() => next)
            void log.reload()
          }}
        />
        {can && item.visibility === 'visible' ? (
          <View>
            <Field
              label='隐藏原因'
              className='staff-moderate__reason'
              value={reason}
              maxLength={100}
              onInput={setReason}
            />
            <Button
              className='staff-moderate__hide'
              busy={busy}
              onClick={async () => (await act({ op: 'hide', reason }, '已从公示栏隐藏')) && setReason('')}
            >
              从公示栏隐藏
            </Button>
          </View>
        ) : null}
      </Card>

      <Card title='个人信息' className='staff-moderate__redact'>
        <RedactionHits
          item={item}
          busy={busy}
          onRedact={can ? (f, spans) => act({ op: 'redact', field: f, spans }, '已隐去') : undefined}
        />
        {can ? (
          <View className='staff-moderate__typed'>
            <ChipGroup
              label='在哪里隐去'
              options={FIELD_OPTIONS}
              isOn={(k) => k === field}
              onPick={setField}
              showLabel
            />
            <Field
              label='其他要隐去的文字（照原文输入）'
              className='staff-moderate__words'
              maxLength={REDACT_LIMITS.chars}
              value={words}
              onInput={setWords}
            />
            <Button className='staff-moderate__redact-typed' busy={busy} onClick={redactTyped}>
              隐去这段文字
            </Button>
          </View>
        ) : null}
      </Card>

      <Card title='图片' className='staff-moderate__images'>
        <ModerationImages item={item} images={images} busy={busy} onRemove={can ? remove : undefined} />
      </Card>

      {item.original ? (
        <Card title='隐去前的原文（仅区级管理员可见）' tone='warm' className='staff-moderate__original'>
          {item.original.title !== undefined ? <Text>标题：{item.original.title}</Text> : null}
          {item.original.text !== undefined ? <Text>内容：{item.original.text}</Text> : null}
          {item.original.removedFiles.length ? (
            <Text className='muted'>已移除图片 {item.original.removedFiles.length} 张（文件已删除）</Text>
          ) : null}
        </Card>
      ) : null}

      <Card title='审核记录' className='staff-moderate__history'>
        <LoadState status={log.status} error={log.error} onRetry={log.reload} empty={!log.data} />
        {log.data ? <ModerationHistory items={log.data.items} /> : null}
      </Card>
    </PageShell>
  )
}
