// 公开: a child's words reach the public board only after a street or district admin approved
// exactly what they read; approval is in the history and the audit log, and can be taken back.
import type { PublicSuggestion } from '../../src/domain/suggestions/model'
import { REDACTED } from '../../src/domain/staff/mask'
import { COMMUNITY_A, STREET, WHO, childInA, staffKit, type StaffKit } from '../../tests/server/test-kit'
import { adultBase } from '../../tests/fixtures/validation-cases'

/** The answer's data (the test fails on the next line if it was an error). */
const data = (r: { ok: boolean; data?: any }) => r.data

describe('staff publish (公开)', () => {
  let k: StaffKit
  const board = async () => {
    const r = await k.citizen('dev-anyone', 'listPublic')
    return r.ok ? (data(r).items as PublicSuggestion[]).map((s) => s.id) : []
  }
  const text = '我叫王小明，在人和街小学读书，想要秋千'
  const kid = { ...childInA, id: 'kid-words-0001', title: '想要秋千', text }

  beforeEach(async () => {
    k = staffKit()
    await k.seed()
    expect(await k.submit(WHO.citizen, kid)).toMatchObject({ ok: true, data: { visibility: 'visible' } })
  })
  afterEach(() => k.cleanup())

  // The child's words still look personal: an admin who publishes them anyway says why.
  const REASON = '孩子和家长都同意写出学校'
  const publishNow = async (who: string, over: object = {}) => {
    const s = await k.stored(kid.id)
    return k.call(who, 'publish', {
      id: kid.id,
      title: s!.title,
      text: s!.text,
      rev: s!.rev ?? 0,
      reason: REASON,
      ...over
    })
  }

  it('a child’s row in 已办结 is not public until approved; then it is, with history and audit', async () => {
    expect((await k.stored(kid.id))!.publication).toBe('pending')
    await k.repo.collection('suggestions').update(kid.id, { status: 'closed' })
    expect(await board()).toEqual([])
    expect(await k.citizen('dev-anyone', 'support', { id: kid.id })).toMatchObject({ error: { code: 'NOT_FOUND' } })

    const r = await publishNow('street')
    expect(r).toMatchObject({
      ok: true,
      data: { publication: 'approved', allowed: { publish: false, unpublish: true } }
    })
    expect(data(r).history.at(-1)).toMatchObject({
      status: 'closed',
      event: 'published',
      by: '示例街道管理员 · 解放碑'
    })
    expect(await board()).toEqual([kid.id])
    const log = await k.repo.collection('audit_log').find({ kind: 'publish' })
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({ suggestionId: kid.id, detail: { op: 'publish', flagged: 2, reason: REASON } })
    // The audit log counts what looked personal; it never copies it.
    expect(JSON.stringify(log)).not.toMatch(/王小明|人和街/)
    expect(await publishNow('street')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })

    // Taking it back: a community worker may (it is the safe way), and it leaves the board.
    const back = await k.call('workerA', 'unpublish', { id: kid.id })
    expect(back).toMatchObject({ ok: true, data: { publication: 'pending' } })
    expect(data(back).history.at(-1)).toMatchObject({ event: 'unpublished' })
    expect(await board()).toEqual([])
    expect(await k.call('workerA', 'unpublish', { id: kid.id })).toMatchObject({ error: { code: 'CONFLICT' } })
    // The author sees it in their timeline.
    const mine = await k.citizen(WHO.citizen, 'get', { id: kid.id })
    expect(data(mine).history.map((h: { event?: string }) => h.event ?? null)).toEqual([
      null,
      'published',
      'unpublished'
    ])
  })

  it('publishes exactly what was read: redact, then publish the redacted words', async () => {
    const spans = ['王小明', '人和街小学']
    expect(await k.call('workerA', 'moderate', { id: kid.id, op: 'redact', field: 'text', spans })).toMatchObject({
      ok: true
    })
    // The admin's screen still showed the old words: refused, nothing public.
    expect(await publishNow('street', { text, rev: undefined })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
    const r = await publishNow('street')
    expect(r).toMatchObject({ ok: true, data: { text: `我叫${REDACTED}，在${REDACTED}读书，想要秋千` } })
    expect(data(r).history.at(-1)).toMatchObject({ event: 'published' })
    await k.repo.collection('suggestions').update(kid.id, { status: 'adopted' })
    const items = data(await k.citizen('dev-anyone', 'listPublic')).items as PublicSuggestion[]
    expect(items.map((s) => s.text)).toEqual([`我叫${REDACTED}，在${REDACTED}读书，想要秋千`])
  })

  it('refuses while the words still look personal, unless the admin writes why (logged)', async () => {
    await k.repo.collection('suggestions').update(kid.id, { status: 'adopted' })
    const refused = await publishNow('street', { reason: undefined })
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'reason' } })
    expect(refused.ok ? '' : refused.error.message).toMatch(/王小明.*人和街小学|人和街小学.*王小明/)
    expect(await publishNow('street', { reason: '好' })).toMatchObject({ ok: false, error: { field: 'reason' } })
    expect(await board()).toEqual([])

    const r = await publishNow('street', { reason: '人和街小学是学校名称，孩子同意公开' })
    expect(r).toMatchObject({ ok: true, data: { publication: 'approved' } })
    const [entry] = await k.repo.collection('audit_log').find({ kind: 'publish' })
    expect(entry).toMatchObject({
      detail: { op: 'publish', flagged: 2, reason: '人和街小学是学校名称，孩子同意公开' }
    })
    // The moderation history shows the reason with the step.
    const log = await k.call('street', 'moderationLog', { id: kid.id })
    expect(data(log).items[0]).toMatchObject({ op: 'publish', reason: '人和街小学是学校名称，孩子同意公开' })
    // What the admin approved is what the board shows.
    const [item] = data(await k.citizen('dev-anyone', 'listPublic')).items as PublicSuggestion[]
    expect(item.text).toBe(text)
  })

  it('who may publish: street and district admins of its area; not workers, citizens or other areas', async () => {
    const results: Record<string, string> = {}
    for (const who of ['anonymous', 'citizen', 'workerA', 'workerB', 'street', 'district'] as const) {
      await k.repo.collection('suggestions').update(kid.id, { publication: 'pending' })
      const r = await publishNow(who, { rev: undefined })
      results[who] = r.ok ? 'ok' : r.error.code
    }
    expect(results).toEqual({
      anonymous: 'UNAUTHENTICATED',
      citizen: 'FORBIDDEN',
      workerA: 'FORBIDDEN',
      workerB: 'FORBIDDEN',
      street: 'ok',
      district: 'ok'
    })
    const asWorker = await k.call('workerA', 'get', { id: kid.id })
    expect(data(asWorker).allowed).toMatchObject({ publish: false })
  })

  it('needs the content review first; an adult’s own row needs no approval; assisted rows do', async () => {
    await k.repo.collection('suggestions').update(kid.id, { visibility: 'pending_review' })
    expect(await publishNow('street')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })

    const own = {
      ...adultBase,
      id: 'adult-own-0001',
      onBehalfOfChild: false,
      photoFileIds: [],
      community: COMMUNITY_A,
      street: STREET
    }
    expect(await k.submit('dev-parent', own)).toMatchObject({ ok: true, data: { visibility: 'visible' } })
    expect((await k.stored(own.id))!.publication).toBe('auto')
    await k.repo.collection('suggestions').update(own.id, { status: 'adopted' })
    expect(await board()).toEqual([own.id])
    expect(await k.call('street', 'publish', { id: own.id, title: own.title, text: own.text })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' }
    })
    // A parent writing for a child waits like a child.
    await k.submit('dev-parent', { ...own, id: 'for-child-0001', onBehalfOfChild: true })
    expect((await k.stored('for-child-0001'))!.publication).toBe('pending')

    const entered = await k.call('workerA', 'enter', {
      channel: 'paper',
      suggestion: { ...own, id: 'paper-0001', contact: undefined }
    })
    expect(entered).toMatchObject({ ok: true })
    expect((await k.stored('paper-0001'))!.publication).toBe('pending')
  })
})
