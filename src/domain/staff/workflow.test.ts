import { ROLES, type Role } from '../roles'
import { STATUSES, type HistoryEntry, type Status } from '../suggestions/model'
import {
  TRANSITIONS,
  appendHistory,
  checkTransition,
  firstResponseAt,
  isAppendOnly,
  needsReason,
  nextStatuses
} from './workflow'

const ALL = Object.keys(STATUSES) as Status[]
const at = '2026-11-28T02:00:00.000Z'

// The workflow as a table a person can check against the issue, one row per (from, to):
// which roles may make the change. Everything not listed is illegal for everyone. A department
// (转办) handles what it was given as a community worker does: adopting and refusing stay with admins.
const EVERY: Role[] = ['community_worker', 'street_admin', 'district_admin', 'department_staff']
const EXPECTED: Record<string, Role[]> = {
  'submitted→accepted': EVERY,
  'accepted→in_progress': EVERY,
  'in_progress→answered': EVERY,
  'in_progress→adopted': ['street_admin', 'district_admin'],
  'in_progress→rejected': ['street_admin', 'district_admin'],
  'answered→closed': EVERY,
  'adopted→closed': ['street_admin', 'district_admin']
}

const cases: Array<[Status, Status, Role]> = []
for (const from of ALL) for (const to of ALL) for (const role of ROLES) cases.push([from, to, role])

describe('status workflow', () => {
  it('declares exactly the transitions of the issue', () => {
    const declared = Object.fromEntries(TRANSITIONS.map((t) => [`${t.from}→${t.to}`, [...t.roles]]))
    expect(declared).toEqual(EXPECTED)
  })

  it.each(cases)('%s → %s by %s', (from, to, role) => {
    const allowed = EXPECTED[`${from}→${to}`]?.includes(role) ?? false
    const note =
      to === 'rejected' ? '不在本区职责范围内，已转交市级部门' : to === 'closed' ? '秋千已经装好，欢迎来玩' : undefined
    const r = checkTransition({ from, to, role, note, by: '王社工', at })
    if (allowed) {
      expect(r).toEqual({ ok: true, entry: { status: to, at, by: '王社工', ...(note ? { note } : {}) } })
    } else {
      expect(r.ok).toBe(false)
      if (r.ok) return
      expect(r.message).toMatch(/[\u4e00-\u9fa5]/)
      if (from === to) expect(r.code).toBe('CONFLICT')
      else if (EXPECTED[`${from}→${to}`])
        expect(r).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('管理员') })
      else expect(r).toMatchObject({ code: 'VALIDATION', field: 'to' })
    }
    expect(nextStatuses(from, role).includes(to)).toBe(allowed)
  })

  it('closing asks what was done, in words its author reads; 不予采纳 asks why', () => {
    expect(checkTransition({ from: 'answered', to: 'closed', role: 'community_worker', by: 'x', at })).toEqual({
      ok: false,
      code: 'VALIDATION',
      field: 'note',
      message: '请填写办结说明：办了什么，或为什么到此为止（至少 5 个字），这段话会告诉提建议的人'
    })
    expect(checkTransition({ from: 'in_progress', to: 'rejected', role: 'street_admin', by: 'x', at })).toMatchObject({
      field: 'note',
      message: expect.stringContaining('“不予采纳”的理由')
    })
    expect([needsReason('closed'), needsReason('rejected'), needsReason('accepted')]).toEqual([true, true, false])
  })

  it('says what the next step can be when a step is skipped', () => {
    const r = checkTransition({ from: 'submitted', to: 'adopted', role: 'district_admin', by: 'x', at })
    expect(r).toEqual({
      ok: false,
      code: 'VALIDATION',
      field: 'to',
      message: '不能从“待受理”改为“已采纳”；下一步可以是：已受理'
    })
    expect(checkTransition({ from: 'closed', to: 'accepted', role: 'district_admin', by: 'x', at })).toMatchObject({
      message: '已办结的建议不能再更改状态'
    })
  })

  it('requires a reason of at least 5 characters for 不予采纳, and limits notes', () => {
    const reject = (note: unknown) =>
      checkTransition({ from: 'in_progress', to: 'rejected', role: 'street_admin', note, by: 'x', at })
    expect(reject(undefined)).toMatchObject({ ok: false, code: 'VALIDATION', field: 'note' })
    expect(reject('  不行  ')).toMatchObject({ ok: false, field: 'note' })
    expect(reject('不属于本街道')).toMatchObject({ ok: true, entry: { note: '不属于本街道' } })
    expect(reject(42)).toMatchObject({ ok: false, field: 'note' })
    expect(
      checkTransition({
        from: 'submitted',
        to: 'accepted',
        role: 'community_worker',
        note: '好'.repeat(201),
        by: 'x',
        at
      })
    ).toMatchObject({ ok: false, field: 'note' })
    expect(
      checkTransition({ from: 'submitted', to: 'accepted', role: 'community_worker', note: '  ', by: 'x', at })
    ).toEqual({ ok: true, entry: { status: 'accepted', at, by: 'x' } })
  })

  it('refuses an unknown target status', () => {
    expect(checkTransition({ from: 'submitted', to: 'done', role: 'district_admin', by: 'x', at })).toMatchObject({
      ok: false,
      field: 'to'
    })
  })

  it('appends to the history without touching earlier entries', () => {
    const history: HistoryEntry[] = [{ status: 'submitted', at, by: 'author' }]
    const next = appendHistory(history, { status: 'accepted', at, by: 'x' })
    expect(history).toHaveLength(1)
    expect(next).toHaveLength(2)
    expect(isAppendOnly(history, next)).toBe(true)
    expect(isAppendOnly(next, history)).toBe(false)
    expect(isAppendOnly(next, [{ ...next[0], by: 'someone else' }, next[1]])).toBe(false)
  })

  it('finds the first response among status changes and replies', () => {
    const s = {
      history: [
        { status: 'submitted' as const, at: '2026-11-01T00:00:00Z', by: 'author' },
        { status: 'accepted' as const, at: '2026-11-03T00:00:00Z', by: 'x' }
      ],
      replies: [{ at: '2026-11-02T00:00:00Z' }]
    }
    expect(firstResponseAt(s)).toBe('2026-11-02T00:00:00Z')
    expect(firstResponseAt({ history: s.history.slice(0, 1), replies: [] })).toBeNull()
  })
})
