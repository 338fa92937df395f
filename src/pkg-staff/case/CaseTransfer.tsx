// 转办 on the case page: hand the suggestion to a community (a street's triage), a street or a
// department, with a reason from the fixed list whose words its author reads (a child in child
// words) and an optional note for adult authors. Departments that handle the topic come first.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CloudError } from '../../domain/errors'
import type { StaffSuggestion } from '../../domain/staff/api'
import {
  departmentsFor,
  targetLabel,
  TRANSFER_NOTE_MAX,
  TRANSFER_REASONS,
  transferWords,
  type TransferReason,
  type TransferTarget
} from '../../domain/staff/routing'
import { STREETS, findStreet } from '../../domain/streets'
import { staffCalls, useDepartments } from '../../data/staff'
import { useCalls } from '../../data/use-calls'
import { toast } from '../../services/feedback'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { ChipGroup } from '../../components/ui/Chip'
import { Field } from '../../components/ui/Field'
import { FieldError } from '../../components/FieldError'

type Kind = TransferTarget['kind']
const KINDS: ReadonlyArray<{ key: Kind; label: string }> = [
  { key: 'community', label: '社区' },
  { key: 'street', label: '街道' },
  { key: 'department', label: '部门' }
]
const REASONS = (Object.keys(TRANSFER_REASONS) as TransferReason[]).map((key) => ({
  key,
  label: TRANSFER_REASONS[key].label
}))

interface Props {
  item: StaffSuggestion
  /** After the transfer: the row as it is now (it may have left the caller's area). */
  onTransferred: (next: StaffSuggestion) => void
}

export function CaseTransfer({ item, onTransferred }: Props) {
  const [open, setOpen] = useState(false)
  if (!item.allowed.transfer) return null
  if (!open)
    return (
      <Button variant='text' className='case-transfer__open' onClick={() => setOpen(true)}>
        转办给社区、街道或部门 ›
      </Button>
    )
  // Done, the form closes: left open, its 确认转办 invites a second transfer.
  return (
    <TransferForm
      item={item}
      onTransferred={(next) => {
        setOpen(false)
        onTransferred(next)
      }}
      onCancel={() => setOpen(false)}
    />
  )
}

function TransferForm({ item, onTransferred, onCancel }: Props & { onCancel: () => void }) {
  const calls = useCalls(staffCalls)
  const departments = useDepartments()
  // A row without a community is usually triaged to one of its street's communities.
  const [kind, setKind] = useState<Kind>(item.community ? 'department' : 'community')
  const [code, setCode] = useState('')
  const [reason, setReason] = useState<TransferReason | ''>(item.community ? '' : 'triage')
  const [note, setNote] = useState('')
  const [error, setError] = useState<CloudError | null>(null)
  const fieldErrors = error?.field ? [{ field: error.field, message: error.message }] : []

  const street = item.street ? findStreet(item.street) : undefined
  const options: Array<{ key: string; label: string }> =
    kind === 'community'
      ? (street?.communities ?? []).map((c) => ({ key: c.code, label: `${c.name}社区` }))
      : kind === 'street'
        ? STREETS.map((s) => ({ key: s.code, label: `${s.name}街道` }))
        : departmentsFor(
            item.topic,
            (departments.data?.items ?? []).filter((d) => d.active)
          ).map((d) => ({
            key: d._id,
            label: d.name
          }))
  const target: TransferTarget | null = !code ? null : kind === 'department' ? { kind, id: code } : { kind, code }
  // As the server will write it in the history (the chips say it shorter).
  const label = target ? targetLabel(target, departments.data?.items ?? []) : null

  const send = async () => {
    if (!target) return setError({ code: 'VALIDATION', message: '请选择转给哪个社区、街道或部门', field: 'to' })
    if (!reason) return setError({ code: 'VALIDATION', message: '请选择转办原因', field: 'reason' })
    const r = await calls.transferCase({
      id: item.id,
      to: target,
      reason,
      note: note.trim() || undefined,
      rev: item.rev
    })
    if (!r.ok) return setError(r.error)
    setError(null)
    toast(`已转办给${label ?? ''}`)
    onTransferred(r.data)
  }

  const child = item.mode === 'child'
  return (
    <Card className='case-transfer' title='转办'>
      <ChipGroup
        label='转给'
        className='case-transfer__kinds'
        options={KINDS.filter((k) => k.key !== 'community' || street)}
        isOn={(k) => k === kind}
        onPick={(k) => {
          setKind(k)
          setCode('')
        }}
      />
      {kind === 'community' && street ? <Text className='muted'>{street.name}街道的社区：</Text> : null}
      <ChipGroup
        label={kind === 'department' ? '部门' : kind === 'street' ? '街道' : '社区'}
        className='case-transfer__targets'
        wrap
        options={options}
        isOn={(k) => k === code}
        onPick={setCode}
      />
      {kind === 'department' && departments.status === 'ready' && options.length === 0 ? (
        <Text className='muted'>还没有可转办的部门，请区级管理员在“人员管理”里添加。</Text>
      ) : null}
      <FieldError errors={fieldErrors} field='to' />
      <ChipGroup
        label='转办原因'
        showLabel
        wrap
        className='case-transfer__reasons'
        options={REASONS}
        isOn={(k) => k === reason}
        onPick={setReason}
      />
      <FieldError errors={fieldErrors} field='reason' />
      {child ? null : (
        <Field
          label='说明（可不填，提建议的人能看到）'
          className='case-transfer__note'
          value={note}
          maxLength={TRANSFER_NOTE_MAX}
          error={error?.field === 'note' ? error.message : undefined}
          onInput={setNote}
        />
      )}
      {label && reason ? (
        <View className='case-transfer__preview'>
          <Text className='muted'>{child ? '小朋友会看到：' : '提建议的人会看到：'}</Text>
          <Text>{transferWords({ to: label, reason, note: child ? undefined : note.trim() }, child)}</Text>
        </View>
      ) : null}
      {error && !error.field ? <Text className='case-transfer__error'>{error.message}</Text> : null}
      <View className='case-transfer__buttons'>
        <Button variant='primary' className='case-transfer__send' busy={calls.busy} onClick={send}>
          确认转办
        </Button>
        <Button variant='text' onClick={onCancel}>
          取消
        </Button>
      </View>
    </Card>
  )
}
