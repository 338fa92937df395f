// One reply on the staff case page: the words (what looks personal marked: it never leaves the
// system, on the board, in exports or in messages), the text for children, who and when, and
// whether the public board may show it — a reply to a row whose words needed approval waits for a
// street or district admin's 同意公开, exactly as written here (staff.publishReply).
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { chinaDateTime } from '../../../domain/clock'
import type { CloudError } from '../../../domain/errors'
import type { StaffSuggestion } from '../../../domain/staff/api'
import { findPersonalInfo, markPersonalInfo } from '../../../domain/staff/mask'
import { replyAwaitsApproval, replyKey } from '../../../domain/suggestions/egress/approval'
import type { Reply } from '../../../domain/suggestions/model'
import { useCalls } from '../../../data/use-calls'
import { staffCalls } from '../../../data/staff'
import { toast } from '../../../services/feedback'
import { Highlighted } from '../../../components/Highlighted'
import { Button } from '../../../components/ui/Button'
import { Card } from '../../../components/ui/Card'
import './index.scss'

interface Props {
  item: StaffSuggestion
  reply: Reply
  onChanged: (next: StaffSuggestion) => void
}

export function ReplyCard({ item, reply, onChanged }: Props) {
  const calls = useCalls(staffCalls)
  const { busy } = calls
  const [error, setError] = useState<CloudError | null>(null)
  const waiting = replyAwaitsApproval(reply, item) && item.status !== 'withdrawn'
  const personal = findPersonalInfo(reply.text).length > 0
  const approve = async () => {
    const r = await calls.publishReply({
      id: item.id,
      replyId: replyKey(reply),
      text: reply.text,
      rev: item.rev
    })
    if (!r.ok) return setError(r.error)
    setError(null)
    onChanged(r.data)
    toast('已同意公开这条回复')
  }
  return (
    <Card tone='green' className='reply-card'>
      <Highlighted segments={markPersonalInfo(reply.text)} />
      {/* A child's case only: an adult's reply stored before with a template's child words never reached its author. */}
      {item.mode === 'child' && reply.textForChildren ? (
        <Text className='muted'>给小朋友：{reply.textForChildren}</Text>
      ) : null}
      <Text className='muted'>
        {reply.by} · {chinaDateTime(reply.at)}
      </Text>
      {waiting ? <Text className='reply-card__state'>待公开审核：同意后才会出现在公示栏上</Text> : null}
      {personal ? (
        <Text className='muted reply-card__personal'>标出的内容不会出现在公示栏、导出文件和消息里</Text>
      ) : null}
      {error ? (
        <View ariaRole='alert'>
          <Text className='reply-card__error'>⚠ {error.message}</Text>
        </View>
      ) : null}
      {waiting && item.allowed.publishReply ? (
        <Button size='small' className='reply-card__approve' busy={busy} onClick={approve}>
          同意公开这条回复
        </Button>
      ) : null}
    </Card>
  )
}
