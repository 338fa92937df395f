// 报名名单 (staff, ?id=): who signed up to one activity, seats first, then the waitlist, then the
// cancelled; masked as everywhere for staff. One contact opened at a time (logged by the server
// before it answers), attendance marked per seat, and the list exported as a masked CSV in two
// taps (WeChat sends a file only from a tap, and it must exist by then).
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { activityWhen, attendanceRefusal } from '../../domain/activities/model'
import { SIGNUP_RETENTION_DAYS } from '../../domain/activities/retention'
import { activityCalls, useSignUps } from '../../data/activities'
import { useCalls } from '../../data/use-calls'
import { discardExport, exportActionLabel, prepareExport, shareExport, type PreparedExport } from '../../services/files'
import { toast } from '../../services/feedback'
import { SignUpRow } from './SignUpRow'
import './index.scss'

type Contact = { guardianName: string; guardianPhone: string }

export default function ActivitySignUpsPage() {
  const { params } = useRouter()
  const id = params.id ? decodeURIComponent(params.id) : null
  const query = useSignUps(id)
  const calls = useCalls(activityCalls)
  const [contacts, setContacts] = useState<Record<string, Contact>>({})
  const [ready, setReady] = useState<PreparedExport | null>(null)
  useEffect(
    () => () => {
      if (ready) discardExport(ready)
    },
    [ready]
  )
  const a = query.data?.activity
  const rows = query.data?.rows ?? []
  const notMarking = a ? attendanceRefusal(a, Date.now()) : null

  const openContact = async (rowId: string) => {
    if (!id) return
    const r = await calls.openContact({ id, rowId, purpose: '活动联系' })
    if (!r.ok) return toast(r.error.message)
    setContacts((c) => ({ ...c, [rowId]: { guardianName: r.data.guardianName, guardianPhone: r.data.guardianPhone } }))
  }

  const mark = async (rowId: string, attended: boolean) => {
    if (!id) return
    const r = await calls.markAttendance({ id, rowId, attended })
    if (!r.ok) return toast(r.error.message)
    query.setData((d) => ({ ...d, rows: d.rows.map((x) => (x.rowId === rowId ? r.data.row : x)) }))
  }

  const exportList = async () => {
    if (!id) return
    setReady(null)
    const r = await calls.exportSignUps({ id })
    if (!r.ok) return toast(r.error.message)
    setReady(prepareExport({ filename: r.data.fileName, mimeType: 'text/csv', content: r.data.csv }))
  }

  if (!id)
    return (
      <PageShell className='activity-signups'>
        <Text className='activity-signups__missing'>缺少活动编号，请从活动管理打开。</Text>
      </PageShell>
    )
  return (
    <PageShell className='activity-signups'>
      <LoadState
        status={query.status}
        error={query.error}
        onRetry={query.error?.code === 'FORBIDDEN' ? undefined : query.reload}
        empty={query.status === 'ready' && rows.length === 0}
        emptyText='还没有人报名'
      />
      {a ? (
        <Card title={a.title}>
          <Text className='activity-signups__line'>{activityWhen(a)}</Text>
          <Text className='activity-signups__line'>
            名额 {a.capacity}，已报名 {a.capacity - a.seatsLeft}，候补 {a.waitlisted}
          </Text>
          <Text className='muted activity-signups__line'>
            名单中的称呼和手机已隐去部分；查看完整联系方式会记入操作记录。报名信息在活动结束 {SIGNUP_RETENTION_DAYS}{' '}
            天后删除。
          </Text>
          {notMarking && rows.length ? (
            <Text className='muted activity-signups__line activity-signups__no-marking'>{notMarking}</Text>
          ) : null}
        </Card>
      ) : null}
      <View className='activity-signups__rows' ariaRole='list'>
        {rows.map((row, i) => (
          <SignUpRow
            key={row.rowId}
            n={i + 1}
            row={row}
            contact={contacts[row.rowId]}
            busy={calls.busy}
            marking={!notMarking}
            onOpenContact={() => void openContact(row.rowId)}
            onAttended={(attended) => void mark(row.rowId, attended)}
          />
        ))}
      </View>
      {rows.length ? (
        <View className='activity-signups__export'>
          <Button block className='activity-signups__export-button' busy={calls.busy} onClick={() => void exportList()}>
            导出名单（CSV，已隐去部分）
          </Button>
          {ready ? (
            <View ariaRole='alert'>
              <Text>已生成 {ready.filename}</Text>
              <Button
                variant='primary'
                className='activity-signups__share'
                onClick={() => void shareExport(ready).then((outcome) => toast(outcome))}
              >
                {exportActionLabel()}
              </Button>
            </View>
          ) : null}
        </View>
      ) : null}
    </PageShell>
  )
}
