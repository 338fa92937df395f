// 人员管理: the district admin's staff allowlist. The server refuses everyone else anyway.
import { Text, View } from '@tarojs/components'
import { headingProps } from '../../components/a11y'
import { LoadState } from '../../components/LoadState'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import type { StaffView } from '../../domain/staff/api'
import { useCalls } from '../../data/use-calls'
import { staffCalls, useStaffList } from '../../data/staff'
import { toast } from '../../services/feedback'
import { useStaffMe } from '../../stores/useSessionStore'
import { StaffOnly } from '../components/StaffOnly'
import { DepartmentsCard } from './DepartmentsCard'
import { StaffForm } from './StaffForm'
import './index.scss'

export default function StaffAdminPage() {
  const me = useStaffMe()
  const isAdmin = me?.can.manageStaff === true
  // Only district admins may list staff: nobody else asks.
  const query = useStaffList(isAdmin)
  const items = query.data?.items ?? []
  const calls = useCalls(staffCalls)

  const upsert = (s: StaffView) => query.setData((d) => ({ items: [s, ...d.items.filter((x) => x.id !== s.id)] }))

  // A record is saved whole: what the row does not change is sent as it is.
  const save = async (s: StaffView, change: { active?: boolean; safeguardingContact?: boolean }) => {
    const scope = {
      street: s.scope.street?.code,
      communities: s.scope.communities.map((c) => c.code),
      department: s.scope.department?.id
    }
    const r = await calls.saveStaff({
      staff: {
        id: s.id,
        role: s.role,
        scope,
        name: s.name,
        active: s.active,
        safeguardingContact: Boolean(s.safeguardingContact),
        ...change
      }
    })
    if (r.ok) upsert(r.data)
    else toast(r.error.message)
  }
  const deactivate = (s: StaffView) => save(s, { active: false, safeguardingContact: false })

  return (
    <StaffOnly
      className='staff-admin'
      me={me}
      may='manageStaff'
      refusal='只有区级管理员可以管理工作人员。如需添加或停用人员，请联系区级管理员。'
    >
      <LoadState status={query.status} error={query.error} onRetry={query.reload} empty={!query.data} />
      {items.map((s) => (
        <Card key={s.id} className='staff-admin__item'>
          <Text className='staff-admin__name' {...headingProps(3)}>
            {s.name} · <Text className='staff-admin__whole'>{s.roleLabel}</Text>
          </Text>
          <Text className='muted'>
            {s.scope.label} · {s.active ? '在岗' : '已停用'}
            {s.invite ? ` · 待加入，邀请码 ${s.invite}` : s.inviteExpired ? ' · 邀请码已过期，请停用后重新添加' : ''}
            {s.openidHint ? <Text className='staff-admin__whole'> · 编号 {s.openidHint}</Text> : null}
            {s.safeguardingContact ? ' · 儿童保护联系人' : ''}
          </Text>
          {/* 儿童保护联系人: told at once of every suggestion flagged urgent, anywhere in the district. */}
          {s.active && s.role === 'district_admin' ? (
            <Button
              className='staff-admin__safeguarding'
              size='small'
              ariaLabel={`${s.safeguardingContact ? '取消' : '设为'}儿童保护联系人：${s.name}`}
              onClick={() => void save(s, { safeguardingContact: !s.safeguardingContact })}
            >
              {s.safeguardingContact ? '取消儿童保护联系人' : '设为儿童保护联系人'}
            </Button>
          ) : null}
          {s.active ? (
            <Button
              className='staff-admin__deactivate'
              size='small'
              ariaLabel={`停用 ${s.name}`}
              onClick={() => void deactivate(s)}
            >
              停用
            </Button>
          ) : null}
        </Card>
      ))}
      <View>
        <Text className='staff-admin__heading' {...headingProps(2)}>
          添加人员
        </Text>
        <StaffForm onSaved={upsert} />
        <DepartmentsCard />
      </View>
    </StaffOnly>
  )
}
