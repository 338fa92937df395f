// 处理期限 through the staff function: a district admin sets them (audited, checked), and the
// inbox and the case page count them on China's working days at the time of the call.
import type { CloudResult } from '../../src/domain/errors'
import type { InboxItem } from '../../src/domain/staff/api'
import type { Suggestion } from '../../src/domain/suggestions/model'
import { COMMUNITY_A, STREET, staffKit, type StaffKit } from '../../tests/server/test-kit'

/** The data of an answer that must have succeeded. */
function data(r: CloudResult<any>) {
  if (!r.ok) throw new Error(r.error.message)
  return r.data
}
const china = (local: string) => new Date(`${local}+08:00`).toISOString()

function row(id: string, sentAt: string, over: Partial<Suggestion> = {}): Suggestion {
  const at = china(sentAt)
  return {
    _id: id,
    mode: 'adult',
    topic: 'play',
    title: `建议 ${id}`,
    text: '想要一个秋千',
    photoFileIds: [],
    onBehalfOfChild: false,
    street: STREET,
    community: COMMUNITY_A,
    authorId: `dev-author-${id}`,
    visibility: 'visible',
    status: 'submitted',
    history: [{ status: 'submitted', at, by: 'author' }],
    replies: [],
    supportCount: 0,
    createdAt: at,
    updatedAt: at,
    ...over
  } as Suggestion
}

describe('staff: 处理期限', () => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit(china('2026-10-13T09:00:00'))
    await k.seed()
  })
  afterEach(() => k.cleanup())

  it('a district admin sets the limits; each change is in the audit log with the limits before', async () => {
    expect(await k.call('workerA', 'deadlines')).toEqual({ ok: true, data: { acceptDays: 2, answerDays: 10 } })
    const saved = await k.call('district', 'saveDeadlines', { limits: { acceptDays: 1, answerDays: '7' } })
    expect(saved).toMatchObject({ ok: true, data: { acceptDays: 1, answerDays: 7, updatedBy: '示例区级管理员' } })
    expect(await k.call('workerA', 'deadlines')).toMatchObject({ ok: true, data: { acceptDays: 1, answerDays: 7 } })
    const log = await k.call('district', 'auditLog', { kind: 'save_deadlines' })
    expect(log.ok && log.data.items.map((e: { detail: object }) => e.detail)).toEqual([
      { acceptDays: 1, answerDays: 7, acceptDaysBefore: 2, answerDaysBefore: 10 }
    ])
  })

  it('refuses other roles and bad numbers, in Chinese', async () => {
    expect(await k.call('street', 'saveDeadlines', { limits: { acceptDays: 1, answerDays: 7 } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await k.call('district', 'saveDeadlines', { limits: { acceptDays: 2, answerDays: 0 } })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '答复期限请填 1—30 之间的整数（工作日）', field: 'answerDays' }
    })
    expect(await k.call('workerA', 'deadlines')).toMatchObject({ ok: true, data: { acceptDays: 2, answerDays: 10 } })
    const log = await k.call('district', 'auditLog', { kind: 'save_deadlines' })
    expect(log.ok && log.data.items).toEqual([])
  })

  it('the inbox marks what is overdue over the 调休 Saturday and sorts it first (逾期优先)', async () => {
    const rows = k.repo.collection<Suggestion>('suggestions')
    // Fri 10/9: due Mon 10/12 (Sat 10/10 is worked): overdue on Tue 10/13.
    await rows.put(row('late-0001', '2026-10-09T10:00:00'))
    // Sat 10/10 (worked): due 10/12 and 10/13 → Tue 10/13, not overdue yet.
    await rows.put(row('due-today-1', '2026-10-10T10:00:00'))
    // Accepted on time on 10/12: 答复 due 10 working days later (10/26).
    const accepted = row('accepted-01', '2026-10-11T10:00:00', {
      status: 'accepted',
      history: [
        { status: 'submitted', at: china('2026-10-11T10:00:00'), by: 'author' },
        { status: 'accepted', at: china('2026-10-12T09:00:00'), by: '社工' }
      ]
    })
    await rows.put(accepted)
    await rows.put(row('withdrawn-1', '2026-10-12T10:00:00', { status: 'withdrawn' }))
    const newest = await k.call('workerA', 'inbox')
    const byId = (r: CloudResult<any>) =>
      Object.fromEntries((data(r).items as InboxItem[]).map((i) => [i.id, i.deadline]))
    expect(byId(newest)).toMatchObject({
      'late-0001': { step: 'accept', due: '2026-10-12', overdue: true },
      'due-today-1': { step: 'accept', due: '2026-10-13', overdue: false },
      'accepted-01': { step: 'answer', due: '2026-10-26', overdue: false },
      'withdrawn-1': undefined
    })
    const overdue = await k.call('workerA', 'inbox', { sort: 'overdue', pageSize: 2 })
    expect(data(overdue).items.map((i: InboxItem) => i.id)).toEqual(['late-0001', 'due-today-1'])
    const next = await k.call('workerA', 'inbox', { sort: 'overdue', pageSize: 2, cursor: data(overdue).next })
    expect(data(next)).toMatchObject({ next: null, complete: true })
    expect(data(next).items.map((i: InboxItem) => i.id)).toEqual(['accepted-01', 'withdrawn-1'])
    // A shorter limit applies at once to what is open.
    await k.call('district', 'saveDeadlines', { limits: { acceptDays: 1, answerDays: 10 } })
    expect(byId(await k.call('workerA', 'inbox'))['due-today-1']).toEqual({
      step: 'accept',
      due: '2026-10-12',
      overdue: true
    })
  })

  it('the case page has each step’s due day and whether it was late', async () => {
    await k.repo.collection<Suggestion>('suggestions').put(
      row('late-0001', '2026-10-09T10:00:00', {
        status: 'accepted',
        history: [
          { status: 'submitted', at: china('2026-10-09T10:00:00'), by: 'author' },
          { status: 'accepted', at: china('2026-10-13T08:00:00'), by: '社工' }
        ]
      })
    )
    expect(await k.call('workerA', 'get', { id: 'late-0001' })).toMatchObject({
      ok: true,
      data: {
        deadlines: [
          { step: 'accept', due: '2026-10-12', doneAt: china('2026-10-13T08:00:00'), late: true },
          { step: 'answer', due: '2026-10-27', late: false }
        ]
      }
    })
  })

  it('the report counts steps on time and overdue per street and month of the due day', async () => {
    const rows = k.repo.collection<Suggestion>('suggestions')
    await rows.put(row('late-0001', '2026-10-09T10:00:00'))
    await rows.put(
      row('accepted-01', '2026-10-09T11:00:00', {
        status: 'accepted',
        history: [
          { status: 'submitted', at: china('2026-10-09T11:00:00'), by: 'author' },
          { status: 'accepted', at: china('2026-10-10T09:00:00'), by: '社工' }
        ]
      })
    )
    await rows.put(row('due-later-1', '2026-10-12T10:00:00'))
    expect(data(await k.call('street', 'report')).deadlines).toEqual({
      onTime: 1,
      overdue: 1,
      onTimeRate: 0.5,
      byStreetMonth: [{ street: STREET, label: '解放碑', month: '2026-10', onTime: 1, overdue: 1 }]
    })
  })
})
