// 批量代录: the paper forms of one community event typed in on one screen, one card per form,
// sent as one enterBatch. The batch keeps its id until every row is in, and each row its own id,
// so a retry (lost answer, a row fixed after a refusal) enters every row exactly once. Rows stay
// on screen whatever goes wrong (and on the phone: stores/useBatchEntryStore); entered ones
// shrink to one line.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { headingProps } from '../../components/a11y'
import { BatchRowCard } from '../components/BatchRowCard'
import { PageShell } from '../../components/PageShell'
import { StreetPicker } from '../../components/StreetPicker'
import { Button, ButtonRow } from '../../components/ui/Button'
import { ChipGroup } from '../../components/ui/Chip'
import { ErrorState } from '../../components/ui/ErrorState'
import { answerUnknown, applyResults, checkBatch, isBlankRow, summarize } from '../../domain/staff/batch'
import { ENTRY_CHANNELS, type EntryChannel } from '../../domain/suggestions/model'
import { useCalls } from '../../data/use-calls'
import { batchPayload, staffCalls } from '../../data/staff'
import { MAX_BATCH_ROWS } from '../../domain/staff/limits'
import { useBatchEntryStore, type UnconfirmedBatch } from '../../stores/useBatchEntryStore'
import './index.scss'

const CHANNELS = (Object.keys(ENTRY_CHANNELS) as EntryChannel[]).map((key) => ({ key, label: ENTRY_CHANNELS[key] }))

export default function StaffBatchPage() {
  const store = useBatchEntryStore()
  const { batchId, channel, street, community, rows, unconfirmed } = store
  const [focusN, setFocusN] = useState<number | null>(null)
  const [message, setMessage] = useState<string | null>(
    unconfirmed ? '上次提交没有收到回复。请点“重新提交”：已收到的不会重复录入' : null
  )
  const calls = useCalls(staffCalls)
  const { busy } = calls
  const sum = summarize(rows)
  const written = rows.filter((r) => !isBlankRow(r))
  const allIn = written.length > 0 && sum.done === written.length

  const addRow = () => {
    const n = store.addRow()
    if (n === null) return setMessage(`一批最多 ${MAX_BATCH_ROWS} 条，请先提交这一批`)
    setFocusN(n)
  }

  const send = async (sent: UnconfirmedBatch) => {
    setMessage(null)
    // Kept until the answer comes: killed meanwhile, the app offers the same request again.
    store.setUnconfirmed(sent)
    const r = await calls.enterBatch(sent.payload)
    if (!r.ok) {
      const unknown = answerUnknown(r.error.code)
      store.setUnconfirmed(unknown ? sent : null)
      return setMessage(unknown ? `${r.error.message}。请点“重新提交”：已收到的不会重复录入` : r.error.message)
    }
    store.setRows(applyResults(useBatchEntryStore.getState().rows, sent.sentRows, r.data.results))
    store.setUnconfirmed(null)
    if (r.data.failed > 0) setMessage(`${r.data.failed} 条没有录入：请按每条的提示修改后再提交（已录入的不会重复）`)
  }

  const submit = () => {
    const checked = checkBatch(batchId, rows)
    if (!checked.ok) {
      store.setRows(checked.rows)
      return setMessage(checked.message)
    }
    const defaults =
      street || community ? { ...(street ? { street } : {}), ...(community ? { community } : {}) } : undefined
    void send({
      sentRows: checked.send.map((r) => r.n),
      payload: batchPayload({ rows: checked.inputs, channel, batchId, ...(defaults ? { defaults } : {}) })
    })
  }

  // Back to the inbox it was opened from (it reloads on show), rather than a second inbox on the stack.
  const toInbox = () => {
    const pages = Taro.getCurrentPages()
    if (pages[pages.length - 2]?.route?.includes('pkg-staff/inbox')) void Taro.navigateBack()
    else void Taro.redirectTo({ url: '/pkg-staff/inbox/index' })
  }

  const startOver = () => {
    store.startOver()
    setFocusN(null)
    setMessage(null)
  }

  const locked = unconfirmed !== null || busy
  return (
    <PageShell className='staff-batch'>
      <Text className='muted'>
        一次录入一场活动收集的多张建议表，每张一条。没填的空行不会提交；填了的会留在手机上直到录入。
      </Text>
      <Text className='staff-batch__label' {...headingProps(2)}>
        收集方式
      </Text>
      <ChipGroup
        className='staff-batch__channel'
        label='收集方式'
        options={CHANNELS}
        isOn={(k) => k === channel}
        onPick={(k) => !locked && store.setChannel(k)}
      />
      <Text className='staff-batch__label' {...headingProps(2)}>
        活动地点（街道 / 社区，可不选）
      </Text>
      <StreetPicker
        withCommunity
        street={street}
        community={community}
        onChange={(s, c) => !locked && store.setPlace(s, c)}
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
          onChange={(patch) => store.edit(row.n, patch)}
          onRemove={rows.length > 1 ? () => store.removeRow(row.n) : undefined}
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
            <Button onClick={toInbox}>去建议列表</Button>
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
