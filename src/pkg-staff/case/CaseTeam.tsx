// 负责人 and 内部备注 on the case page: who works on it (我来负责 / 不再负责; an admin assigns
// anyone who can work on it) and the notes staff leave each other. Neither reaches the author:
// the card says so, so nobody writes here what the author should read (that is the reply).
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { chinaDateTime } from '../../domain/clock'
import type { CloudError } from '../../domain/errors'
import { newClientId } from '../../domain/ids'
import type { StaffSuggestion } from '../../domain/staff/api'
import { INTERNAL_NOTE } from '../../domain/staff/casework'
import { staffCalls, useAssignees } from '../../data/staff'
import { useCalls } from '../../data/use-calls'
import { toast } from '../../services/feedback'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { ChipGroup } from '../../components/ui/Chip'
import { Field } from '../../components/ui/Field'

interface Props {
  item: StaffSuggestion
  onChanged: (next: StaffSuggestion) => void
}

export function CaseTeam({ item, onChanged }: Props) {
  const calls = useCalls(staffCalls)
  const [picking, setPicking] = useState(false)
  const assignees = useAssignees(picking ? item.id : null)
  const [noteId, setNoteId] = useState(() => newClientId('note', Date.now()))
  const [note, setNote] = useState('')
  const [error, setError] = useState<CloudError | null>(null)
  const { assignee } = item

  const assign = async (staffId: string | null, done: string) => {
    const r = await calls.assign({ id: item.id, staffId, rev: item.rev })
    if (!r.ok) return setError(r.error)
    setError(null)
    setPicking(false)
    onChanged(r.data)
    toast(done)
  }
  const addNote = async () => {
    const r = await calls.addNote({ id: item.id, clientId: noteId, text: note.trim(), rev: item.rev })
    if (!r.ok) return setError(r.error)
    setError(null)
    setNote('')
    setNoteId(newClientId('note', Date.now()))
    onChanged(r.data)
  }
  // Taking it: 'me', the caller's own record as the server knows it.
  const takeIt = () => assign('me', '已由你负责')

  if (!item.allowed.assign && !item.allowed.note && !assignee) return null
  return (
    <Card className='case-team' title='负责人与内部备注'>
      <Text className='muted'>这里的内容只有工作人员能看到，提建议的人看不到。</Text>
      <Text className='case-team__assignee'>
        负责人：
        {assignee
          ? `${assignee.isMe ? '我' : assignee.name}（${assignee.by}指派，${chinaDateTime(assignee.at, false)}）`
          : '还没有人负责'}
      </Text>
      <View className='case-team__buttons'>
        {item.allowed.assign && !assignee?.isMe ? (
          <Button size='small' className='case-team__take' busy={calls.busy} onClick={takeIt}>
            我来负责
          </Button>
        ) : null}
        {item.allowed.assign && assignee && (assignee.isMe || item.allowed.assignOthers) ? (
          <Button size='small' className='case-team__release' onClick={() => void assign(null, '已取消指派')}>
            {assignee.isMe ? '不再负责' : '取消指派'}
          </Button>
        ) : null}
        {item.allowed.assignOthers && !picking ? (
          <Button size='small' className='case-team__pick' onClick={() => setPicking(true)}>
            指派给…
          </Button>
        ) : null}
      </View>
      {picking ? (
        <ChipGroup
          wrap
          showLabel
          label='指派给（只列出负责这个范围的人）'
          className='case-team__people'
          options={(assignees.data?.items ?? []).map((p) => ({ key: p.id, label: `${p.name}（${p.roleLabel}）` }))}
          isOn={(k) => k === assignee?.staffId}
          onPick={(k) => void assign(k, '已指派')}
        />
      ) : null}
      {(item.internalNotes ?? []).map((n) => (
        <View key={n.id} className='case-team__note'>
          <Text>{n.text}</Text>
          <Text className='muted'>
            {n.by} · {chinaDateTime(n.at)}
          </Text>
        </View>
      ))}
      {item.allowed.note ? (
        <View className='case-team__new-note'>
          <Field
            label='写一条内部备注'
            multiline
            counter
            className='case-team__note-field'
            value={note}
            maxLength={INTERNAL_NOTE.max}
            placeholder='如：已联系家长，约了周六去现场'
            error={error?.field === 'text' ? error.message : undefined}
            onInput={setNote}
          />
          <Button size='small' className='case-team__add-note' busy={calls.busy} onClick={addNote}>
            保存备注
          </Button>
        </View>
      ) : null}
      {error && error.field !== 'text' ? <Text className='case-team__error'>⚠ {error.message}</Text> : null}
    </Card>
  )
}
