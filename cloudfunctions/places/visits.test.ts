// 预约参观 on SQLite: a parent asks to visit a childcare centre (once under retries, one open
// request per centre, rate-limited); only the staff of the centre's area see it, masked, and the
// whole contact only after the step is logged; an answer is written once and told to the parent;
// the parent withdraws what nobody answered.
import { toPlaceDoc, type Place } from '../../src/domain/places/model'
import type { VisitRequest } from '../../src/domain/places/visits'
import { RATE_LIMITS } from '../../src/domain/rate-limits'
import { DEMO_STAFF } from '../../server/local/seed'
import type { AuditEntry } from '../../server/services/audit'
import { addNoticeCredit, noticeCredits, notifyStaffOfNew } from '../../server/services/staff-notice'
import { boardRow } from '../../tests/fixtures/council'
import { contextFor } from '../../tests/server/test-context'
import type { NotificationRecord } from '../../server/adapters/notifier'
import type { CloudFunction } from '../../server/function'
import type { FunctionName } from '../../src/domain/cloud-api'
import { COMMUNITY_A, STREET, WHO, functionCaller } from '../../tests/server/test-kit'
import { tempRepo } from '../../tests/server/test-repo'
import { placesFunction } from './handler'

const centre = (id: string, over: Partial<Place> = {}): Place => ({
  id,
  name: `示例托育园 ${id}`,
  category: 'childcare',
  street: STREET,
  community: COMMUNITY_A,
  address: '示例地址',
  location: { latitude: 29.56, longitude: 106.58, approximate: true },
  phones: ['023-63000009'],
  facilities: [],
  source: '示例',
  demo: true,
  ...over
})

const form = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  placeId: 'cc-a',
  childAge: 'age2',
  slot: 'weekday_am',
  note: '想看看午睡的地方',
  guardianName: '王女士',
  guardianPhone: '13812345678',
  consentVersion: 1,
  ...over
})

const PARENT = 'o-parent-visit-1'

describe('预约参观 (SQLite)', () => {
  let t: ReturnType<typeof tempRepo>
  let clock = new Date('2026-12-07T02:00:00.000Z')
  beforeEach(async () => {
    t = tempRepo()
    clock = new Date('2026-12-07T02:00:00.000Z')
    for (const s of DEMO_STAFF) await t.repo.collection('staff').put(s)
    for (const p of [
      centre('cc-a'),
      centre('cc-other-street', { street: '500103012', community: undefined }),
      centre('park-1', { category: 'park' }),
      centre('cc-closed', { closed: true })
    ])
      await t.repo.collection('places').put(toPlaceDoc(p))
  })
  afterEach(() => t.cleanup())
  const { call, data } = functionCaller(
    placesFunction as CloudFunction<FunctionName>,
    () => t.repo,
    () => clock
  )
  const stored = () => t.repo.collection<VisitRequest>('visit_requests').find({})

  it('a retry answers the stored request; a second one for the same centre waits for the first', async () => {
    const first = await data(PARENT, 'requestVisit', { visit: form('visit-req-0001') })
    expect(first).toMatchObject({ duplicate: false, visit: { status: 'pending', placeName: '示例托育园 cc-a' } })
    expect(await data(PARENT, 'requestVisit', { visit: form('visit-req-0001') })).toMatchObject({ duplicate: true })
    expect(await stored()).toHaveLength(1)
    const again = await call(PARENT, 'requestVisit', { visit: form('visit-req-0002') })
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('已经预约过') }
    })
    // Someone else's retry with my id is not answered with my request.
    const stolen = await call('o-someone-else', 'requestVisit', { visit: form('visit-req-0001') })
    expect(stolen).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await stored())[0]).toMatchObject({ userId: PARENT, street: STREET, community: COMMUNITY_A })
  })

  it('refuses in Chinese what a parent must fix, and what is not a childcare centre', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ consentVersion: 0 }, 'consentVersion', '请家长先阅读并同意'],
      [{ guardianPhone: '123' }, 'guardianPhone', '手机号码格式不对'],
      [{ guardianName: '' }, 'guardianName', '请填写家长的称呼'],
      [{ slot: 'midnight' }, 'slot', '请选择方便参观的时间'],
      [{ note: '加我微信 wx13812345678' }, 'note', '联系方式请填在下面'],
      [{ placeId: 'park-1' }, 'placeId', '只有托育机构可以预约参观'],
      [{ placeId: 'cc-closed' }, 'placeId', '这家机构已停业'],
      [{ placeId: 'nowhere' }, 'placeId', '没有找到这家机构']
    ]
    for (const [over, field, message] of cases) {
      const r = await call(PARENT, 'requestVisit', { visit: form('visit-bad-0001', over) })
      expect(r).toMatchObject({ ok: false, error: { field, message: expect.stringContaining(message) } })
    }
    expect(await call(null, 'requestVisit', { visit: form('visit-anon-0001') })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' }
    })
    expect(await stored()).toEqual([])
  })

  it('tells the subscribed staff who arrange visits in the centre’s area, once, without the parent’s words', async () => {
    // Two accepted 订阅 each: a second message would have one to spend.
    for (const who of [WHO.workerA, WHO.workerB, WHO.street, WHO.department])
      for (const _ of [1, 2]) await addNoticeCredit(t.repo, who, clock)
    await data(PARENT, 'requestVisit', { visit: form('visit-req-0001') })
    // The retry of a request whose answer was lost tells nobody a second time.
    await data(PARENT, 'requestVisit', { visit: form('visit-req-0001') })
    const sent = await t.repo.collection<NotificationRecord>('notifications').find({})
    expect(sent.map((m) => m.touser).sort()).toEqual([WHO.street, WHO.workerA].sort())
    for (const m of sent) {
      expect(m).toMatchObject({ kind: 'new_suggestion', page: 'pkg-staff/visits/index' })
      expect(m.data.thing2.value).toBe('示例托育园 cc-a')
      for (const words of ['王女士', '13812345678', '午睡', PARENT]) expect(JSON.stringify(m)).not.toContain(words)
    }
    // Each used one accepted 订阅; the other community's worker and the department kept theirs.
    expect(await noticeCredits(t.repo, WHO.workerA)).toBe(1)
    expect(await noticeCredits(t.repo, WHO.workerB)).toBe(2)
    expect(await noticeCredits(t.repo, WHO.department)).toBe(2)
    expect((await stored())[0].staffTold).toBe(true)
  })

  it('visit notices are capped an hour apart from suggestion notices: one never holds back the other', async () => {
    for (const _ of [1, 2, 3]) await addNoticeCredit(t.repo, WHO.workerA, clock)
    await data(PARENT, 'requestVisit', { visit: form('visit-req-0001') })
    // A second request within the hour (another parent, another centre of the same community).
    await t.repo.collection('places').put(toPlaceDoc(centre('cc-a2')))
    await data('o-parent-visit-2', 'requestVisit', { visit: form('visit-req-0002', { placeId: 'cc-a2' }) })
    // A suggestion in the same community, the same hour.
    const ctx = await contextFor(t.repo, null, () => clock)
    const told = await notifyStaffOfNew(
      ctx,
      boardRow('sug-visit-cap-1', '路口需要护学岗', {
        status: 'submitted',
        community: COMMUNITY_A,
        authorId: 'o-author-1',
        createdAt: clock.toISOString()
      })
    )
    expect(told).toEqual([expect.objectContaining({ status: 'recorded' })])
    const sent = await t.repo.collection<NotificationRecord>('notifications').find({ touser: WHO.workerA })
    expect(sent.map((m) => m.page).sort()).toEqual([
      'pkg-staff/case/index?id=sug-visit-cap-1',
      'pkg-staff/visits/index'
    ])
  })

  it('only the staff of the centre’s area see it, masked; the whole contact only after the log', async () => {
    await data(PARENT, 'requestVisit', { visit: form('visit-req-0001') })
    for (const who of [WHO.workerA, WHO.street, WHO.district]) {
      const list = await data(who, 'staffVisits')
      expect(list.pending).toBe(1)
      expect(list.items).toEqual([
        expect.objectContaining({
          centrePhones: ['023-63000009'],
          visit: expect.objectContaining({ guardianName: '王**', guardianPhone: '138****5678', status: 'pending' })
        })
      ])
      expect(JSON.stringify(list)).not.toContain(PARENT)
    }
    expect((await data(WHO.workerB, 'staffVisits')).items).toEqual([])
    for (const who of [WHO.department, WHO.citizen])
      expect(await call(who, 'staffVisits')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call(WHO.workerB, 'openVisitContact', { id: 'visit-req-0001' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    const opened = await data(WHO.workerA, 'openVisitContact', { id: 'visit-req-0001' })
    expect(opened).toMatchObject({ guardianName: '王女士', guardianPhone: '13812345678' })
    const log = await t.repo.collection<AuditEntry>('audit_log').find({ kind: 'open_visit_contact' })
    expect(log).toEqual([
      expect.objectContaining({ actor: WHO.workerA, at: opened.loggedAt, detail: { visitId: 'visit-req-0001' } })
    ])
  })

  it('an answer is written once, logged, and told to the parent; a withdrawn request cannot be answered', async () => {
    await data(PARENT, 'requestVisit', { visit: form('visit-req-0001') })
    expect(
      await call(WHO.workerA, 'answerVisit', { id: 'visit-req-0001', status: 'arranged', answer: ' ' })
    ).toMatchObject({
      ok: false,
      error: { field: 'answer', message: '请写明约好的时间和到了找谁' }
    })
    const answer = '已和机构约好 12月10日 上午10点，到前台找李老师（示例）'
    const done = await data(WHO.workerA, 'answerVisit', { id: 'visit-req-0001', status: 'arranged', answer })
    expect(done.visit).toMatchObject({ status: 'arranged', answer, answeredBy: expect.any(String) })
    // The same answer again (a retry) is answered as stored; another is told someone answered.
    expect(await data(WHO.street, 'answerVisit', { id: 'visit-req-0001', status: 'arranged', answer })).toMatchObject({
      visit: { status: 'arranged' }
    })
    expect(
      await call(WHO.street, 'answerVisit', { id: 'visit-req-0001', status: 'declined', answer: '机构满员' })
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const mine = await data(PARENT, 'myVisits', { placeId: 'cc-a' })
    expect(mine.items).toEqual([expect.objectContaining({ status: 'arranged', answer, closedAt: clock.toISOString() })])
    const sent = await t.repo.collection<NotificationRecord>('notifications').find({})
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ touser: PARENT, page: 'pkg-places/visit/index?placeId=cc-a' })
    expect(JSON.stringify(sent[0].data)).not.toContain('李老师')
    expect(await t.repo.collection<AuditEntry>('audit_log').find({ kind: 'answer_visit' })).toHaveLength(1)

    // The answer is logged once, by whoever wrote it, after it was written (a retry adds nothing).
    expect(await t.repo.collection<AuditEntry>('audit_log').find({ kind: 'answer_visit' })).toEqual([
      expect.objectContaining({ actor: WHO.workerA, detail: { visitId: 'visit-req-0001', status: 'arranged' } })
    ])
    // Answered lists: 已约好 shows it, 待联系 no longer does.
    expect((await data(WHO.workerA, 'staffVisits', { status: 'arranged' })).items).toHaveLength(1)
    expect(await data(WHO.workerA, 'staffVisits')).toMatchObject({ items: [], pending: 0 })

    // A second request once the first is answered; withdrawn, it cannot be answered.
    await data(PARENT, 'requestVisit', { visit: form('visit-req-0002') })
    expect(await data(PARENT, 'withdrawVisit', { id: 'visit-req-0002' })).toMatchObject({
      visit: { status: 'withdrawn' }
    })
    expect(
      await call(WHO.workerA, 'answerVisit', { id: 'visit-req-0002', status: 'declined', answer: '机构满员' })
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '家长已经撤回了这条预约' } })
    expect(await call('o-someone-else', 'withdrawVisit', { id: 'visit-req-0002' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
    // Nor is the parent who withdrew called about it.
    expect(await call(WHO.workerA, 'openVisitContact', { id: 'visit-req-0002' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '家长已经撤回了这条预约，不需要再联系' }
    })
    expect(await call(PARENT, 'withdrawVisit', { id: 'visit-req-0001' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
  })

  it(`a parent asks at most ${RATE_LIMITS.visit.max} times an hour`, async () => {
    for (let n = 0; n < RATE_LIMITS.visit.max; n++) {
      await data(PARENT, 'requestVisit', { visit: form(`visit-rate-000${n}`) })
      await data(PARENT, 'withdrawVisit', { id: `visit-rate-000${n}` })
    }
    expect(await call(PARENT, 'requestVisit', { visit: form('visit-rate-0099') })).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', message: RATE_LIMITS.visit.message }
    })
  })
})
