// Prepare a staff member's place: role, area, name, active. Nobody types an openid (nobody can
// read theirs off the phone): saving gives an invitation code (staff/invites.ts) to hand the
// person, who types it in the app to take the place. The add keeps its id until it succeeds, so
// a save sent again after a lost answer prepares one place.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { choiceProps } from '../../components/a11y'
import { FieldError, messageFor } from '../../components/FieldError'
import { StreetPicker } from '../../components/StreetPicker'
import type { StaffView } from '../../domain/staff/api'
import { newClientId } from '../../domain/ids'
import { STAFF_INVITE_DAYS } from '../../domain/staff/invites'
import { STAFF_NAME, validateStaffInput } from '../../domain/staff/staff-record'
import { ROLE_LABELS, type StaffRecord } from '../../domain/roles'
import { findStreet } from '../../domain/streets'
import { useCalls } from '../../data/use-calls'
import { staffCalls, useDepartments } from '../../data/staff'
import { toast } from '../../services/feedback'
import { Button } from '../../components/ui/Button'
import { ErrorState } from '../../components/ui/ErrorState'
import { ChipGroup as Chips } from '../../components/ui/Chip'
import { Field } from '../../components/ui/Field'
import { useFormErrors } from '../../hooks/useFormErrors'

type StaffRole = StaffRecord['role']
const ROLE_OPTIONS = (['community_worker', 'street_admin', 'district_admin', 'department_staff'] as StaffRole[]).map(
  (key) => ({
    key,
    label: ROLE_LABELS[key]
  })
)
const FIELDS = ['role', 'name', 'scope.street', 'scope.communities', 'scope.department']
const newInviteId = () => newClientId('invite', Date.now())

export function StaffForm({ onSaved }: { onSaved: (s: StaffView) => void }) {
  const [inviteId, setInviteId] = useState(newInviteId)
  const [role, setRole] = useState<StaffRole>('community_worker')
  const [street, setStreet] = useState<string | undefined>()
  const [communities, setCommunities] = useState<string[]>([])
  const [department, setDepartment] = useState('')
  // Asked only once the role needs it: the other roles have an area on the map.
  const departments = useDepartments(role === 'department_staff')
  const [name, setName] = useState('')
  const [active, setActive] = useState(true)
  const { errors, setErrors, error, refuse, clear } = useFormErrors()
  const calls = useCalls(staffCalls)
  const { busy } = calls

  const options = street ? (findStreet(street)?.communities ?? []).map((c) => ({ key: c.code, label: c.name })) : []
  const toggle = (code: string) =>
    setCommunities((list) => (list.includes(code) ? list.filter((c) => c !== code) : [...list, code]))

  const save = async () => {
    const scope =
      role === 'district_admin'
        ? {}
        : role === 'street_admin'
          ? { street }
          : role === 'department_staff'
            ? { department }
            : { communities }
    const staff = { inviteId, role, scope, name: name.trim(), active }
    const v = validateStaffInput(staff)
    if (!v.ok) return setErrors([{ field: v.field, message: v.message }])
    clear()
    const r = await calls.saveStaff({ staff })
    if (!r.ok) return refuse(r.error, (f) => FIELDS.includes(f))
    setInviteId(newInviteId())
    setName('')
    setCommunities([])
    toast('已生成邀请码')
    onSaved(r.data)
  }

  return (
    <View className='staff-form-new'>
      <Text className='section-title'>角色</Text>
      <Chips
        className='staff-form-new__role'
        label='角色'
        options={ROLE_OPTIONS}
        isOn={(k) => k === role}
        onPick={setRole}
      />
      <FieldError errors={errors} field='role' />
      {role === 'department_staff' ? (
        <View>
          <Text className='section-title'>所在的部门</Text>
          <Chips
            wrap
            className='staff-form-new__department'
            label='所在的部门'
            options={(departments.data?.items ?? [])
              .filter((d) => d.active)
              .map((d) => ({ key: d._id, label: d.name }))}
            isOn={(k) => k === department}
            onPick={setDepartment}
          />
          <FieldError errors={errors} field='scope.department' />
        </View>
      ) : null}
      {role === 'community_worker' || role === 'street_admin' ? (
        <View>
          <Text className='section-title'>{role === 'street_admin' ? '负责的街道' : '负责的社区（先选街道）'}</Text>
          <StreetPicker street={street} onChange={(s) => setStreet(s)} />
          <FieldError errors={errors} field='scope.street' />
          {role === 'community_worker' && options.length ? (
            <Chips
              multi
              className='staff-form-new__communities'
              label='负责的社区'
              options={options}
              isOn={(k) => communities.includes(k)}
              onPick={toggle}
            />
          ) : null}
          {role === 'community_worker' && communities.length ? (
            <Text className='muted'>已选 {communities.length} 个社区</Text>
          ) : null}
          <FieldError errors={errors} field='scope.communities' />
        </View>
      ) : null}
      <Field
        label='姓名或称呼'
        className='staff-form-new__name'
        value={name}
        maxLength={STAFF_NAME.max}
        placeholder='如：王社工'
        error={messageFor(errors, 'name')}
        onInput={setName}
      />
      <View
        className={`ui-chip staff-form-new__active ${active ? 'ui-chip--on' : ''}`}
        {...choiceProps('switch', active, '在岗')}
        onClick={() => setActive(!active)}
      >
        {active ? '✓ 在岗' : '已停用'}
      </View>
      <View className='staff-form-new__alert'>{error ? <ErrorState message={error} /> : null}</View>
      <Button variant='primary' block className='staff-form-new__save' busy={busy} onClick={save}>
        生成邀请码
      </Button>
      <Text className='muted staff-form-new__how'>
        把邀请码告诉对方（{STAFF_INVITE_DAYS} 天内有效），请对方在小程序“我的 →
        我是工作人员”里输入，就能以这个身份开始工作。
      </Text>
    </View>
  )
}
