import { historyWords } from '../suggestions/timeline-words'
import type { HistoryEntry } from '../suggestions/model'
import { inScope, scopeWhere } from './permissions'
import {
  departmentsFor,
  holderOf,
  planTransfer,
  transferWords,
  validateDepartmentInput,
  type Department
} from './routing'

const TRAFFIC: Department = { _id: 'dept-traffic', name: '交巡警', topics: ['school_way', 'safety'], active: true }
const HEALTH: Department = { _id: 'dept-health', name: '区卫健委', topics: ['doctor'], active: true }
const CLOSED: Department = { _id: 'dept-old', name: '旧部门', topics: [], active: false }
const DEPARTMENTS = [HEALTH, TRAFFIC, CLOSED]
const DAJINGXIANG = '500103003019'
const ZILIXIANG = '500103003018'
const JIEFANGBEI = '500103003'

describe('转办: who holds a suggestion and where it may go', () => {
  it('a department holds what was handed to it, else the community, else the street', () => {
    expect(holderOf({ street: JIEFANGBEI, community: DAJINGXIANG, department: 'dept-traffic' })).toEqual({
      kind: 'department',
      id: 'dept-traffic'
    })
    expect(holderOf({ street: JIEFANGBEI, community: DAJINGXIANG })).toEqual({ kind: 'community', code: DAJINGXIANG })
    expect(holderOf({ street: JIEFANGBEI })).toEqual({ kind: 'street', code: JIEFANGBEI })
    expect(holderOf({})).toBeNull()
  })

  it('to a community: its street comes with it and a department lets go', () => {
    const plan = planTransfer(
      { to: { kind: 'community', code: ZILIXIANG }, reason: 'triage' },
      { street: JIEFANGBEI, department: 'dept-traffic' },
      DEPARTMENTS
    )
    expect(plan).toEqual({
      ok: true,
      value: {
        target: { kind: 'community', code: ZILIXIANG },
        label: '解放碑街道自力巷社区',
        reason: 'triage',
        patch: { street: JIEFANGBEI, community: ZILIXIANG },
        remove: ['department']
      }
    })
  })

  it('to a street: community and department are taken off; to a department: where it is stays', () => {
    const back = planTransfer(
      { to: { kind: 'street', code: '500103001' }, reason: 'location', note: ' 地点在七星岗 ' },
      { street: JIEFANGBEI, community: DAJINGXIANG },
      DEPARTMENTS
    )
    expect(back.ok && back.value).toMatchObject({
      label: '七星岗街道',
      note: '地点在七星岗',
      patch: { street: '500103001' },
      remove: ['community', 'department']
    })
    const out = planTransfer(
      { to: { kind: 'department', id: 'dept-traffic' }, reason: 'responsibility' },
      { street: JIEFANGBEI, community: DAJINGXIANG },
      DEPARTMENTS
    )
    expect(out.ok && out.value).toMatchObject({ label: '交巡警', patch: { department: 'dept-traffic' }, remove: [] })
  })

  it('refuses, in Chinese and beside its field, what cannot be done', () => {
    const row = { street: JIEFANGBEI, community: DAJINGXIANG }
    const refusal = (req: object) => {
      const r = planTransfer(req, row, DEPARTMENTS)
      return r.ok ? null : { field: r.field, message: r.message }
    }
    expect(refusal({ reason: 'triage' })).toEqual({ field: 'to', message: '请选择转给哪个社区、街道或部门' })
    expect(refusal({ to: { kind: 'community', code: '500103003999' }, reason: 'triage' })?.field).toBe('to')
    expect(refusal({ to: { kind: 'department', id: 'dept-old' }, reason: 'triage' })?.field).toBe('to')
    expect(refusal({ to: { kind: 'department', id: 'nope' }, reason: 'triage' })?.field).toBe('to')
    expect(refusal({ to: { kind: 'community', code: DAJINGXIANG }, reason: 'triage' })).toEqual({
      field: 'to',
      message: '这条建议已经由解放碑街道大井巷社区办理'
    })
    expect(refusal({ to: { kind: 'department', id: 'dept-traffic' } })).toEqual({
      field: 'reason',
      message: '请选择转办原因'
    })
    expect(refusal({ to: { kind: 'department', id: 'dept-traffic' }, reason: 'because' })?.field).toBe('reason')
    expect(
      refusal({ to: { kind: 'department', id: 'dept-traffic' }, reason: 'expertise', note: '字'.repeat(101) })
    ).toEqual({ field: 'note', message: '说明最多 100 个字' })
  })

  it('offers the departments that handle the topic first, and never an inactive one', () => {
    expect(departmentsFor('school_way', DEPARTMENTS).map((d) => d.name)).toEqual(['交巡警', '区卫健委'])
    expect(departmentsFor('doctor', DEPARTMENTS).map((d) => d.name)).toEqual(['区卫健委', '交巡警'])
  })

  it('a department’s staff see what was handed to their department, anywhere, and nothing else', () => {
    const traffic = { openid: 'o-traffic', role: 'department_staff' as const, scope: { department: 'dept-traffic' } }
    expect(inScope(traffic, { street: JIEFANGBEI, community: DAJINGXIANG, department: 'dept-traffic' })).toBe(true)
    expect(inScope(traffic, { street: '500103001', department: 'dept-traffic' })).toBe(true)
    expect(inScope(traffic, { street: JIEFANGBEI, community: DAJINGXIANG })).toBe(false)
    expect(inScope(traffic, { street: JIEFANGBEI, department: 'dept-health' })).toBe(false)
    expect(inScope({ ...traffic, scope: {} }, { department: 'dept-traffic' })).toBe(false)
    expect(scopeWhere(traffic, { street: JIEFANGBEI })).toEqual({
      ok: true,
      where: { department: 'dept-traffic', street: JIEFANGBEI }
    })
  })
})

describe('转办 in the timeline', () => {
  const entry: HistoryEntry = {
    status: 'accepted',
    at: '2026-12-01T02:00:00.000Z',
    by: '示例街道管理员',
    event: 'transferred',
    to: '交巡警',
    reason: 'responsibility',
    note: '路口信号灯由交巡警负责'
  }

  it('an adult reads to whom, why and the note; a child reads to whom and why in child words, no note', () => {
    expect(historyWords(entry, false)).toBe('转办给交巡警：这件事由对方负责办理（路口信号灯由交巡警负责）')
    expect(historyWords(entry, true)).toBe('你的建议交给了交巡警，因为这件事归他们管。')
    expect(transferWords({ to: '大井巷社区', reason: 'triage' }, true)).toBe(
      '你的建议交给了大井巷社区，因为社区的叔叔阿姨离你最近。'
    )
  })
})

describe('a department as the district admin configures it', () => {
  it('keeps a name and the topics it handles, in the topic list’s order', () => {
    const input = { id: 'dept-new-01', create: true, name: ' 交巡警渝中支队 ', topics: ['safety', 'school_way'] }
    expect(validateDepartmentInput(input)).toEqual({
      ok: true,
      value: { id: 'dept-new-01', create: true, name: '交巡警渝中支队', topics: ['school_way', 'safety'], active: true }
    })
  })

  it('refuses a missing name, an unknown topic and a bad id in Chinese', () => {
    expect(validateDepartmentInput({ id: 'dept-1', name: '交', topics: [] })).toMatchObject({
      ok: false,
      field: 'name'
    })
    expect(validateDepartmentInput({ id: 'dept-1', name: '交巡警', topics: ['roads'] })).toEqual({
      ok: false,
      field: 'topics',
      message: '请从列表中选择负责的类别'
    })
    expect(validateDepartmentInput({ id: 'a b', name: '交巡警', topics: [] })).toMatchObject({ ok: false, field: 'id' })
    // Without an id a new department could not be saved once under a retry.
    expect(validateDepartmentInput({ name: '交巡警', topics: [] })).toMatchObject({ ok: false, field: 'id' })
    expect(validateDepartmentInput(null)).toMatchObject({ ok: false, message: '部门信息为空' })
  })
})
