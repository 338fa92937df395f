// 督办 by the scheduled pass: an overdue step goes to the street admin, 3 working days later to
// the district, each level once with a history entry, an audit entry and a notice, however often
// the pass is retried and wherever one dies.
import type { CollectionName } from '../../src/domain/collections'
import type { Doc, Repository } from '../adapters/repository'
import { localNotifier, type NotificationRecord } from '../adapters/notifier'
import type { Suggestion } from '../../src/domain/suggestions/model'
import { COMMUNITY_A, STREET, WHO, staffKit, type StaffKit } from '../../tests/server/test-kit'
import { escalateOverdue } from './escalation'

const china = (local: string) => new Date(`${local}+08:00`)
const SENT = china('2026-10-09T10:00:00').toISOString() // Fri; 受理 due Mon 10/12 (Sat 10/10 worked)

const overdueRow: Suggestion = {
  _id: 'late-0001',
  mode: 'child',
  topic: 'play',
  title: '',
  text: '想要一个秋千',
  photoFileIds: [],
  onBehalfOfChild: false,
  ageGroup: '6to9',
  street: STREET,
  community: COMMUNITY_A,
  authorId: 'dev-author-late',
  visibility: 'visible',
  status: 'submitted',
  history: [{ status: 'submitted', at: SENT, by: 'author' }],
  replies: [],
  supportCount: 0,
  createdAt: SENT,
  updatedAt: SENT
}

/** A repository whose next write of a suggestion fails, as a pass that dies right there. */
function dyingOnRowWrite(repo: Repository): Repository {
  let armed = true
  return {
    collection<T extends Doc>(name: CollectionName) {
      const c = repo.collection<T>(name)
      if (name !== 'suggestions') return c
      return new Proxy(c, {
        get(target, prop, receiver) {
          if (prop === 'put' && armed)
            return async () => {
              armed = false
              throw new Error('function timed out')
            }
          const v = Reflect.get(target, prop, receiver)
          return typeof v === 'function' ? v.bind(target) : v
        }
      })
    }
  }
}

describe('督办 (server/services/escalation.ts)', () => {
  let k: StaffKit
  const events = async () =>
    ((await k.stored('late-0001'))?.history ?? []).filter((h) => h.event).map((h) => [h.event, h.note])
  const notices = async () =>
    (await k.repo.collection<NotificationRecord>('notifications').find({}, { limit: 100 })).map((n) => [
      n.touser,
      n.data.thing1.value
    ])
  const audits = async () =>
    (
      await k.repo.collection<{ _id: string; kind: string }>('audit_log').find({ kind: 'escalate' }, { limit: 100 })
    ).map((e) => e._id)

  beforeEach(async () => {
    k = staffKit(china('2026-10-12T12:00:00').toISOString())
    await k.seed()
    await k.repo.collection<Suggestion>('suggestions').put(overdueRow)
    // The street and district admins each accepted 订阅 twice.
    for (const openid of [WHO.street, WHO.district])
      await k.repo
        .collection('staff_notice_subs')
        .put({ _id: openid, credits: 2, updatedAt: SENT } as { _id: string; credits: number; updatedAt: string })
  })
  afterEach(() => k.cleanup())

  it('nothing before the due day ends; the street the day after, the district 3 working days later, each once', async () => {
    const pass = (at: string) => escalateOverdue(k.repo, localNotifier(k.repo), china(at))
    expect(await pass('2026-10-12T23:59:00')).toEqual({ escalated: 0, busy: 0, done: true })
    expect(await pass('2026-10-13T03:30:00')).toEqual({ escalated: 1, busy: 0, done: true })
    expect(await pass('2026-10-13T04:30:00')).toEqual({ escalated: 0, busy: 0, done: true })
    expect(await events()).toEqual([['escalated_street', '受理应于 2026-10-12 前完成']])
    expect(await notices()).toEqual([[WHO.street, '督办：受理已逾期']])
    await pass('2026-10-15T23:00:00')
    expect(await events()).toHaveLength(1)
    await pass('2026-10-16T03:30:00')
    await pass('2026-10-16T03:31:00')
    expect(await events()).toEqual([
      ['escalated_street', '受理应于 2026-10-12 前完成'],
      ['escalated_district', '受理应于 2026-10-12 前完成']
    ])
    expect(await notices()).toEqual([
      [WHO.street, '督办：受理已逾期'],
      [WHO.district, '督办到区：受理已逾期']
    ])
    expect((await audits()).sort()).toEqual(['late-0001@1', 'late-0001@2'])
    // The row's revision moved with each level: a staff view taken before is refused, not overwritten.
    expect((await k.stored('late-0001'))?.rev).toBe(2)
  })

  it('a case handed on after 督办 is escalated afresh if the receiver is late too', async () => {
    const pass = (at: string) => escalateOverdue(k.repo, localNotifier(k.repo), china(at))
    await pass('2026-10-13T03:30:00')
    expect(await events()).toHaveLength(1)
    // 转办 on Tue 10/13: the receiver's 受理 is due Thu 10/15; nothing until that day has ended.
    const row = (await k.stored('late-0001'))!
    await k.repo.collection<Suggestion>('suggestions').update('late-0001', {
      history: [
        ...row.history,
        { status: 'submitted', at: china('2026-10-13T09:00:00').toISOString(), by: '示例', event: 'transferred' }
      ]
    })
    expect(await pass('2026-10-15T20:00:00')).toMatchObject({ escalated: 0 })
    expect(await pass('2026-10-16T03:30:00')).toMatchObject({ escalated: 1 })
    expect((await events()).map(([e]) => e)).toEqual(['escalated_street', 'transferred', 'escalated_street'])
  })

  it('a pass that dies after the notice and before the row is retried to exactly one level and one notice', async () => {
    const at = china('2026-10-13T03:30:00')
    await expect(escalateOverdue(dyingOnRowWrite(k.repo), localNotifier(k.repo), at)).rejects.toThrow('timed out')
    expect(await events()).toEqual([])
    expect(await escalateOverdue(k.repo, localNotifier(k.repo), new Date(at.getTime() + 60_000))).toMatchObject({
      escalated: 1
    })
    expect(await escalateOverdue(k.repo, localNotifier(k.repo), new Date(at.getTime() + 120_000))).toMatchObject({
      escalated: 0
    })
    expect(await events()).toHaveLength(1)
    expect(await notices()).toEqual([[WHO.street, '督办：受理已逾期']])
    expect(await audits()).toEqual(['late-0001@1'])
  })

  it('a step done in time, or a suggestion withdrawn, is never escalated', async () => {
    const rows = k.repo.collection<Suggestion>('suggestions')
    await rows.put({
      ...overdueRow,
      status: 'accepted',
      history: [
        ...overdueRow.history,
        { status: 'accepted', at: china('2026-10-12T09:00:00').toISOString(), by: '社工' }
      ]
    })
    await rows.put({ ...overdueRow, _id: 'gone-0001', status: 'withdrawn' })
    expect(await escalateOverdue(k.repo, localNotifier(k.repo), china('2026-10-14T03:30:00'))).toMatchObject({
      escalated: 0
    })
    expect(await notices()).toEqual([])
  })
})
