// policy.progress / progressHistory / recordProgress on SQLite: district admins enter a target's
// current value with its source; history is kept; each value is logged once; anyone reads the
// current value and its source (never who typed it) and the suggestions taken up about the target.
import { seedDemoData } from '../../server/local/seed'
import type { AuditEntry } from '../../server/services/audit'
import { dispatch } from '../../server/function'
import { contextFor } from '../../tests/server/test-context'
import { tempRepo } from '../../tests/server/test-repo'
import type { CloudResult } from '../../src/domain/errors'
import type { ProgressBoard, StaffProgress } from '../../src/domain/policy/progress'
import { DEV_IDENTITIES } from '../../src/domain/roles'
import type { Status } from '../../src/domain/suggestions/model'
import { FULL_ROW } from '../../tests/fixtures/egress'
import { policyFunction } from './handler'

const SLOTS = 'childcareSlotsPerThousand'
const entry = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  targetId: SLOTS,
  value: '3.9',
  asOf: '2026-09-30',
  source: { document: '《托育服务统计（示例）》', office: '区卫生健康委', url: 'https://example.gov.cn/a' },
  ...over
})

describe('policy progress toward the 2026 targets (SQLite)', () => {
  let t: ReturnType<typeof tempRepo>
  beforeEach(async () => {
    t = tempRepo()
    await seedDemoData(t.repo)
  })
  afterEach(() => t.cleanup())

  const as = (who: keyof typeof DEV_IDENTITIES, at = '2026-11-28T02:00:00Z') =>
    contextFor(t.repo, DEV_IDENTITIES[who].openid, () => new Date(at))
  const board = async () => {
    const r = (await dispatch(
      policyFunction,
      { action: 'progress' },
      await as('citizen')
    )) as CloudResult<ProgressBoard>
    if (!r.ok) throw new Error(r.error.message)
    return r.data
  }
  const audits = () => t.repo.collection<AuditEntry>('audit_log').find({ kind: 'record_progress' })

  it('says nothing was entered rather than a figure, for every target', async () => {
    const { items, relatedComplete } = await board()
    expect(items.length).toBe(8)
    expect(items.every((i) => i.current === null && i.related.adopted + i.related.closed === 0)).toBe(true)
    // 给小朋友 too: the target, and that no figure was given.
    expect(items.find((i) => i.targetId === SLOTS)?.kids).toBe(
      '目标是每 1,000 个人里有 4.5 个托位。现在的数字还没有公布。'
    )
    expect(relatedComplete).toBe(true)
  })

  it('lets a district admin enter a value with its source; anyone then reads it, not who entered it', async () => {
    const r = await dispatch(
      policyFunction,
      { action: 'recordProgress', ...entry('progress-aaaa1111') },
      await as('district')
    )
    expect(r).toEqual({
      ok: true,
      data: {
        replayed: false,
        entry: {
          id: 'progress-aaaa1111',
          targetId: SLOTS,
          value: 3.9,
          unit: '个/千人',
          asOf: '2026-09-30',
          source: { document: '《托育服务统计（示例）》', office: '区卫生健康委', url: 'https://example.gov.cn/a' },
          enteredAt: '2026-11-28T02:00:00.000Z',
          enteredByName: '示例区级管理员'
        }
      }
    })
    const { items } = await board()
    const slots = items.find((i) => i.targetId === SLOTS)
    expect(slots?.current).toEqual({
      targetId: SLOTS,
      value: 3.9,
      unit: '个/千人',
      asOf: '2026-09-30',
      source: { document: '《托育服务统计（示例）》', office: '区卫生健康委', url: 'https://example.gov.cn/a' },
      enteredAt: '2026-11-28T02:00:00.000Z'
    })
    expect(slots?.kids).toBe('每 1,000 个人里，已经有 3.9 个托位啦，目标是 4.5 个。')
    const json = JSON.stringify(items)
    expect(json).not.toContain(DEV_IDENTITIES.district.openid)
    expect(json).not.toContain('示例区级管理员')
    expect(items.filter((i) => i.current).length).toBe(1)
  })

  it('refuses everyone but district admins, for entering and for the history', async () => {
    for (const who of ['citizen', 'worker', 'street'] as const) {
      const r = await dispatch(
        policyFunction,
        { action: 'recordProgress', ...entry(`progress-${who}123`) },
        await as(who)
      )
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '只有区级管理员可以录入目标进展' } })
      const h = await dispatch(policyFunction, { action: 'progressHistory', targetId: SLOTS }, await as(who))
      expect(h).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await t.repo.collection('policy_progress').count()).toBe(0)
  })

  it('refuses bad input with the field and a Chinese message, and stores nothing', async () => {
    const admin = await as('district')
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ targetId: 'childcareCommunityCoverage', value: '100.5' }, 'value', '百分比应在 0 到 100 之间'],
      [{ value: 'abc' }, 'value', '请填写数字，如 3.9'],
      [{ asOf: '2026-11-29' }, 'asOf', '数据日期不能晚于今天（2026-11-28）'],
      [
        { source: { document: '', office: '区卫生健康委' } },
        'document',
        '请写明来源文件，如《2026年渝中区托育服务统计》'
      ],
      [{ targetId: 'noSuchTarget' }, 'targetId', '请选择一个目标']
    ]
    for (const [over, field, message] of cases) {
      const r = await dispatch(policyFunction, { action: 'recordProgress', ...entry('progress-bad12345', over) }, admin)
      expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'VALIDATION', field, message }) })
    }
    expect(await t.repo.collection('policy_progress').count()).toBe(0)
    expect(await audits()).toEqual([])
  })

  it('keeps every value: a correction is a new entry, the newest day stands, each logged once under retries', async () => {
    const send = async (id: string, over: Record<string, unknown>, at: string) =>
      dispatch(policyFunction, { action: 'recordProgress', ...entry(id, over) }, await as('district', at))
    await send('progress-first111', { value: '3.6', asOf: '2026-06-30' }, '2026-07-02T02:00:00Z')
    await send('progress-second22', { value: '3.9', asOf: '2026-09-30' }, '2026-10-02T02:00:00Z')
    // The same save sent again (the answer was lost): found, not doubled.
    const again = await send('progress-second22', { value: '3.9', asOf: '2026-09-30' }, '2026-10-02T02:00:05Z')
    expect(again).toMatchObject({ ok: true, data: { replayed: true, entry: { id: 'progress-second22', value: 3.9 } } })
    // A figure for an earlier day, entered later, does not replace the newer one.
    await send('progress-backfill', { value: '3.1', asOf: '2025-12-31' }, '2026-11-01T02:00:00Z')
    expect((await board()).items.find((i) => i.targetId === SLOTS)?.current).toMatchObject({
      value: 3.9,
      asOf: '2026-09-30'
    })
    // A correction of the same day does.
    await send('progress-fix33333', { value: '3.8', asOf: '2026-09-30' }, '2026-11-02T02:00:00Z')
    expect((await board()).items.find((i) => i.targetId === SLOTS)?.current).toMatchObject({ value: 3.8 })

    const h = (await dispatch(
      policyFunction,
      { action: 'progressHistory', targetId: SLOTS },
      await as('district')
    )) as CloudResult<{ entries: StaffProgress[] }>
    expect(h.ok && h.data.entries.map((e) => [e.id, e.value, e.enteredByName])).toEqual([
      ['progress-fix33333', 3.8, '示例区级管理员'],
      ['progress-backfill', 3.1, '示例区级管理员'],
      ['progress-second22', 3.9, '示例区级管理员'],
      ['progress-first111', 3.6, '示例区级管理员']
    ])
    expect(JSON.stringify(h)).not.toContain(DEV_IDENTITIES.district.openid)
    const logged = await audits()
    expect(logged.map((a) => a.detail?.entryId).sort()).toEqual([
      'progress-backfill',
      'progress-first111',
      'progress-fix33333',
      'progress-second22'
    ])
    expect(logged.find((a) => a.detail?.entryId === 'progress-first111')).toMatchObject({
      actor: DEV_IDENTITIES.district.openid,
      actorRole: 'district_admin',
      detail: { targetId: SLOTS, value: 3.6, unit: '个/千人', asOf: '2026-06-30' }
    })
  })

  it('logs a value saved just before a crash when the app sends it again', async () => {
    const admin = await as('district')
    await dispatch(policyFunction, { action: 'recordProgress', ...entry('progress-crash123') }, admin)
    // The crash came between the two writes: the value is stored, its audit entry is not.
    for (const a of await audits()) await t.repo.collection('audit_log').remove(a._id)
    const again = await dispatch(policyFunction, { action: 'recordProgress', ...entry('progress-crash123') }, admin)
    expect(again).toMatchObject({ ok: true, data: { replayed: true } })
    await dispatch(policyFunction, { action: 'recordProgress', ...entry('progress-crash123') }, admin)
    expect((await audits()).map((a) => a.detail?.entryId)).toEqual(['progress-crash123'])
    expect(await t.repo.collection('policy_progress').count()).toBe(1)
  })

  it('does not let an id already used for another target or by someone else stand for a new value', async () => {
    await dispatch(policyFunction, { action: 'recordProgress', ...entry('progress-same1234') }, await as('district'))
    const other = await dispatch(
      policyFunction,
      { action: 'recordProgress', ...entry('progress-same1234', { targetId: 'preschoolEnrolment', value: '99' }) },
      await as('district')
    )
    expect(other).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('counts adopted and finished suggestions written about a target beside it', async () => {
    const rows: Array<[string, Status, string | null, 'visible' | 'hidden']> = [
      ['s1', 'adopted', SLOTS, 'visible'],
      ['s2', 'closed', SLOTS, 'visible'],
      ['s3', 'closed', SLOTS, 'visible'],
      ['s4', 'in_progress', SLOTS, 'visible'],
      // Taken off the board by staff: not counted, as in the public figures.
      ['s5', 'closed', SLOTS, 'hidden'],
      ['s6', 'adopted', 'preschoolEnrolment', 'visible'],
      ['s7', 'adopted', null, 'visible']
    ]
    for (const [id, status, ref, visibility] of rows)
      await t.repo.collection<typeof FULL_ROW>('suggestions').insert({
        ...FULL_ROW,
        _id: id,
        status,
        visibility,
        prefill: ref ? { source: 'policy', refId: ref } : { source: 'place', refId: 'p1' }
      })
    const { items } = await board()
    expect(items.find((i) => i.targetId === SLOTS)?.related).toEqual({ adopted: 1, closed: 2 })
    expect(items.find((i) => i.targetId === 'preschoolEnrolment')?.related).toEqual({ adopted: 1, closed: 0 })
    expect(JSON.stringify(items)).not.toContain(FULL_ROW.title)
  })
})
