// 儿童议事会 on SQLite: a street admin adds a representative with the guardian's consent and an
// invitation code; the child joins with it on their own account; a district admin opens the
// quarter's round; the representative picks up to three of the street's approved suggestions
// (privately); closing counts the picks once and makes them public; the district answers each;
// an ended representative loses access; the purge deletes the ballots and, later, the guardian's phone.
import { seedDemoData } from '../../server/local/seed'
import type { AuditEntry } from '../../server/services/audit'
import { dispatch } from '../../server/function'
import { contextFor } from '../../tests/server/test-context'
import { tempRepo } from '../../tests/server/test-repo'
import { REPRESENTATIVE, boardRow } from '../../tests/fixtures/council'
import { STREET_POLL } from '../../tests/fixtures/polls'
import type { CloudResult } from '../../src/domain/errors'
import type { CloudFunctions } from '../../src/domain/cloud-api'
import type { CouncilBallot, Representative } from '../../src/domain/council/model'
import type { StoredSuggestion } from '../../src/domain/suggestions/egress'
import { DEV_IDENTITIES } from '../../src/domain/roles'
import { purgeCouncil } from '../purge/council'
import { policyFunction } from './handler'

const T0 = '2026-12-07T02:00:00Z'
type Api = CloudFunctions['policy']
const CHILD = 'o-council-child'

describe('儿童议事会 (SQLite)', () => {
  let t: ReturnType<typeof tempRepo>
  let clock: string
  beforeEach(async () => {
    t = tempRepo()
    clock = T0
    await seedDemoData(t.repo)
    const rows = t.repo.collection<StoredSuggestion>('suggestions')
    await rows.put(boardRow('council-s1', '学校门口加一个斑马线'))
    await rows.put(boardRow('council-s2', '公园里多放几个秋千', { mode: 'adult' }))
    await rows.put(boardRow('council-s3', '图书馆周末开晚一点'))
    await rows.put(boardRow('council-s4', '操场边上装饮水机'))
    // Not for the council: another street, last quarter, not approved for the board.
    await rows.put(boardRow('council-other-street', '别的街道', { street: '500103001' }))
    await rows.put(boardRow('council-old', '上个季度的', { createdAt: '2026-09-20T02:00:00.000Z' }))
    await rows.put(boardRow('council-pending', '还没审核', { publication: 'pending' }))
    // Not for the council either: already done (已办结), nothing left to ask the district for.
    await rows.put(boardRow('council-done', '滑梯修好了', { status: 'closed' }))
  })
  afterEach(() => t.cleanup())

  const call = async (who: string | null, event: Record<string, unknown>) =>
    dispatch(policyFunction, event, await contextFor(t.repo, who, () => new Date(clock)))
  const staff = (who: 'street' | 'district' | 'worker') => DEV_IDENTITIES[who].openid
  const data = <T>(r: CloudResult<unknown>): T => {
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
    return r.data as T
  }
  const added = async () =>
    data<Api['addRepresentative']['response']>(
      await call(staff('street'), { action: 'addRepresentative', representative: REPRESENTATIVE })
    ).representative
  const joined = async () => {
    const rep = await added()
    data(await call(CHILD, { action: 'joinCouncil', code: rep.invite!.toLowerCase() }))
    return rep
  }
  const me = async (who = CHILD) => data<Api['councilMe']['response']>(await call(who, { action: 'councilMe' }))
  const audits = async (kind: string) =>
    (await t.repo.collection<AuditEntry>('audit_log').find({ kind: kind as AuditEntry['kind'] })).length

  it('a street admin adds a representative in their street only, with the guardian’s consent; the phone stays masked', async () => {
    const missing = await call(staff('street'), {
      action: 'addRepresentative',
      representative: { ...REPRESENTATIVE, consent: false }
    })
    expect(missing).toMatchObject({
      ok: false,
      error: { field: 'consent', message: '请确认监护人已经同意孩子担任小代表' }
    })
    expect(
      await call(staff('street'), {
        action: 'addRepresentative',
        representative: { ...REPRESENTATIVE, street: '500103001' }
      })
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '街道管理员只能管理本街道的小代表' } })
    expect(await call(staff('worker'), { action: 'addRepresentative', representative: REPRESENTATIVE })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    const rep = await added()
    expect(rep).toMatchObject({
      nickname: '小星星',
      streetLabel: '解放碑街道',
      guardian: { relation: 'mother', phone: '138****5678', agreedOn: '2026-11-20' },
      active: true,
      joinedAt: null
    })
    expect(rep.invite).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/)
    // Saved again after a lost answer: the same record, once.
    const again = data<Api['addRepresentative']['response']>(
      await call(staff('street'), { action: 'addRepresentative', representative: REPRESENTATIVE })
    )
    expect([again.replayed, again.representative.invite]).toEqual([true, rep.invite])
    expect(await t.repo.collection('council_representatives').count()).toBe(1)
    // 联系监护人: the full phone, logged each time.
    expect(data(await call(staff('street'), { action: 'councilGuardian', id: rep.id }))).toEqual({
      relation: 'mother',
      phone: '13812345678'
    })
    expect(await audits('open_guardian_contact')).toBe(1)
    expect(await audits('add_representative')).toBe(1)
  })

  it('the child joins with the code (any case, a retry finds them joined); a wrong code is refused in words', async () => {
    const rep = await added()
    expect(await call(CHILD, { action: 'joinCouncil', code: 'ABC' })).toMatchObject({
      ok: false,
      error: { field: 'code', message: '邀请码是 8 位字母和数字，请再看一看' }
    })
    expect(await call(CHILD, { action: 'joinCouncil', code: 'ZZZZ-ZZZZ' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
    expect((await me()).representative).toBeNull()
    const first = data<Api['joinCouncil']['response']>(
      await call(CHILD, { action: 'joinCouncil', code: rep.invite!.toLowerCase().replace('-', ' ') })
    )
    expect(first).toEqual({
      representative: {
        nickname: '小星星',
        ageGroup: '10to13',
        streetLabel: '解放碑街道',
        joinedAt: T0.replace('Z', '.000Z')
      },
      replayed: false
    })
    expect(
      data<Api['joinCouncil']['response']>(await call(CHILD, { action: 'joinCouncil', code: rep.invite })).replayed
    ).toBe(true)
    // The code is used up: nobody else joins with it.
    expect(await call('o-someone-else', { action: 'joinCouncil', code: rep.invite })).toMatchObject({ ok: false })
    const listed = data<Api['staffCouncil']['response']>(await call(staff('street'), { action: 'staffCouncil' }))
    expect(listed.representatives[0]).toMatchObject({ invite: null, joinedAt: expect.any(String) })
    // Guessing is slowed down: ten different tries an hour (the same try sent again is one).
    for (const last of '23456789AB') await call('o-guesser', { action: 'joinCouncil', code: `2222-222${last}` })
    await call('o-guesser', { action: 'joinCouncil', code: '2222-2222' })
    expect(await call('o-guesser', { action: 'joinCouncil', code: '3333-3333' })).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', message: '每小时最多试 10 次邀请码，请一小时后再试' }
    })
  })

  it('a code not used within 30 days no longer works; staff see that it expired, not the code', async () => {
    const rep = await added()
    clock = '2027-01-06T02:00:00Z' // 30 days after T0: still good
    expect(
      data<Api['staffCouncil']['response']>(await call(staff('street'), { action: 'staffCouncil' })).representatives[0]
    ).toMatchObject({ invite: rep.invite, inviteExpired: false })
    clock = '2027-01-06T02:00:01Z'
    expect(await call(CHILD, { action: 'joinCouncil', code: rep.invite })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'code', message: expect.stringContaining('已经过期') }
    })
    expect(
      data<Api['staffCouncil']['response']>(await call(staff('street'), { action: 'staffCouncil' })).representatives[0]
    ).toMatchObject({ invite: null, inviteExpired: true, joinedAt: null })
  })

  it('a round: the representative sees the street’s approved suggestions of the quarter, children’s first, and picks up to three, privately', async () => {
    await joined()
    expect(await call(staff('street'), { action: 'openRound' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    const { round } = data<Api['openRound']['response']>(await call(staff('district'), { action: 'openRound' }))
    expect(round).toMatchObject({
      id: '2026-Q4',
      label: '2026 年第四季度',
      from: '2026-10-01',
      to: '2026-12-31',
      status: 'open'
    })
    // Opening again is the same round.
    expect(data<Api['openRound']['response']>(await call(staff('district'), { action: 'openRound' })).round.id).toBe(
      '2026-Q4'
    )
    const view = await me()
    expect(view.candidates.map((c) => c.id)).toEqual(['council-s1', 'council-s3', 'council-s4', 'council-s2'])
    expect(view.candidates[0]).toEqual({
      id: 'council-s1',
      topic: expect.any(String),
      title: '学校门口加一个斑马线',
      text: '学校门口加一个斑马线，谢谢',
      status: 'adopted',
      createdAt: '2026-11-02T02:00:00.000Z',
      byChild: true
    })
    const pick = (picks: unknown, who = CHILD) => call(who, { action: 'pickCouncil', roundId: '2026-Q4', picks })
    expect(await pick(['council-s1', 'council-s2', 'council-s3', 'council-s4'])).toMatchObject({
      ok: false,
      error: { message: '最多选 3 条哦' }
    })
    expect(await pick(['council-other-street'])).toMatchObject({ ok: false, error: { field: 'picks' } })
    expect(await pick(['council-s1'], 'o-not-a-rep')).toMatchObject({
      ok: false,
      error: { message: '只有小代表可以参加议事' }
    })
    expect(data(await pick(['council-s1', 'council-s3']))).toEqual({ picks: ['council-s1', 'council-s3'] })
    // Sent again (a retry) or changed: one ballot, the latest picks.
    expect(data(await pick(['council-s1', 'council-s3']))).toEqual({ picks: ['council-s1', 'council-s3'] })
    expect((await me()).picks).toEqual(['council-s1', 'council-s3'])
    expect(await t.repo.collection('council_ballots').count()).toBe(1)
    // Nobody sees a count while the round runs.
    const board = data<Api['council']['response']>(await call(null, { action: 'council' }))
    expect(board).toEqual({ current: expect.objectContaining({ id: '2026-Q4', status: 'open' }), rounds: [] })
  })

  it('closing counts once and makes the tally public; the district answers; the purge deletes who picked what', async () => {
    await joined()
    data(await call(staff('district'), { action: 'openRound' }))
    // A second representative, added by the district.
    const other = data<Api['addRepresentative']['response']>(
      await call(staff('district'), {
        action: 'addRepresentative',
        representative: { ...REPRESENTATIVE, id: 'rep-bbbb2222', nickname: '小月亮' }
      })
    ).representative
    data(await call('o-council-child-2', { action: 'joinCouncil', code: other.invite }))
    data(await call(CHILD, { action: 'pickCouncil', roundId: '2026-Q4', picks: ['council-s1', 'council-s3'] }))
    data(await call('o-council-child-2', { action: 'pickCouncil', roundId: '2026-Q4', picks: ['council-s1'] }))
    // Finished during the round: no longer offered, but the children's picks of it still count.
    await t.repo.collection<StoredSuggestion>('suggestions').update('council-s3', { status: 'closed' })

    clock = '2026-12-20T02:00:00Z'
    const closed = data<Api['closeRound']['response']>(
      await call(staff('district'), { action: 'closeRound', id: '2026-Q4' })
    )
    expect(closed.items.map((i) => [i.suggestionId, i.picks])).toEqual([
      ['council-s1', 2],
      ['council-s3', 1]
    ])
    // Closed again (a retry): counted once.
    const again = data<Api['closeRound']['response']>(
      await call(staff('district'), { action: 'closeRound', id: '2026-Q4' })
    )
    expect(again.items.map((i) => i.picks)).toEqual([2, 1])
    expect(await call(CHILD, { action: 'pickCouncil', roundId: '2026-Q4', picks: ['council-s4'] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })

    const id = closed.items[0].id
    const answer = {
      plan: 'will',
      byOn: '2027-03-31',
      words: '交巡警将在学校门口施划斑马线。',
      wordsForChildren: '明年春天，学校门口会有斑马线啦！'
    }
    expect(
      await call(staff('district'), { action: 'answerCouncilItem', id, answer: { ...answer, wordsForChildren: '' } })
    ).toMatchObject({ ok: false, error: { field: 'wordsForChildren', message: '请写一句给小朋友的话' } })
    expect(await call(staff('street'), { action: 'answerCouncilItem', id, answer })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    data(await call(staff('district'), { action: 'answerCouncilItem', id, answer }))

    const board = data<Api['council']['response']>(await call(null, { action: 'council' }))
    expect(board.current).toBeNull()
    expect(board.rounds).toHaveLength(1)
    expect(board.rounds[0].streets).toEqual([
      {
        streetLabel: '解放碑街道',
        representatives: 2,
        items: [
          expect.objectContaining({
            picks: 2,
            suggestion: expect.objectContaining({ title: '学校门口加一个斑马线' }),
            answer: { ...answer, answeredAt: '2026-12-20T02:00:00.000Z' }
          }),
          expect.objectContaining({ picks: 1, answer: null })
        ]
      }
    ])
    // Who picked what never leaves: no account, no ballot, no representative's name on the public page.
    const json = JSON.stringify(board)
    for (const secret of [CHILD, '小星星', '小月亮', '13812345678', 'rep-aaaa1111']) expect(json).not.toContain(secret)

    const purged = await purgeCouncil(t.repo, new Date('2026-12-21T02:00:00Z'))
    expect(purged).toMatchObject({ ballotsDeleted: 2 })
    expect(await t.repo.collection<CouncilBallot>('council_ballots').count()).toBe(0)
    // The tally and the answers stay.
    expect(
      data<Api['council']['response']>(await call(null, { action: 'council' })).rounds[0].streets[0].items
    ).toHaveLength(2)
  })

  it('a pick taken off the board meanwhile is neither kept on the ballot the child sees nor counted', async () => {
    await joined()
    data(await call(staff('district'), { action: 'openRound' }))
    data(await call(CHILD, { action: 'pickCouncil', roundId: '2026-Q4', picks: ['council-s1', 'council-s3'] }))
    await t.repo.collection<StoredSuggestion>('suggestions').update('council-s3', { visibility: 'hidden' })
    expect((await me()).picks).toEqual(['council-s1'])
    // The child can still change their picks (the hidden one no longer blocks the save).
    expect(
      data(await call(CHILD, { action: 'pickCouncil', roundId: '2026-Q4', picks: ['council-s1', 'council-s4'] }))
    ).toEqual({
      picks: ['council-s1', 'council-s4']
    })
    data(await call(CHILD, { action: 'pickCouncil', roundId: '2026-Q4', picks: ['council-s1', 'council-s4'] }))
    await t.repo.collection<StoredSuggestion>('suggestions').update('council-s4', { visibility: 'hidden' })
    const closed = data<Api['closeRound']['response']>(
      await call(staff('district'), { action: 'closeRound', id: '2026-Q4' })
    )
    expect(closed.items.map((i) => i.suggestionId)).toEqual(['council-s1'])
  })

  it('a poll may be asked for the round under way; its results show with the round once both have closed', async () => {
    const poll = { ...STREET_POLL, id: 'poll-council-01', street: null, councilRoundId: '2026-Q4' }
    expect(await call(staff('district'), { action: 'createPoll', poll })).toMatchObject({
      ok: false,
      error: { field: 'councilRoundId', message: '只能关联正在进行的议事' }
    })
    data(await call(staff('district'), { action: 'openRound' }))
    const staffPolls = data<Api['staffPolls']['response']>(await call(staff('district'), { action: 'staffPolls' }))
    expect(staffPolls.councilRound).toEqual({ id: '2026-Q4', label: '2026 年第四季度' })
    data(await call(staff('district'), { action: 'createPoll', poll }))
    data(await call(staff('district'), { action: 'openPoll', id: poll.id }))
    data(await call('o-voter', { action: 'answerPoll', pollId: poll.id, option: 0, as: 'child' }))
    const listed = data<Api['listPolls']['response']>(await call('o-voter', { action: 'listPolls' }))
    expect(listed.open[0]).toMatchObject({ id: poll.id, councilRound: '2026 年第四季度' })
    data(await call(staff('district'), { action: 'closeRound', id: '2026-Q4' }))
    // Still taking answers: not on the council page yet.
    expect(data<Api['council']['response']>(await call(null, { action: 'council' })).rounds[0].polls).toEqual([])
    data(await call(staff('district'), { action: 'closePoll', id: poll.id }))
    const [round] = data<Api['council']['response']>(await call(null, { action: 'council' })).rounds
    expect(round.polls).toEqual([
      expect.objectContaining({
        id: poll.id,
        councilRound: '2026 年第四季度',
        results: expect.objectContaining({ total: 1 })
      })
    ])
  })

  it('an ended representative loses access at once; their guardian’s phone goes after the retention period', async () => {
    const rep = await joined()
    data(await call(staff('district'), { action: 'openRound' }))
    data(await call(staff('street'), { action: 'endRepresentative', id: rep.id }))
    expect(await me()).toMatchObject({ representative: null, candidates: [] })
    expect(await call(CHILD, { action: 'pickCouncil', roundId: '2026-Q4', picks: ['council-s1'] })).toMatchObject({
      ok: false,
      error: { message: '只有小代表可以参加议事' }
    })
    const stored = async () => (await t.repo.collection<Representative>('council_representatives').get(rep.id))!
    expect((await stored()).openid).toBeNull()
    await purgeCouncil(t.repo, new Date('2027-01-10T02:00:00Z'))
    expect((await stored()).guardian).not.toBeNull()
    await purgeCouncil(t.repo, new Date('2027-06-10T02:00:00Z'))
    expect(await stored()).toMatchObject({
      guardian: null,
      openid: null,
      nickname: '小星星',
      endedAt: expect.any(String)
    })
    expect(await call(staff('street'), { action: 'councilGuardian', id: rep.id })).toMatchObject({
      ok: false,
      error: { message: '监护人的电话已按保存期限删除' }
    })
  })
})
