import { seedDemoData } from '../../server/local/seed'
import { dispatch, type Context } from '../../server/function'
import { contextFor } from '../../tests/server/test-context'
import { tempRepo } from '../../tests/server/test-repo'
import { data } from '../../tests/server/result'
import type { CorrectionRecord, CorrectionView, MyCorrection } from '../../src/domain/places/corrections'
import { editFormOf, type PlaceEditForm } from '../../src/domain/places/place-edit'
import type { Place, PlaceDoc } from '../../src/domain/places/model'
import { RATE_LIMITS } from '../../src/domain/rate-limits'
import { DEV_IDENTITIES } from '../../src/domain/roles'
import type { AuditEntry } from '../staff/access'
import { placesFunction } from './handler'
import type { NotificationRecord } from '../../server/adapters/notifier'

// contextFor's clock: 2026-11-28T02:00Z, Saturday 10:00 in China.
const PLACE_ID = 'demo-childcare-03'
const report = (id: string, extra: object = {}) => ({
  action: 'reportCorrection',
  correction: { id, placeId: PLACE_ID, kind: 'phone', note: '打过去是空号（示例）', ...extra }
})

describe('places: 纠错', () => {
  let t: ReturnType<typeof tempRepo>
  beforeEach(async () => {
    t = tempRepo()
    await seedDemoData(t.repo)
  })
  afterEach(() => t.cleanup())

  const as = (openid: string | null) => contextFor(t.repo, openid)
  const parent = () => as('o-parent-demo')
  const admin = () => as(DEV_IDENTITIES.district.openid)
  const call = async (event: object, ctx: Promise<Context>) => dispatch(placesFunction, event, await ctx)
  const stored = (id: string) => t.repo.collection<CorrectionRecord>('corrections').get(id)
  const place = async () => (await t.repo.collection<PlaceDoc>('places').get(PLACE_ID)) as PlaceDoc
  const editOf = async (patch: Partial<PlaceEditForm>) => ({
    ...editFormOf(await place(), '2026-11-28'),
    source: '电话核实（示例）',
    ...patch
  })

  it('stores a report with the reporter, once per client id, and shows it to the reporter only', async () => {
    const first = data<{ duplicate: boolean; status: string }>(await call(report('corr-test-0001'), parent()))
    expect(first).toMatchObject({ duplicate: false, status: 'pending' })
    const again = data<{ duplicate: boolean }>(await call(report('corr-test-0001'), parent()))
    expect(again.duplicate).toBe(true)
    expect(await t.repo.collection('corrections').count({})).toBe(1)
    expect(await stored('corr-test-0001')).toMatchObject({
      reporterId: 'o-parent-demo',
      placeName: (await place()).name,
      kind: 'phone',
      street: '500103003'
    })
    // Someone else reusing the id is refused, and nothing of the report leaks.
    const other = await call(report('corr-test-0001'), as('o-someone-else'))
    expect(other).toEqual({ ok: false, error: { code: 'CONFLICT', message: '纠错编号已被使用，请重新提交' } })
    const mine = data<{ items: MyCorrection[] }>(await call({ action: 'myCorrections' }, parent()))
    expect(mine.items).toEqual([
      expect.objectContaining({ id: 'corr-test-0001', status: 'pending', kind: 'phone', placeId: PLACE_ID })
    ])
    expect(mine.items[0]).not.toHaveProperty('reporterId')
    const theirs = data<{ items: MyCorrection[] }>(await call({ action: 'myCorrections' }, as('o-someone-else')))
    expect(theirs.items).toEqual([])
  })

  it.each([
    [{ kind: 'wrong' }, 'kind', '请选择哪里不对'],
    [{ note: '新电话 13800138000' }, 'note', '不要写电话号码'],
    [{ note: '字'.repeat(201) }, 'note', '补充说明最多 200 个字'],
    [{ placeId: 'no-such-place' }, 'placeId', '没有找到这个地点']
  ])('refuses a report with %j, in Chinese', async (extra, field, message) => {
    const r = await call(report('corr-test-0002', extra), parent())
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.field).toBe(field)
      expect(r.error.message).toContain(message)
    }
  })

  it('asks for a WeChat identity and limits reports per hour', async () => {
    expect(await call(report('corr-test-0003'), as(null))).toMatchObject({ error: { code: 'UNAUTHENTICATED' } })
    for (let i = 0; i < RATE_LIMITS.correction.max; i++)
      expect((await call(report(`corr-rate-${String(i).padStart(4, '0')}`), parent())).ok).toBe(true)
    expect(await call(report('corr-rate-last'), parent())).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: '每小时最多提交 10 条纠错，请稍后再试' }
    })
  })

  it('lets only district admins read the queue and answer', async () => {
    await call(report('corr-test-0004'), parent())
    const expectations: Array<[Promise<Context>, string | null]> = [
      [as(null), 'UNAUTHENTICATED'],
      [parent(), 'FORBIDDEN'],
      [as(DEV_IDENTITIES.worker.openid), 'FORBIDDEN'],
      [as(DEV_IDENTITIES.street.openid), 'FORBIDDEN'],
      [admin(), null]
    ]
    for (const [ctx, code] of expectations) {
      const c = await ctx
      for (const event of [
        { action: 'listCorrections' },
        { action: 'getCorrection', id: 'corr-test-0004' },
        { action: 'resolveCorrection', id: 'corr-test-0004', status: 'no_change' }
      ]) {
        const r = await dispatch(placesFunction, event, c)
        if (code) expect(r).toMatchObject({ ok: false, error: { code } })
        else expect(r.ok).toBe(true)
      }
    }
    const refused = await call({ action: 'listCorrections' }, as(DEV_IDENTITIES.street.openid))
    expect(refused).toMatchObject({ error: { message: '只有区级管理员可以处理地点纠错' } })
  })

  it('fixes the place with its source and verified date, answers the reporter and writes the audit log', async () => {
    await call(report('corr-test-0005'), parent())
    const queue = data<{ items: CorrectionView[]; pending: number }>(await call({ action: 'listCorrections' }, admin()))
    expect(queue.pending).toBe(1)
    expect(queue.items[0]).not.toHaveProperty('reporterId')
    const one = data<{ place: Place }>(await call({ action: 'getCorrection', id: 'corr-test-0005' }, admin()))
    expect(one.place.id).toBe(PLACE_ID)

    const update = await editOf({ phones: '4000000005', verifiedOn: '2026-11-27' })
    const done = data<{ correction: CorrectionView; place: Place }>(
      await call(
        {
          action: 'resolveCorrection',
          id: 'corr-test-0005',
          status: 'corrected',
          answer: '已更新电话（示例）',
          update
        },
        admin()
      )
    )
    expect(done.correction).toMatchObject({ status: 'corrected', answer: '已更新电话（示例）', changed: ['电话'] })
    expect(await place()).toMatchObject({
      phones: ['400-000-0005'],
      source: '电话核实（示例）',
      verifiedAt: '2026-11-27',
      updatedAt: '2026-11-28T02:00:00.000Z'
    })
    // The public answer shows the new phone at once (the nearby cache was dropped).
    const got = data<{ place: Place }>(await call({ action: 'get', id: PLACE_ID }, parent()))
    expect(got.place.phones).toEqual(['400-000-0005'])
    const mine = data<{ items: MyCorrection[] }>(await call({ action: 'myCorrections' }, parent()))
    expect(mine.items[0]).toMatchObject({ status: 'corrected', answer: '已更新电话（示例）' })

    const log = await t.repo.collection<AuditEntry>('audit_log').find({ kind: 'correct_place' })
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({
      actor: DEV_IDENTITIES.district.openid,
      actorRole: 'district_admin',
      detail: { correctionId: 'corr-test-0005', placeId: PLACE_ID, status: 'corrected', changed: '电话' }
    })
    expect(JSON.stringify(log[0])).not.toContain('o-parent-demo')

    // Answered once: the same answer again is a replay, another is refused.
    const retry = await call({ action: 'resolveCorrection', id: 'corr-test-0005', status: 'corrected' }, admin())
    expect(retry.ok).toBe(true)
    const other = await call({ action: 'resolveCorrection', id: 'corr-test-0005', status: 'no_change' }, admin())
    expect(other).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const left = data<{ pending: number }>(await call({ action: 'listCorrections' }, admin()))
    expect(left.pending).toBe(0)
  })

  it('tells the reporter the outcome once: the place and the outcome, never the note or the answer', async () => {
    data(await call(report('corr-test-0009'), parent()))
    const answered = await call(
      { action: 'resolveCorrection', id: 'corr-test-0009', status: 'no_change', answer: '已电话核实，号码正确' },
      admin()
    )
    expect(answered.ok).toBe(true)
    const again = await call({ action: 'resolveCorrection', id: 'corr-test-0009', status: 'no_change' }, admin())
    expect(again.ok).toBe(true)
    const sent = await t.repo.collection<NotificationRecord>('notifications').find({ suggestionId: 'corr-test-0009' })
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({
      kind: 'reply',
      touser: 'o-parent-demo',
      page: 'pkg-places/corrections/index',
      data: { phrase2: { value: '无需更正' }, thing3: { value: '已核实，信息无需更正' } }
    })
    expect(sent[0].data.thing1.value).toMatch(/的纠错$/)
    expect(JSON.stringify(sent[0])).not.toMatch(/空号|号码正确/)
    expect((await stored('corr-test-0009'))?.notification).toBe('recorded')
  })

  it('a retried answer sends the message the first call never sent', async () => {
    data(await call(report('corr-test-0010'), parent()))
    // The first call stored the answer and died before the message (no outcome on the record).
    await t.repo
      .collection<CorrectionRecord>('corrections')
      .update('corr-test-0010', { status: 'corrected', resolvedAt: '2026-11-28T02:00:00.000Z', resolvedBy: '示例' })
    expect((await call({ action: 'resolveCorrection', id: 'corr-test-0010', status: 'corrected' }, admin())).ok).toBe(
      true
    )
    const sent = await t.repo.collection<NotificationRecord>('notifications').find({ suggestionId: 'corr-test-0010' })
    expect(sent.map((m) => m.data.thing3.value)).toEqual(['已核实并更正，谢谢你'])
  })

  it.each([
    [{ verifiedOn: '2026-11-29' }, 'update.verifiedOn', '核实日期不能晚于今天（2026-11-28）'],
    [{ source: '' }, 'update.source', '请写明信息来源'],
    [{ phones: '123' }, 'update.phones', '电话“123”'],
    [{ hours: '随便' }, 'update.hours', '开放时间格式有误']
  ])('refuses an edit with %j and changes nothing', async (patch, field, message) => {
    await call(report('corr-test-0006'), parent())
    const before = await place()
    const r = await call(
      { action: 'resolveCorrection', id: 'corr-test-0006', status: 'corrected', update: await editOf(patch) },
      admin()
    )
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', field } })
    if (!r.ok) expect(r.error.message).toContain(message)
    expect(await place()).toEqual(before)
    expect((await stored('corr-test-0006'))?.status).toBe('pending')
  })

  it('answers 无需更正 without touching the place, and refuses an edit with it', async () => {
    await call(report('corr-test-0007'), parent())
    const withEdit = await call(
      { action: 'resolveCorrection', id: 'corr-test-0007', status: 'no_change', update: await editOf({}) },
      admin()
    )
    expect(withEdit).toMatchObject({ ok: false, error: { field: 'status', message: '修改了地点信息，请选择“已更正”' } })
    const before = await place()
    const r = data<{ correction: CorrectionView }>(
      await call({ action: 'resolveCorrection', id: 'corr-test-0007', status: 'no_change' }, admin())
    )
    expect(r.correction.answer).toContain('信息没有问题')
    expect(await place()).toEqual(before)
    expect(await call({ action: 'resolveCorrection', id: 'nope', status: 'no_change' }, admin())).toMatchObject({
      error: { code: 'NOT_FOUND', message: '没有找到这条纠错' }
    })
  })
})
