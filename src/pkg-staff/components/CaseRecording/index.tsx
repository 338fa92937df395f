// A child's recording on the staff case page: play it, see what the automatic check said, and
// write down what was said. The transcript is what the public board may show (after 公开); the
// voice itself only staff and the author ever hear.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CloudError } from '../../../domain/errors'
import type { StaffSuggestion } from '../../../domain/staff/api'
import { TRANSCRIPT_MAX, formatDuration } from '../../../domain/suggestions/audio'
import { useCalls } from '../../../data/use-calls'
import { staffCalls } from '../../../data/staff'
import { toast } from '../../../services/feedback'
import { PlayButton } from '../../../components/PlayButton'
import { Button, ButtonRow } from '../../../components/ui/Button'
import { Card } from '../../../components/ui/Card'
import { Field } from '../../../components/ui/Field'
import './index.scss'

interface Props {
  item: StaffSuggestion
  /** The recording's short-lived link (useImageUrls); absent while it loads or if it failed. */
  src?: string
  onChanged: (next: StaffSuggestion) => void
}

const CHECK_TEXT = {
  pending: '自动检测：等待结果（出结果前或有人审核通过前，这条建议不对外显示）',
  pass: '自动检测：未发现问题（自动检测可能漏判，请仍然听一遍）',
  review: '自动检测：需要人工听一遍',
  risky: '自动检测：可能有不良内容，请管理员复核'
} as const

export function CaseRecording({ item, src, onChanged }: Props) {
  const [draft, setDraft] = useState(item.transcript ?? '')
  const [error, setError] = useState<CloudError | null>(null)
  const calls = useCalls(staffCalls)
  const { busy } = calls
  if (!item.audioFileId) return null

  const save = async () => {
    const r = await calls.moderate({ id: item.id, op: 'transcribe', transcript: draft, rev: item.rev })
    if (!r.ok) return setError(r.error)
    setError(null)
    onChanged(r.data)
    toast('已保存文字')
  }
  const check = item.audioCheck ? (item.audioCheck.verdict ?? 'pending') : null
  const canWrite = item.allowed.moderate
  return (
    <Card className='case-recording'>
      <Text className='case-recording__title'>🎤 小朋友的录音（{formatDuration(item.audioDurationMs ?? 0)}）</Text>
      <ButtonRow>
        <PlayButton src={src} label='播放录音' className='case-recording__play' />
      </ButtonRow>
      {check ? <Text className='muted case-recording__check'>{CHECK_TEXT[check]}</Text> : null}
      <Text className='muted'>
        录音只有工作人员和提交人能听，不会公开；公示栏只会显示下面写下的文字（经公开审核）。
      </Text>
      {canWrite ? (
        <View className='case-recording__transcript'>
          <Field
            label='录音里说了什么'
            multiline
            value={draft}
            maxLength={TRANSCRIPT_MAX}
            counter
            placeholder='听完后写下小朋友说的话，不写名字、学校和住址'
            error={error?.field === 'transcript' ? error.message : undefined}
            onInput={setDraft}
          />
          {error && error.field !== 'transcript' ? (
            <Text className='case-recording__error'>{error.message}</Text>
          ) : null}
          <Button
            className='case-recording__save'
            busy={busy}
            disabled={!draft.trim() || draft === (item.transcript ?? '')}
            onClick={save}
          >
            保存文字
          </Button>
        </View>
      ) : item.transcript ? (
        <Text className='case-recording__said'>录音文字：{item.transcript}</Text>
      ) : null}
    </Card>
  )
}
