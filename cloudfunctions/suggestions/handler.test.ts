import { seedDemoData } from '../../server/local/seed'
import { dispatch } from '../../server/function'
import { contextFor, recordFixtureUploads } from '../../tests/server/test-context'
import { tempRepo } from '../../tests/server/test-repo'
import type { SubmitAck } from '../../src/domain/suggestions/api'
import type { MySuggestion, PublicSuggestion, Suggestion } from '../../src/domain/suggestions/model'
import { INVALID_CASES, VALID_CASES, adultBase, childBase } from '../../tests/fixtures/validation-cases'
import { RATE_LIMITS } from '../../src/domain/rate-limits'
import { CONSENT_OUTDATED_MESSAGE, CONSENT_VERSION } from '../../src/domain/suggestions/consent'
import { PUBLIC_STATS } from '../../src/domain/suggestions/rules'
import { suggestionsFunction } from './handler'

describe('suggestions cloud function (SQLite)', () => {
  let t: ReturnType<typeof tempRepo>
  let clock = new Date('2026-11-28T02:00:00Z')
  const now = () => clock
  const as = (openid: string | null) => contextFor(t.repo, openid, now)
  const submit = async (openid: string | null, suggestion: unknown) => {
    await recordFixtureUploads(t.repo, openid, suggestion, clock)
    return dispatch(suggestionsFunction, { action: 'submit', suggestion }, await as(openid))
  }
  const rows = () => t.repo.collection<Suggestion>('suggestions').find()

  beforeEach(async () => {
    t = tempRepo()
    clock = new Date('2026-11-28T02:00:00Z')
    await seedDemoData(t.repo)
  })
  afterEach(() => t.cleanup())

  it.each(VALID_CASES)('stores %s', async (_name, payload) => {
    const r = await submit('dev-parent', payload)
    expect(r).toMatchObject({ ok: true, data: { id: payload.id, status: 'submitted', duplicate: false } })
    expect(await rows()).toHaveLength(1)
  })

  it.each(INVALID_CASES)('refuses %s with a field error and stores nothing', async (_name, payload, field) => {
    const r = await submit('dev-parent', payload)
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', field } })
    expect(await rows()).toHaveLength(0)
  })

  it('submitting twice with one id stores one row and answers the retry with the stored result', async () => {
    const first = await submit('dev-parent', adultBase)
    clock = new Date('2026-11-28T02:05:00Z')
    const again = await submit('dev-parent', { ...adultBase, text: '网络重试时内容可能已被修改过一些。' })
    expect(first.ok && again.ok).toBe(true)
    if (first.ok && again.ok) {
      expect(again.data).toEqual({ ...(first.data as SubmitAck), duplicate: true })
    }
    const stored = await rows()
    expect(stored).toHaveLength(1)
    expect(stored[0].text).toBe(adultBase.text)
  })

  it('parallel retries of one id still store one row', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => submit('dev-parent', childBase)))
    expect(results.every((r) => r.ok)).toBe(true)
    expect(await rows()).toHaveLength(1)
  })

  it('refuses someone else reusing an id', async () => {
    await submit('dev-parent', childBase)
    expect(await submit('dev-other', childBase)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('takes the author from the platform identity, never from the payload', async () => {
    await submit('dev-parent', { ...childBase, authorId: 'dev-victim' })
    expect((await rows())[0].authorId).toBe('dev-parent')
    expect(await submit(null, childBase)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('limits each user to 10 submissions an hour, with a clear message', async () => {
    for (let i = 0; i < 10; i++)
      expect((await submit('dev-busy', { ...childBase, id: `busy-${i}-xxxxxx` })).ok).toBe(true)
    const eleventh = await submit('dev-busy', { ...childBase, id: 'busy-10-xxxxxx' })
    expect(eleventh).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', message: expect.stringContaining('每小时最多提交 10 条') }
    })
    // A retry of an accepted id is still answered; another user is not affected; an hour later it works again.
    expect(await submit('dev-busy', { ...childBase, id: 'busy-3-xxxxxx' })).toMatchObject({
      ok: true,
      data: { duplicate: true }
    })
    expect((await submit('dev-calm', { ...childBase, id: 'calm-1-xxxxxx' })).ok).toBe(true)
    clock = new Date('2026-11-28T03:00:01Z')
    expect((await submit('dev-busy', { ...childBase, id: 'busy-10-xxxxxx' })).ok).toBe(true)
  })

  it('20 parallel submits by one user: exactly the limit succeeds, the rest are refused', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => submit('dev-burst', { ...childBase, id: `burst-${i}-xxxxxx` }))
    )
    expect(results.filter((r) => r.ok)).toHaveLength(RATE_LIMITS.submit.max)
    for (const r of results.filter((x) => !x.ok))
      expect(r).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: RATE_LIMITS.submit.message } })
    expect(await rows()).toHaveLength(RATE_LIMITS.submit.max)
  })

  it('records consent with the server’s time and the text version, whatever time the app sends', async () => {
    const withConsent = (id: string, consent: unknown) => ({
      ...childBase,
      id,
      contact: { phone: '13800138000' },
      consent
    })
    expect(
      (await submit('dev-parent', withConsent('consent-0001', { version: CONSENT_VERSION, acceptedAt: '2001-01-01' })))
        .ok
    ).toBe(true)
    const stored = await t.repo.collection<Suggestion>('suggestions').get('consent-0001')
    expect(stored?.consent).toEqual({ version: CONSENT_VERSION, acceptedAt: '2026-11-28T02:00:00.000Z' })
    expect(await submit('dev-parent', withConsent('consent-0002', { version: 'guardian-contact-v0' }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'consent', message: CONSENT_OUTDATED_MESSAGE }
    })
  })

  it('limits new supports per user per hour; supporting again what one already supports stays free', async () => {
    const max = RATE_LIMITS.support.max
    const ids = Array.from({ length: max + 1 }, (_, i) => `sup-${String(i).padStart(3, '0')}-xxxx`)
    for (const [i, id] of ids.entries())
      await t.repo.collection<Suggestion>('suggestions').put({
        _id: id,
        authorId: 'dev-a',
        mode: 'child',
        topic: 'play',
        title: '',
        text: '想要滑梯',
        photoFileIds: [],
        onBehalfOfChild: false,
        visibility: 'visible',
        publication: 'approved',
        status: 'adopted',
        history: [],
        replies: [],
        supportCount: 0,
        createdAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
        updatedAt: '2026-11-01T00:00:00.000Z'
      })
    const support = async (id: string) => dispatch(suggestionsFunction, { action: 'support', id }, await as('dev-fan'))
    const results = await Promise.all(ids.map(support))
    expect(results.filter((r) => r.ok)).toHaveLength(max)
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, error: { code: 'RATE_LIMITED', message: RATE_LIMITS.support.message } }
    ])
    const supported = ids.find((_, i) => results[i].ok)!
    expect(await support(supported)).toEqual({ ok: true, data: { supportCount: 1, added: false } })
    clock = new Date('2026-11-28T03:00:00Z')
    const refused = ids.find((_, i) => !results[i].ok)!
    expect(await support(refused)).toEqual({ ok: true, data: { supportCount: 1, added: true } })
  })

  it('statistics read at most PUBLIC_STATS.maxRows rows from the last 12 months, and say when they stopped', async () => {
    const ctx = await as('dev-stats')
    const nov = PUBLIC_STATS.maxRows - 1
    const put = t.repo.db.prepare('INSERT INTO suggestions (_id, data) VALUES (?, ?)')
    t.repo.transaction(() => {
      // Newest first: nov rows in November, then two in October, then one older than 12 months.
      const at = (i: number) =>
        i < nov
          ? new Date(Date.UTC(2026, 10, 27, 0, 0, 0) - i * 1000)
          : new Date(Date.UTC(i < nov + 2 ? 2026 : 2025, i < nov + 2 ? 9 : 10, 15))
      for (let i = 0; i < nov + 3; i++) {
        const doc = { street: '500103003', visibility: 'visible', status: 'submitted', createdAt: at(i).toISOString() }
        put.run(`stat-${i}`, JSON.stringify({ _id: `stat-${i}`, ...doc }))
      }
    })
    const find = jest.spyOn(Object.getPrototypeOf(t.repo.collection('suggestions')), 'find')
    try {
      const r = await dispatch(suggestionsFunction, { action: 'stats' }, ctx)
      // October was read in part (the cap came first): left out, so the November count is whole.
      expect(r).toEqual({
        ok: true,
        data: {
          byStreetMonth: [{ street: '500103003', month: '2026-11', submitted: nov, adopted: 0 }],
          // November in China starts at 16:00 UTC on 31 October.
          since: '2026-10-31T16:00:00.000Z',
          complete: false
        }
      })
      expect(find.mock.calls.length).toBeLessThanOrEqual(Math.ceil(PUBLIC_STATS.maxRows / PUBLIC_STATS.page))
      for (const [filter, options] of find.mock.calls) {
        expect(filter).toMatchObject({ createdAt: { $gte: '2025-11-30T16:00:00.000Z' } })
        expect((options as { limit: number }).limit).toBeLessThanOrEqual(PUBLIC_STATS.page)
      }
      // Asked again within a minute: the same answer, no read at all.
      find.mockClear()
      expect(await dispatch(suggestionsFunction, { action: 'stats' }, ctx)).toEqual(r)
      expect(find).not.toHaveBeenCalled()
    } finally {
      find.mockRestore()
    }
  })

  it('blocked text is stored for its author but never visible to anyone else', async () => {
    const r = await submit('dev-parent', {
      ...adultBase,
      id: 'blocked-0001',
      text: '这里有人在搞赌博活动，希望管一管这个路口。',
      photoFileIds: []
    })
    expect(r).toMatchObject({ ok: true, data: { visibility: 'blocked' } })
    // Even if a worker adopted it, the public board would not show it.
    await t.repo.collection<Suggestion>('suggestions').update('blocked-0001', { status: 'adopted' })
    const board = await dispatch(suggestionsFunction, { action: 'listPublic' }, await as('dev-anyone'))
    expect(board).toEqual({ ok: true, data: { items: [], hasMore: false } })
    const mine = await dispatch(suggestionsFunction, { action: 'listMine' }, await as('dev-parent'))
    expect(mine.ok && (mine.data as { items: MySuggestion[] }).items.map((s) => s.id)).toEqual(['blocked-0001'])
  })

  it('holds suggestions with images, or doubtful text, for review', async () => {
    expect(await submit('dev-parent', adultBase)).toMatchObject({ ok: true, data: { visibility: 'pending_review' } })
    expect(await submit('dev-parent', { ...childBase, id: 'review-0001', text: '加我微信号聊聊' })).toMatchObject({
      ok: true,
      data: { visibility: 'pending_review' }
    })
    expect(await submit('dev-parent', { ...childBase, id: 'clean-00001' })).toMatchObject({
      ok: true,
      data: { visibility: 'visible' }
    })
  })

  it('listMine and get return only the caller’s own suggestions, without consent records', async () => {
    await submit('dev-a', { ...childBase, id: 'mine-a-0001' })
    clock = new Date('2026-11-28T02:01:00Z')
    await submit('dev-a', { ...adultBase, id: 'mine-a-0002' })
    await submit('dev-b', { ...childBase, id: 'mine-b-0001' })
    const mine = await dispatch(suggestionsFunction, { action: 'listMine' }, await as('dev-a'))
    expect(mine.ok && (mine.data as { items: MySuggestion[] }).items.map((s) => s.id)).toEqual([
      'mine-a-0002',
      'mine-a-0001'
    ])
    expect(mine.ok && (mine.data as { items: MySuggestion[] }).items[0]).not.toHaveProperty('authorId')
    expect(await dispatch(suggestionsFunction, { action: 'get', id: 'mine-b-0001' }, await as('dev-a'))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
    expect(await dispatch(suggestionsFunction, { action: 'get', id: 'mine-a-0001' }, await as('dev-a'))).toMatchObject({
      ok: true,
      data: { id: 'mine-a-0001', history: [{ status: 'submitted' }] }
    })
  })

  it('public board: adopted and visible only, no personal data; support counts once per user', async () => {
    await submit('dev-a', { ...childBase, id: 'pub-00001' })
    await submit('dev-a', { ...childBase, id: 'pub-00002' })
    await t.repo.collection<Suggestion>('suggestions').update('pub-00001', { status: 'adopted' })
    // A child's words: adopted is not enough, a person must have approved them (staff.publish).
    const unapproved = await dispatch(suggestionsFunction, { action: 'listPublic' }, await as('dev-x'))
    expect(unapproved).toEqual({ ok: true, data: { items: [], hasMore: false } })
    await t.repo.collection<Suggestion>('suggestions').update('pub-00001', { publication: 'approved' })
    const board = await dispatch(suggestionsFunction, { action: 'listPublic' }, await as('dev-x'))
    expect(board.ok && (board.data as { items: PublicSuggestion[] }).items.map((s) => s.id)).toEqual(['pub-00001'])
    expect(JSON.stringify(board)).not.toMatch(/dev-a|authorId|contact|consent|latitude/)

    const support = async (who: string, id = 'pub-00001') =>
      dispatch(suggestionsFunction, { action: 'support', id }, await as(who))
    expect(await support('dev-x')).toEqual({ ok: true, data: { supportCount: 1, added: true } })
    expect(await support('dev-x')).toEqual({ ok: true, data: { supportCount: 1, added: false } })
    expect(await support('dev-y')).toEqual({ ok: true, data: { supportCount: 2, added: true } })
    expect(await support('dev-x', 'pub-00002')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    // The board tells each caller what they supported, and nobody else's.
    const supportedBy = async (who: string | null) => {
      const r = await dispatch(suggestionsFunction, { action: 'listPublic' }, await as(who))
      return r.ok && (r.data as { items: Array<{ supportedByMe: boolean }> }).items.map((i) => i.supportedByMe)
    }
    expect(await supportedBy('dev-x')).toEqual([true])
    expect(await supportedBy('dev-z')).toEqual([false])
    expect(await supportedBy(null)).toEqual([false])

    const stats = await dispatch(suggestionsFunction, { action: 'stats' }, await as('dev-x'))
    expect(stats).toEqual({
      ok: true,
      data: {
        byStreetMonth: [{ street: '500103005', month: '2026-11', submitted: 2, adopted: 1 }],
        since: '2025-11-30T16:00:00.000Z',
        complete: true
      }
    })
  })

  it('public board by state: open rows show (办理中) once public, but rows stored before keep their promise', async () => {
    await submit('dev-a', { ...childBase, id: 'open-00001' })
    await submit('dev-a', { ...childBase, id: 'open-00002' })
    const rows = t.repo.collection<Suggestion>('suggestions')
    await rows.update('open-00001', { publication: 'approved', status: 'in_progress' })
    // Stored before open rows were shown: the same state, without the author having been told.
    const before = (await rows.get('open-00002'))!
    const { openOnBoard, ...legacy } = before
    expect(openOnBoard).toBe(true)
    await rows.put({ ...legacy, _id: 'old-000001', publication: 'approved', status: 'in_progress' })
    await rows.put({ ...legacy, _id: 'old-000002', publication: 'approved', status: 'adopted' })
    const ids = async (state?: unknown) => {
      const r = await dispatch(
        suggestionsFunction,
        { action: 'listPublic', ...(state ? { state } : {}) },
        await as('dev-x')
      )
      return r.ok ? (r.data as { items: PublicSuggestion[] }).items.map((s) => [s.id, s.status]) : r
    }
    expect(await ids('open')).toEqual([['open-00001', 'in_progress']])
    // The chip the board always had, and the default: the old row shows once adopted, as promised.
    expect(await ids()).toEqual([['old-000002', 'adopted']])
    expect(await ids('adopted')).toEqual([['old-000002', 'adopted']])
    expect(await ids('closed')).toEqual([])
    // 我也想要 on an open row once public; never on the old open row, nor a child's unapproved one.
    const support = async (id: string) => dispatch(suggestionsFunction, { action: 'support', id }, await as('dev-x'))
    expect(await support('open-00001')).toMatchObject({ ok: true, data: { supportCount: 1 } })
    expect(await support('old-000001')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await support('open-00002')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    for (const bad of ['rejected', 'withdrawn', { $ne: 1 }])
      expect(
        await dispatch(suggestionsFunction, { action: 'listPublic', state: bad }, await as('dev-x'))
      ).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'state', message: '请选择要看的建议状态' } })
  })

  it('public board: refuses a skip that is not a whole number in range, instead of a database error', async () => {
    const board = async (skip: unknown) =>
      dispatch(suggestionsFunction, { action: 'listPublic', skip }, await as('dev-x'))
    for (const bad of [Infinity, -1, 1.5, 'Infinity', '1e9', 2001, { $gt: 0 }])
      expect(await board(bad)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'skip' } })
    for (const good of [undefined, 0, 20, '40', 2000]) expect(await board(good)).toMatchObject({ ok: true })
  })
})
