// 参观预约 (staff): parents' requests to visit the childcare centres in the caller's area, 待联系
// first. Staff call the centre (its phone is shown), open the parent's whole contact in one step
// the server logs before it answers, and write what was agreed; the parent reads it and gets a
// message where they allowed one. The contact is masked everywhere else.
import { Text, View } from '@tarojs/components'
import { stopPullDownRefresh, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { VisitCard } from '../../components/VisitCard'
import { Button } from '../../components/ui/Button'
import { ChipGroup } from '../../components/ui/Chip'
import { isOpenVisit, VISIT_STATUSES, type VisitOutcome, type VisitStatus } from '../../domain/places/visits'
import { useCalls } from '../../data/use-calls'
import { VISIT_RETENTION_DAYS, VISIT_UNANSWERED_DAYS } from '../../domain/places/visit-retention'
import { useStaffVisits, visitCalls } from '../../data/visits'
import { toast } from '../../services/feedback'
import { VisitAnswer } from './VisitAnswer'
import './index.scss'

type Contact = { guardianName: string; guardianPhone: string }

export default function StaffVisitsPage() {
  const [status, setStatus] = useState<VisitStatus>('pending')
  const [head, setHead] = useState<{ pending: number; scope: string } | null>(null)
  const list = useStaffVisits(status, (pending, scope) => setHead({ pending, scope }))
  const calls = useCalls(visitCalls)
  const [contacts, setContacts] = useState<Record<string, Contact>>({})
  usePullDownRefresh(() => void list.reload().finally(() => stopPullDownRefresh()))

  const openContact = async (id: string) => {
    const r = await calls.openVisitContact({ id })
    if (!r.ok) return toast(r.error.message)
    setContacts((c) => ({ ...c, [id]: { guardianName: r.data.guardianName, guardianPhone: r.data.guardianPhone } }))
  }

  const answer = async (id: string, outcome: VisitOutcome, words: string) => {
    const r = await calls.answerVisit({ id, status: outcome, answer: words })
    if (!r.ok) return r.error
    toast('已答复，家长会看到')
    setHead((h) => h && { ...h, pending: Math.max(0, h.pending - 1) })
    list.setItems((items) => items.map((x) => (x.visit.rowId === id ? { ...x, visit: r.data.visit } : x)))
    return null
  }

  return (
    <PageShell className='staff-visits'>
      <Text className='muted staff-visits__intro'>
        {head ? `${head.scope} · 待联系 ${head.pending} 个。` : ''}
        家长预约参观托育机构：先和机构约时间，再答复家长。家长的手机号已隐去中间几位，查看完整号码会记入操作记录。答复或撤回{' '}
        {VISIT_RETENTION_DAYS} 天后、没有答复的 {VISIT_UNANSWERED_DAYS} 天后，预约自动删除。
      </Text>
      <ChipGroup
        label='状态'
        className='staff-visits__status'
        options={VISIT_STATUSES}
        isOn={(k) => k === status}
        onPick={setStatus}
      />
      <LoadState
        status={list.status}
        error={list.error}
        onRetry={list.error?.code === 'FORBIDDEN' ? undefined : list.reload}
        empty={list.items.length === 0}
        emptyText={status === 'pending' ? '没有待联系的预约。' : '这个状态下没有预约。'}
      />
      <View className='visit-list' ariaRole='list'>
        {list.items.map(({ visit, centrePhones }) => (
          <View key={visit.rowId} ariaRole='listitem'>
            <VisitCard visit={visit} contact={contacts[visit.rowId] ?? visit}>
              {isOpenVisit(visit) ? (
                <VisitAnswer
                  centrePhones={centrePhones}
                  opened={Boolean(contacts[visit.rowId])}
                  busy={calls.busy}
                  onOpenContact={() => void openContact(visit.rowId)}
                  onAnswer={(outcome, words) => answer(visit.rowId, outcome, words)}
                />
              ) : null}
            </VisitCard>
          </View>
        ))}
      </View>
      {list.hasMore ? (
        <Button block className='staff-visits__more' busy={list.status === 'loading'} onClick={list.loadMore}>
          加载更多
        </Button>
      ) : null}
    </PageShell>
  )
}
