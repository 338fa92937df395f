// 批量代录: the paper forms of one community event typed in on one screen, one card per form,
// sent as one enterBatch. The batch keeps its id until every row is in, and each row its own id,
// so a retry (lost answer, a row fixed after a refusal) enters every row exactly once. Rows stay
// on screen whatever goes wrong; entered ones shrink to one line.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { headingProps } from '../../components/a11y'
import { BatchRowCard } from '../../components/BatchRowCard'
import { PageShell } from '../../components/PageShell'
import { StreetPicker } from '../../components/StreetPicker'
import { Button, ButtonRow } from '../../components/ui/Button'
import { ChipGroup } from '../../components/ui/Chip'
import { ErrorState } from '../../components/ui/ErrorState'
import { newClientId } from '../../domain/ids'
import {
  answerUnknown,
  applyResults,
  checkBatch,
  editRow,
  isBlankRow,
  newBatchRow,
  summarize,
  type BatchRow
} from '../../domain/staff/batch'
import { ENTRY_CHANNELS, type EntryChannel } from '../../domain/suggestions/model'
import { useCloudAction } from '../../hooks/useCloudQuery'
import './index.scss'

const CHANNELS = (Object.keys(ENTRY_CHANNELS) as EntryChannel[]).map((key) => ({ key, label: ENTRY_CHANNELS[key] }))
const MAX_ROWS = 100
const FIRST_ROWS = 3

interface Sent {
  send: BatchRow[]
  payload: {
    action: 'enterBatch'
    rows: unknown[]
    channel: EntryChannel
    batchId: string
    defaults?: { street?: string; community?: string }
  }
}

const freshRows = () => Array.from({ length: FIRST_ROWS }, (_, i) => newBatchRow(i + 1))

export default function StaffBatchPage() {
  const [batchId, setBatchId] = useState(() => newClientId('batch', Date.now()))
  const [channel, setChannel] = useState<EntryChannel>('event')
  const [street, setStreet] = useState<string | undefined>()
  const [community, setCommunity] = useState<string | undefined>()
  const [rows, setRows] = useState<BatchRow[]>(freshRows)
  const [nextN, setNextN] = useState(FIRST_ROWS + 1)
  const [focusN, setFocusN] = useState<number | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  // A request whose answer never came: it goes again unchanged before anything can be edited.
  const [unconfirmed, setUnconfirmed] = useState<Sent | null>(null)
  const { run, busy } = useCloudAction('staff')
  const sum = summarize(rows)
  const written = rows.filter((r) => !isBlankRow(r))
  const allIn = written.length > 0 && sum.done === written.length

  const addRow = () => {
    if (rows.length >= MAX_ROWS) return setMessage(`一批最多 ${MAX_ROWS} 条，请先提交这一批`)
    setRows([...rows, newBatchRow(nextN)])
    setFocusN(nextN)
    setNextN(nextN + 1)
  }
  const change = (n: number, patch: Parameters<typeof editRow>[1]) =>
    setRows((all) => all.map((r) => (r.n === n ? editRow(r, patch) : r)))

  const send = async (sent: Sent) => {
    setMessage(null)
    const r = await run(sent.payload)
    if (!r.ok) {
      setUnconfirmed(answerUnknown(r.error.code) ? sent : null)
      return setMessage(
        answerUnknown(r.error.code) ? `${r.error.message}。请点“重新提交”：已收到的不会重复录入` : r.error.message
      )
    }
    setUnconfirmed(null)
    setRows((all) => applyResults(all, sent.send, r.data.results))
    if (r.data.failed > 0) setMessage(`${r.data.failed} 条没有录入：请按每条的提示修改后再提交（已录入的不会重复）`)
  }

  const submit = () => {
    const checked = checkBatch(batchId, rows)
    if (!checked.ok) {
      setRows(checked.rows)
      return setMessage(checked.message)
    }
    const defaults =
      street || community ? { ...(street ? { street } : {}), ...(community ? { community } : {}) } : undefined
    void send({
      send: checked.send,
      payload: { action: 'enterBatch', rows: checked.inputs, channel, batchId, ...(defaults ? { defaults } : {}) }
    })
  }

  const startOver = () => {
    setBatchId(newClientId('batch', Date.now()))
    setRows(freshRows())
    setNextN(FIRST_ROWS + 1)
    setFocusN(null)
    setMessage(null)
  }

  const locked = unconfirmed !== null || busy
  return (
    <PageShell className='staff-batch'>
      <Text className='muted'>一次录入一场活动收集的多张建议表，每张一条。没填的空行不会提交。</Text>
      <Text className='staff-batch__label' {...headingProps(2)}>
        收集方式
      </Text>
      <ChipGroup
        className='staff-batch__channel'
        label='收集方式'
        options={CHANNELS}
        isOn={(k) => k === channel}
        onPick={(k) => !locked && setChannel(k)}
      />
      <Text className='staff-batch__label' {...headingProps(2)}>
        活动地点（街道 / 社区，可不选）
      </Text>
      <StreetPicker
        withCommunity
        street={street}
        community={community}
        onChange={(s, c) => {
          if (locked) return
          setStreet(s)
          setCommunity(c)
        }}
      />

      <Text className='staff-batch__label' {...headingProps(2)}>
        建议表（{written.length} 条{sum.done ? `，已录入 ${sum.done} 条` : ''}）
      </Text>
      {rows.map((row, i) => (
        <BatchRowCard
          key={row.n}
          row={row}
          number={i + 1}
          locked={locked}
          focus={row.n === focusN}
          onChange={(patch) => change(row.n, patch)}
          onRemove={rows.length > 1 ? () => setRows(rows.filter((r) => r.n !== row.n)) : undefined}
        />
      ))}

      {message ? <ErrorState message={message} /> : null}
      {allIn ? (
        <View className='staff-batch__done' ariaRole='status'>
          <Text className='staff-batch__done-title'>✓ 这一批 {sum.done} 条都已录入</Text>
          <ButtonRow>
            <Button className='staff-batch__again' onClick={startOver}>
              开始新的一批
            </Button>
            <Button onClick={() => Taro.navigateTo({ url: '/pkg-staff/inbox/index' })}>去建议列表</Button>
          </ButtonRow>
        </View>
      ) : (
        <View className='staff-batch__actions'>
          <Button block className='staff-batch__add' disabled={locked} onClick={addRow}>
            ＋ 添加一条
          </Button>
          <Button
            block
            variant='primary'
            className='staff-batch__submit'
            busy={busy}
            onClick={() => (unconfirmed ? void send(unconfirmed) : submit())}
          >
            {unconfirmed ? '重新提交' : `提交这一批（${sum.waiting + sum.failed} 条）`}
          </Button>
        </View>
      )}
    </PageShell>
  )
}
