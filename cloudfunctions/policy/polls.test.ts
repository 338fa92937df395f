// 快问快答 on SQLite: street admins ask in their street, the district anywhere; a poll takes answers
// once opened, one per person (a retry counts once); counts leave only once the poll is closed and
// counted for the last time; the purge then deletes who answered what and keeps the counts.
import { seedDemoData } from '../../server/local/seed'
import type { AuditEntry } from '../../server/services/audit'
import { dispatch } from '../../server/function'
import { contextFor } from '../../tests/server/test-context'
import { tempRepo } from '../../tests/server/test-repo'
import { STREET_POLL } from '../../tests/fixtures/polls'
import type { CloudResult } from '../../src/domain/errors'
import type { CitizenPoll, PublicPoll, StaffPoll } from '../../src/domain/polls/egress'
import type { Poll, PollAnswer } from '../../src/domain/polls/model'
import { DEV_IDENTITIES } from '../../src/domain/roles'
import { forgetPollAnswers } from '../purge/polls'
import { policyFunction } from './handler'

const T0 = '2026-12-07T02:00:00Z'
const DISTRICT_POLL = { ...STREET_POLL, id: 'poll-bbbb2222', street: null, audience: 'both' as const }

describe('快问快答 (SQLite)', () => {
  let t: ReturnType<typeof tempRepo>
  let clock: string
  beforeEach(async () => {
    t = tempRepo()
    clock = T0
    await seedDemoData(t.repo)
  })
  afterEach(() => t.cleanup())

  const call = async (who: string | null, event: Record<string, unknown>) =>
    dispatch(policyFunction, event, await contextFor(t.repo, who, () => new Date(clock)))
  const staff = (who: 'street' | 'district' | 'worker') => DEV_IDENTITIES[who].openid
  const data = <T>(r: CloudResult<unknown>): T => {
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
    return r.data as T
  }
  const created = async (poll = STREET_POLL, who: 'street' | 'district' = 'street') => {
    data(await call(staff(who), { action: 'createPoll', poll }))
    data(await call(staff(who), { action: 'openPoll', id: poll.id }))
  }
  const answer = (who: string, pollId: string, option: number, as = 'child') =>
    call(who, { action: 'answerPoll', pollId, option, as })
  const list = async (who: string | null = 'o-someone') =>
    data<{ open: CitizenPoll[]; closed: PublicPoll[] }>(await call(who, { action: 'listPolls' }))
  const stored = async (id: string) => (await t.repo.collection<Poll>('polls').get(id))!

  it('lets a street admin ask in their own street only, the district anywhere; workers and citizens not at all', async () => {
    const r = data<{ poll: StaffPoll; replayed: boolean }>(
      await call(staff('street'), { action: 'createPoll', poll: STREET_POLL })
    )
    expect(r.replayed).toBe(false)
    expect(r.poll).toMatchObject({ status: 'draft', scopeLabel: '解放碑街道', manageable: true, answered: 0 })
    expect(r.poll.createdByName).toBe('示例街道管理员 · 解放碑')
    expect(
      await call(staff('street'), {
        action: 'createPoll',
        poll: { ...STREET_POLL, id: 'poll-cccc3333', street: '500103001' }
      })
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '街道管理员只能管理本街道的投票', field: 'street' }
    })
    expect(
      await call(staff('street'), { action: 'createPoll', poll: { ...DISTRICT_POLL, id: 'poll-dddd4444' } })
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    for (const who of [staff('worker'), 'o-citizen'])
      expect(await call(who, { action: 'createPoll', poll: { ...STREET_POLL, id: 'poll-eeee5555' } })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: '只有街道和区级管理员可以发起投票' }
      })
    clock = '2026-12-07T02:05:00Z'
    expect(
      data<{ poll: StaffPoll }>(await call(staff('district'), { action: 'createPoll', poll: DISTRICT_POLL })).poll
        .scopeLabel
    ).toBe('全区')
    // A street admin reads the district's poll but may not open or close it.
    const seen = data<{ polls: StaffPoll[] }>(await call(staff('street'), { action: 'staffPolls' })).polls
    expect(seen.map((p) => [p.id, p.manageable])).toEqual([
      [DISTRICT_POLL.id, false],
      [STREET_POLL.id, true]
    ])
    expect(await call(staff('street'), { action: 'openPoll', id: DISTRICT_POLL.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
  })

  it('refuses a poll with a Chinese error beside its field', async () => {
    expect(
      await call(staff('district'), {
        action: 'createPoll',
        poll: { ...DISTRICT_POLL, options: [STREET_POLL.options[0]] }
      })
    ).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '请给 2 到 5 个选项', field: 'options' }
    })
  })

  it('stores a poll saved twice (a lost answer) once, with one audit entry', async () => {
    await call(staff('street'), { action: 'createPoll', poll: STREET_POLL })
    const again = data<{ poll: StaffPoll; replayed: boolean }>(
      await call(staff('street'), { action: 'createPoll', poll: STREET_POLL })
    )
    expect(again.replayed).toBe(true)
    expect(await t.repo.collection('polls').count()).toBe(1)
    expect(await t.repo.collection<AuditEntry>('audit_log').count({ kind: 'create_poll' })).toBe(1)
    // Another admin's save under the same id is refused.
    expect(await call(staff('district'), { action: 'createPoll', poll: STREET_POLL })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
  })

  it('shows a poll to citizens only once opened, and takes no answer before', async () => {
    data(await call(staff('street'), { action: 'createPoll', poll: STREET_POLL }))
    expect((await list()).open).toEqual([])
    expect(await answer('o-early', STREET_POLL.id, 0)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    data(await call(staff('street'), { action: 'openPoll', id: STREET_POLL.id }))
    const [open] = (await list()).open
    expect(open).toMatchObject({ id: STREET_POLL.id, status: 'open', results: null, myAnswer: null })
    expect(JSON.stringify(open)).not.toContain(staff('street'))
  })

  it('counts 20 people once each, a retried answer once, and keeps the counts hidden until closed', async () => {
    await created()
    for (let i = 0; i < 20; i++) data(await answer(`o-child-${i}`, STREET_POLL.id, i < 12 ? 0 : 1))
    // A retry after a lost answer: answered as given, not counted again.
    const retry = data<{ poll: CitizenPoll; replayed: boolean }>(await answer('o-child-0', STREET_POLL.id, 0))
    expect(retry).toMatchObject({ replayed: true, poll: { myAnswer: 0, results: null } })
    // Changing one's mind is not a second vote.
    expect(await answer('o-child-0', STREET_POLL.id, 1)).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '你已经投过票了，每人只能投一次', field: 'option' }
    })
    expect((await stored(STREET_POLL.id)).counts).toEqual([12, 8])
    const mine = (await list('o-child-3')).open[0]
    expect(mine).toMatchObject({ myAnswer: 0, results: null })
    expect(JSON.stringify(mine)).not.toMatch(/counts|respondents/)
    const staffView = data<{ polls: StaffPoll[] }>(await call(staff('street'), { action: 'staffPolls' })).polls[0]
    expect(staffView).toMatchObject({ answered: 20, results: null })

    clock = '2026-12-08T03:00:00Z'
    const closed = data<{ poll: StaffPoll }>(
      await call(staff('street'), { action: 'closePoll', id: STREET_POLL.id })
    ).poll
    expect(closed).toMatchObject({
      status: 'closed',
      closedByName: '示例街道管理员 · 解放碑',
      results: { counts: [12, 8], total: 20, respondents: { child: 20, parent: 0 } }
    })
    expect((await list()).closed[0]).toMatchObject({ id: STREET_POLL.id, results: { counts: [12, 8], total: 20 } })
    expect(await answer('o-late', STREET_POLL.id, 0)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '这个投票已经结束了' }
    })
    // Closing again (a retry) changes nothing and logs once.
    data(await call(staff('street'), { action: 'closePoll', id: STREET_POLL.id }))
    expect(await t.repo.collection<AuditEntry>('audit_log').count({ kind: 'close_poll' })).toBe(1)
  })

  it('a draft never opened is not ended: nobody saw it, and no empty result goes public', async () => {
    data(await call(staff('street'), { action: 'createPoll', poll: STREET_POLL }))
    expect(await call(staff('street'), { action: 'closePoll', id: STREET_POLL.id })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '这个投票还没有开始，不用结束' }
    })
    expect(await stored(STREET_POLL.id)).toMatchObject({ closedAt: null, talliedAt: null })
  })

  it('asks only the poll’s audience, and says who is asked', async () => {
    await created()
    expect(await answer('o-parent', STREET_POLL.id, 0, 'parent')).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '这个投票只问小朋友', field: 'as' }
    })
    expect(await answer('o-parent', STREET_POLL.id, 0, 'grown-up')).toMatchObject({ ok: false, error: { field: 'as' } })
    expect(await answer('o-parent', STREET_POLL.id, 2)).toMatchObject({ ok: false, error: { message: '请选一个选项' } })
    expect(await answer(null as unknown as string, STREET_POLL.id, 0)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' }
    })
  })

  it('closes by its last China day, counts for the last time when read, and the purge then keeps only the counts', async () => {
    await created({ ...DISTRICT_POLL, endsOn: '2026-12-07' }, 'district')
    data(await answer('o-a', DISTRICT_POLL.id, 0, 'child'))
    data(await answer('o-b', DISTRICT_POLL.id, 1, 'parent'))
    // Before the poll has ended, the purge deletes nothing.
    expect(await forgetPollAnswers(t.repo, new Date(clock))).toEqual({ settled: 0, answersDeleted: 0 })
    expect(await t.repo.collection('poll_answers').count()).toBe(2)

    clock = '2026-12-07T16:30:00Z' // 00:30 on the 8th in Beijing
    expect((await list()).closed[0]).toMatchObject({
      status: 'closed',
      results: { counts: [1, 1], total: 2, respondents: { child: 1, parent: 1 } }
    })
    expect(await forgetPollAnswers(t.repo, new Date(clock))).toEqual({ settled: 0, answersDeleted: 2 })
    expect(await t.repo.collection<PollAnswer>('poll_answers').count()).toBe(0)
    const kept = await stored(DISTRICT_POLL.id)
    expect(kept).toMatchObject({
      counts: [1, 1],
      respondents: { child: 1, parent: 1 },
      answersDeletedAt: '2026-12-07T16:30:00.000Z'
    })
    expect(JSON.stringify(await t.repo.collection('polls').find({}))).not.toMatch(/o-a|o-b/)
    // A later read shows the same results; a retried answer from before is now simply refused.
    expect((await list()).closed[0].results).toEqual({ counts: [1, 1], total: 2, respondents: { child: 1, parent: 1 } })
    expect(await answer('o-a', DISTRICT_POLL.id, 0)).toMatchObject({
      ok: false,
      error: { message: '这个投票已经结束了' }
    })
  })

  it('the purge counts an ended poll nobody read for the last time before deleting its answers', async () => {
    await created({ ...DISTRICT_POLL, endsOn: '2026-12-07' }, 'district')
    data(await answer('o-a', DISTRICT_POLL.id, 1, 'parent'))
    expect(await forgetPollAnswers(t.repo, new Date('2026-12-09T02:00:00Z'))).toEqual({ settled: 1, answersDeleted: 1 })
    expect(await stored(DISTRICT_POLL.id)).toMatchObject({ counts: [0, 1], talliedAt: '2026-12-09T02:00:00.000Z' })
  })
})
