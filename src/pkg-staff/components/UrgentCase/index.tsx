// 紧急 on the case page: a row flagged urgent says so first, with what flagged it and why; any
// other row offers 标记紧急 (with a reason, which goes into the audit log) for a child in danger
// the words did not reveal: a drawing, a recording, something read between the lines. The server
// takes the row off every public view and tells the street admin and the 儿童保护联系人.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { chinaDateTime } from '../../../domain/clock'
import type { CloudError } from '../../../domain/errors'
import type { StaffSuggestion } from '../../../domain/staff/api'
import { URGENT_REASON } from '../../../domain/staff/workflow'
import { useCalls } from '../../../data/use-calls'
import { staffCalls } from '../../../data/staff'
import { toast } from '../../../services/feedback'
import { Button } from '../../../components/ui/Button'
import { Card } from '../../../components/ui/Card'
import { Field } from '../../../components/ui/Field'
import './index.scss'

interface Props {
  item: StaffSuggestion
  onChanged: (next: StaffSuggestion) => void
}

export function UrgentCase({ item, onChanged }: Props) {
  const calls = useCalls(staffCalls)
  const { busy } = calls
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<CloudError | null>(null)

  if (item.urgent) {
    const { urgent } = item
    return (
      <Card tone='warm' className='urgent-case' title='紧急：可能有孩子需要帮助'>
        <Text className='urgent-case__reason'>{urgent.reason}</Text>
        <Text className='muted'>
          {urgent.source === 'words' ? '提交时由文字识别标记' : `${urgent.by} 标记`} · {chinaDateTime(urgent.at)}
        </Text>
        <Text className='urgent-case__todo'>
          请马上按儿童保护流程处理：有联系方式的尽快联系监护人或孩子；情况紧急请报警（110）。这条建议不会公开。
        </Text>
      </Card>
    )
  }
  if (!item.allowed.markUrgent) return null

  const mark = async () => {
    const r = await calls.markUrgent({ id: item.id, reason: reason.trim(), rev: item.rev })
    if (!r.ok) return setError(r.error)
    setError(null)
    setOpen(false)
    onChanged(r.data)
    toast('已标记紧急')
  }

  return (
    <View className='urgent-case urgent-case--offer'>
      {open ? (
        <View>
          <Field
            label='为什么紧急（会记入操作记录）'
            className='urgent-case__field'
            hint='标记后这条建议不再公开，街道管理员和儿童保护联系人会马上收到提醒。'
            value={reason}
            maxLength={URGENT_REASON.max}
            error={error?.message}
            onInput={setReason}
          />
          <Button variant='primary' block className='urgent-case__confirm' busy={busy} onClick={mark}>
            确认标记紧急
          </Button>
        </View>
      ) : (
        <Button variant='text' className='urgent-case__open' onClick={() => setOpen(true)}>
          ⚠ 孩子可能有危险？标记紧急
        </Button>
      )}
    </View>
  )
}
