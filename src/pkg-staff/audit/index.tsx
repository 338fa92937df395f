// 操作记录 (district admins): who did what to which suggestion and when — above all who opened
// whose contact and why. Filtered by kind, person and China calendar month on the server, 50 a
// page. A street admin or worker asking gets the server's refusal in words.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { ChipGroup } from '../../components/ui/Chip'
import type { AuditKind } from '../../domain/staff/api'
import { AUDIT_FILTER_KINDS, AUDIT_KIND_LABELS, describeAudit } from '../../domain/staff/audit-view'
import { recentMonths } from '../../domain/staff/periods'
import { useAuditLog, useStaffList, type AuditFilter } from '../../data/staff'
import './index.scss'

const ALL = ''
const MONTHS = recentMonths(12, new Date())
const KINDS = [
  { key: ALL, label: '全部' },
  ...AUDIT_FILTER_KINDS.map((k) => ({ key: k as string, label: AUDIT_KIND_LABELS[k] }))
]

export default function StaffAuditPage() {
  // Everything first: the log is read to find what happened, not only who opened a contact.
  const [kind, setKind] = useState<string>(ALL)
  const [staffId, setStaffId] = useState(ALL)
  const [month, setMonth] = useState(MONTHS[0].key)
  const people = useStaffList()
  const filter: AuditFilter = {
    ...(kind ? { kind: kind as AuditKind } : {}),
    ...(staffId ? { staffId } : {}),
    ...(month ? { month } : {})
  }
  const list = useAuditLog(filter)

  return (
    <PageShell className='staff-audit'>
      <Text className='muted staff-audit__intro'>
        谁在什么时候查看了哪条建议的联系方式、为什么，以及其他操作。只有区级管理员能看到。
      </Text>
      <ChipGroup
        label='类型'
        showLabel
        className='staff-audit__kind'
        options={KINDS}
        isOn={(k) => k === kind}
        onPick={setKind}
      />
      <ChipGroup
        label='月份'
        showLabel
        className='staff-audit__month'
        options={[{ key: ALL, label: '全部月份' }, ...MONTHS]}
        isOn={(k) => k === month}
        onPick={setMonth}
      />
      {people.data ? (
        <ChipGroup
          label='人员'
          showLabel
          className='staff-audit__person'
          options={[{ key: ALL, label: '所有人' }, ...people.data.items.map((p) => ({ key: p.id, label: p.name }))]}
          isOn={(k) => k === staffId}
          onPick={setStaffId}
        />
      ) : null}

      <LoadState
        status={list.status}
        error={list.error}
        onRetry={list.error?.code === 'FORBIDDEN' ? undefined : list.reload}
        empty={list.items.length === 0}
        emptyText='这个条件下没有记录。'
      />
      <View className='staff-audit__list' ariaRole='list'>
        {list.items.map((e) => {
          const d = describeAudit(e)
          return (
            <Card key={e.id} className='staff-audit__item'>
              <View ariaRole='listitem'>
                <Text className='staff-audit__what'>{d.what}</Text>
                {d.why ? <Text className='staff-audit__why'>用途：{d.why}</Text> : null}
                <Text className='muted'>
                  {d.who} · {d.when}
                </Text>
              </View>
            </Card>
          )
        })}
      </View>
      {list.hasMore ? (
        <Button block className='staff-audit__more' busy={list.status === 'loading'} onClick={list.loadMore}>
          加载更多
        </Button>
      ) : null}
    </PageShell>
  )
}
