import { seedDemoData } from '../../server/local/seed'
import { dispatch } from '../../server/function'
import { contextFor } from '../../tests/server/test-context'
import { tempRepo } from '../../tests/server/test-repo'
import { policyDocument } from '../../src/domain/policy/content'
import { DEV_IDENTITIES } from '../../src/domain/roles'
import { POLICY_LIMITS } from '../../src/domain/policy/validate'
import { policyFunction } from './handler'

describe('policy cloud function (SQLite)', () => {
  let t: ReturnType<typeof tempRepo>
  beforeEach(async () => {
    t = tempRepo()
    await seedDemoData(t.repo)
  })
  afterEach(() => t.cleanup())

  const admin = () => contextFor(t.repo, DEV_IDENTITIES.district.openid)
  const citizen = () => contextFor(t.repo, 'o-citizen')
  const v2 = { ...policyDocument, version: '2026-12-01.1', updatedAt: '2026-12-01' }
  const newsItem = { id: 'audit-news-1', date: '2026-11', title: '示例动态', text: '示例内容。', source: '示例来源' }

  it('says "up to date" while nothing is published', async () => {
    expect(
      await dispatch(policyFunction, { action: 'latest', knownVersion: policyDocument.version }, await citizen())
    ).toEqual({
      ok: true,
      data: { upToDate: true }
    })
  })

  it('lets a district admin publish and then serves the newest version to others', async () => {
    const published = await dispatch(policyFunction, { action: 'publish', document: v2 }, await admin())
    expect(published).toEqual({ ok: true, data: { version: '2026-12-01.1', publishedAt: '2026-11-28T02:00:00.000Z' } })
    const latest = await dispatch(
      policyFunction,
      { action: 'latest', knownVersion: policyDocument.version },
      await citizen()
    )
    expect(latest.ok && latest.data).toMatchObject({ upToDate: false, document: { version: '2026-12-01.1' } })
    const again = await dispatch(policyFunction, { action: 'latest', knownVersion: '2026-12-01.1' }, await citizen())
    expect(again).toEqual({ ok: true, data: { upToDate: true } })
  })

  it('serves the 政策 tab the summary of the newest version, without its text', async () => {
    const none = await dispatch(
      policyFunction,
      { action: 'summary', knownVersion: policyDocument.version },
      await citizen()
    )
    expect(none).toEqual({ ok: true, data: { upToDate: true } })

    const qa = [...v2.qa, { ...v2.qa[0], id: 'q-new', question: '新增的问题？' }]
    await dispatch(policyFunction, { action: 'publish', document: { ...v2, qa } }, await admin())
    const r = await dispatch(
      policyFunction,
      { action: 'summary', knownVersion: policyDocument.version },
      await citizen()
    )
    expect(r.ok && r.data).toMatchObject({
      upToDate: false,
      publishedAt: '2026-11-28T02:00:00.000Z',
      summary: { version: '2026-12-01.1', updatedAt: '2026-12-01', qaCount: qa.length, totals: { tasks: 46 } }
    })
    // The summary carries no document text, only what the tab shows.
    expect(JSON.stringify(r)).not.toContain(policyDocument.sections[0].paragraphs[0])
    expect(
      await dispatch(policyFunction, { action: 'summary', knownVersion: '2026-12-01.1' }, await citizen())
    ).toEqual({ ok: true, data: { upToDate: true } })
  })

  it('writes who published which version, and when, to the audit log; a refused publish writes nothing', async () => {
    await dispatch(policyFunction, { action: 'publish', document: { ...v2, qa: 'nope' } }, await admin())
    expect(await t.repo.collection('audit_log').count({ kind: 'publish_policy' })).toBe(0)
    await dispatch(policyFunction, { action: 'publish', document: v2 }, await admin())
    await dispatch(policyFunction, { action: 'publishNews', items: [newsItem] }, await admin())
    const log = await t.repo.collection('audit_log').find({}, { orderBy: [['kind', 'asc']] })
    expect(log).toEqual([
      expect.objectContaining({ kind: 'publish_news', detail: { count: 1 } }),
      expect.objectContaining({
        kind: 'publish_policy',
        actorName: '示例区级管理员',
        actorRole: 'district_admin',
        at: '2026-11-28T02:00:00.000Z',
        detail: { version: '2026-12-01.1' }
      })
    ])
  })

  it('refuses a document nested too deep or too large with a clear message, before walking it', async () => {
    let deep: unknown = '底'
    for (let i = 0; i < 100_000; i++) deep = [deep]
    const r = await dispatch(policyFunction, { action: 'publish', document: { ...v2, qa: deep } }, await admin())
    expect(r).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'VALIDATION',
        field: 'document',
        message: expect.stringContaining('层数太多')
      })
    })
    const wide = { ...v2, extra: Array.from({ length: 300_000 }, (_, i) => i) }
    expect(await dispatch(policyFunction, { action: 'publish', document: wide }, await admin())).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'document', message: expect.stringContaining('太大') }
    })
    expect(await t.repo.collection('policy').count()).toBe(0)
  })

  it('refuses publishing by anyone but a district admin', async () => {
    for (const openid of ['o-citizen', DEV_IDENTITIES.worker.openid, null]) {
      const r = await dispatch(policyFunction, { action: 'publish', document: v2 }, await contextFor(t.repo, openid))
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.code).toBe('FORBIDDEN')
    }
    expect(await t.repo.collection('policy').count()).toBe(0)
  })

  it('rejects an invalid document with a field-level message, and a reused version', async () => {
    const bad = await dispatch(policyFunction, { action: 'publish', document: { ...v2, qa: 'nope' } }, await admin())
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'document', message: expect.stringContaining('qa') }
    })
    const first = await dispatch(policyFunction, { action: 'publish', document: v2 }, await admin())
    const changed = await dispatch(
      policyFunction,
      { action: 'publish', document: { ...v2, updatedAt: '2026-12-02' } },
      await admin()
    )
    expect(changed).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    // The same document from the same admin again is a retry after a lost answer: answered as
    // published, and logged once (tests/cloud/crash).
    const again = await dispatch(policyFunction, { action: 'publish', document: v2 }, await admin())
    expect(again).toEqual(first)
    expect(await t.repo.collection('audit_log').count({ kind: 'publish_policy' })).toBe(1)
  })

  it('refuses a document with a field it does not know, or a text over its size, naming it; stores nothing', async () => {
    const extra = await dispatch(
      policyFunction,
      { action: 'publish', document: { ...v2, qa: v2.qa.map((q, i) => (i ? q : { ...q, script: '<x>' })) } },
      await admin()
    )
    expect(extra).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'document', message: expect.stringContaining('qa[0].script: 不认识的字段') }
    })
    const long = await dispatch(
      policyFunction,
      { action: 'publish', document: { ...v2, intro: '长'.repeat(POLICY_LIMITS.paragraph + 1) } },
      await admin()
    )
    expect(long).toMatchObject({ ok: false, error: { message: expect.stringContaining(`intro: 超过`) } })
    expect(await t.repo.collection('policy').count()).toBe(0)
  })

  describe('有什么变化 (news)', () => {
    const item = {
      id: 'demo-park',
      date: '2026-11',
      title: '示例：口袋公园开放',
      text: '示例内容。',
      source: '示例来源'
    }

    it('is null until a district admin publishes; then everyone gets the newest list', async () => {
      expect(await dispatch(policyFunction, { action: 'news' }, await citizen())).toEqual({
        ok: true,
        data: { items: null }
      })
      expect(await dispatch(policyFunction, { action: 'publishNews', items: [item] }, await admin())).toEqual({
        ok: true,
        data: { count: 1, publishedAt: '2026-11-28T02:00:00.000Z' }
      })
      expect(await dispatch(policyFunction, { action: 'news' }, await contextFor(t.repo, null))).toEqual({
        ok: true,
        data: { items: [item], publishedAt: '2026-11-28T02:00:00.000Z' }
      })
    })

    it('refuses anyone but a district admin, and a malformed list with the reason', async () => {
      for (const openid of ['o-citizen', DEV_IDENTITIES.worker.openid, DEV_IDENTITIES.street.openid, null]) {
        const r = await dispatch(
          policyFunction,
          { action: 'publishNews', items: [item] },
          await contextFor(t.repo, openid)
        )
        expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      }
      const bad = await dispatch(
        policyFunction,
        { action: 'publishNews', items: [{ ...item, title: '' }] },
        await admin()
      )
      expect(bad).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', field: 'items', message: expect.stringContaining('第 1 条：标题不能为空') }
      })
      expect(await t.repo.collection('news').count()).toBe(0)
    })
  })
})
