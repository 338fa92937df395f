// 社区通讯录 (street and district admins): the address, phones, office hours and position of the
// street office and each community office, as citizens find them on 联系我的社区 — each save with
// where the facts come from and the day they were checked. A street admin keeps their street's.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { LoadState } from '../../components/LoadState'
import { StaffOnly } from '../components/StaffOnly'
import { StreetPicker } from '../../components/StreetPicker'
import { chinaDate } from '../../domain/clock'
import type { OfficeForm, StaffOffice } from '../../domain/places/offices'
import type { FieldError as Err } from '../../domain/suggestions/validate'
import { officeCalls, useStaffOffices } from '../../data/places'
import { useCalls } from '../../data/use-calls'
import { toast } from '../../services/feedback'
import { useStaffMe } from '../../stores/useSessionStore'
import { OfficeEditor } from './OfficeEditor'

const REFUSAL = '只有街道和区级管理员可以修改社区通讯录。地址、电话或办公时间有变化，请告诉街道管理员。'

export default function StaffOfficesPage() {
  const today = chinaDate(Date.now())
  const me = useStaffMe()
  const own = me?.scope.street?.code
  const district = me?.role === 'district_admin'
  const [picked, setPicked] = useState<string | undefined>()
  const street = me?.can.manageOffices ? (district ? picked : own) : undefined
  const offices = useStaffOffices(street ?? null)
  const calls = useCalls(officeCalls)

  const save = async (office: StaffOffice, form: OfficeForm): Promise<Err | null> => {
    const r = await calls.saveOffice({ code: office.code, office: form })
    if (!r.ok) return { field: r.error.field ?? 'source', message: r.error.message }
    offices.setData((d) => ({ offices: d.offices.map((o) => (o.code === office.code ? r.data.office : o)) }))
    toast('已保存，居民现在就能看到')
    return null
  }

  return (
    <StaffOnly className='staff-offices' me={me} may='manageOffices' refusal={REFUSAL}>
      <Text className='muted'>
        居民在“联系我的社区”看到这里录入的地址、电话和办公时间；没有录入的显示“暂无”。每次保存写明信息来源和核实日期。
      </Text>
      {district ? <StreetPicker street={picked} onChange={(s) => setPicked(s)} /> : null}
      {street ? (
        <LoadState
          status={offices.status}
          error={offices.error}
          onRetry={offices.reload}
          empty={(offices.data?.offices.length ?? 0) === 0}
        />
      ) : (
        <Text className='muted'>{district ? '先选一个街道。' : '你的账号没有负责的街道。'}</Text>
      )}
      <View className='staff-offices__list'>
        {(offices.data?.offices ?? []).map((o) => (
          <OfficeEditor key={o.code} office={o} today={today} busy={calls.busy} onSave={(f) => save(o, f)} />
        ))}
      </View>
    </StaffOnly>
  )
}
