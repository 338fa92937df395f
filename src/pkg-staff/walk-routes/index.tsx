// 儿童友好路线 (district admins): the child-friendly walking routes on the map — each with its
// name, what it is, its line (pasted as GeoJSON or points), and where it comes from with the day
// it was checked. 新增路线 opens an empty form (its id made then, so a retry lands on the same
// route); 修改 fills it from a stored route; 停用 takes one off the map and keeps it.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { LoadState } from '../../components/LoadState'
import { Button, ButtonRow } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { placeAdminCalls, useStaffWalkRoutes } from '../../data/place-admin'
import { useCalls } from '../../data/use-calls'
import { chinaDate } from '../../domain/clock'
import { newClientId } from '../../domain/ids'
import { validateWalkRoute, walkRouteFormOf, type WalkRouteForm } from '../../domain/places/walk-route-form'
import { lengthLabel, routeLengthM, type StaffWalkRoute } from '../../domain/places/walk-routes'
import type { FieldError as Err } from '../../domain/suggestions/validate'
import { toast } from '../../services/feedback'
import { useStaffMe } from '../../stores/useSessionStore'
import { StaffOnly } from '../components/StaffOnly'
import { RouteFields } from './RouteFields'
import './index.scss'

function RouteCard({ route, onEdit }: { route: StaffWalkRoute; onEdit: () => void }) {
  return (
    <Card className='walk-route' title={route.name}>
      <Text className='muted'>
        {route.hidden ? '已停用 · ' : ''}
        {route.points.length} 个点，全长{lengthLabel(routeLengthM(route.points))} · {route.source}（{route.verifiedOn}{' '}
        核实，{route.updatedByName} 录入）
      </Text>
      {route.description ? <Text className='walk-route__description'>{route.description}</Text> : null}
      <Button size='small' className='walk-route__edit' onClick={onEdit}>
        修改
      </Button>
    </Card>
  )
}

const REFUSAL = '只有区级管理员可以录入和修改儿童友好路线。想推荐一条路线，请联系区级管理员。'

export default function WalkRoutesPage() {
  const today = chinaDate(Date.now())
  const me = useStaffMe()
  const routes = useStaffWalkRoutes(me?.can.correctPlaces === true)
  const calls = useCalls(placeAdminCalls)
  const [form, setForm] = useState<WalkRouteForm | null>(null)
  const [errors, setErrors] = useState<Err[]>([])

  const open = (r?: StaffWalkRoute) => {
    setErrors([])
    setForm(walkRouteFormOf(r, newClientId('route', Date.now()), today))
  }

  const save = async () => {
    if (!form) return
    const checked = validateWalkRoute(form, today)
    if (!checked.ok) return setErrors(checked.errors)
    const r = await calls.saveWalkRoute({ route: form })
    if (!r.ok) return setErrors([{ field: r.error.field ?? 'source', message: r.error.message }])
    const saved = r.data.route
    routes.setData((d) => ({ routes: [saved, ...d.routes.filter((x) => x.id !== saved.id)] }))
    setForm(null)
    toast(saved.hidden ? '已保存：这条路线已停用' : '已保存，居民现在就能在地图上看到')
  }

  return (
    <StaffOnly className='walk-routes' me={me} may='correctPlaces' refusal={REFUSAL}>
      <Text className='muted'>
        居民在“找地方”的地图上看到这里录入的路线和说明。每次保存写明来源和核实日期；没有来源的路线不要录入。
      </Text>
      {form ? (
        <Card title={form.name || '新路线'}>
          <RouteFields
            form={form}
            today={today}
            errors={errors}
            onChange={(patch) => setForm((f) => (f ? { ...f, ...patch } : f))}
          />
          <ButtonRow>
            <Button variant='primary' className='walk-routes__save' busy={calls.busy} onClick={() => void save()}>
              保存
            </Button>
            <Button variant='text' onClick={() => setForm(null)}>
              取消
            </Button>
          </ButtonRow>
        </Card>
      ) : (
        <Button variant='primary' block className='walk-routes__new' onClick={() => open()}>
          新增路线
        </Button>
      )}
      <LoadState
        status={routes.status}
        error={routes.error}
        onRetry={routes.reload}
        empty={(routes.data?.routes.length ?? 0) === 0}
        emptyText='还没有录入路线'
      />
      <View className='walk-routes__list'>
        {(routes.data?.routes ?? []).map((r) => (
          <RouteCard key={r.id} route={r} onEdit={() => open(r)} />
        ))}
      </View>
    </StaffOnly>
  )
}
