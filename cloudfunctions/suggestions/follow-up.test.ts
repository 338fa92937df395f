// 解决了吗？ through the functions: the author answers once per closure; 还没有 reopens the row,
// the worker's inbox marks it 跟进, closing it again asks again; both answers count in the report;
// nobody else can answer (another citizen, the worker who typed in an assisted row); retries are
// one answer; the sentence goes with deleteMyData.
import { existsSync } from 'node:fs'
import { localFileStorage } from '../../server/adapters/file-storage'
import { TEST_FILES_DIR, fixtureFile, recordFixtureUploads } from '../../tests/server/test-context'
import { DAY_MS } from '../../src/domain/clock'
import { RATE_LIMITS } from '../../src/domain/rate-limits'
import { childBase } from '../../tests/fixtures/validation-cases'
import { stepNote } from '../../tests/fixtures/staff'
import { purgeExpired } from '../purge/handler'
import { COMMUNITY_A, STREET, WHO, childInA, staffKit, type StaffKit } from '../../tests/server/test-kit'

const data = (r: { ok: boolean; data?: any }) => r.data

describe('suggestions.followUp (解决了吗？)', () => {
  let k: StaffKit
  const kid = WHO.citizen
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
  })
  afterEach(() => k.cleanup())

  /** Submitted by `openid` (or entered by worker A) and taken to 已办结 by worker A. */
  const closedRow = async (id: string, openid: string | null = kid) => {
    const r =
      openid === null
        ? await k.call('workerA', 'enter', { channel: 'paper', suggestion: { ...childBase, id, street: undefined } })
        : await k.submit(openid, { ...childInA, id })
    expect(r).toMatchObject({ ok: true })
    await closeAgain(id)
  }
  const closeAgain = async (id: string) => {
    const path = ['accepted', 'in_progress', 'answered', 'closed']
    const from = (await k.stored(id))!.status
    for (const to of path.slice(path.indexOf(from) + 1)) {
      k.advance(60_000)
      expect(await k.call('workerA', 'transition', { id, to, ...stepNote(to) })).toMatchObject({ ok: true })
    }
    return (await k.stored(id))!.closedAt!
  }
  const answer = (openid: string, id: string, body: Record<string, unknown>) =>
    k.citizen(openid, 'followUp', { id, ...body })

  it('还没有 reopens the row to 办理中, marked 跟进 in the inbox; the retry is the same answer', async () => {
    await closedRow('follow-0001')
    const closedAt = (await k.stored('follow-0001'))!.closedAt
    k.advance(60_000)
    const r = await answer(kid, 'follow-0001', { answer: 'not_yet', text: '滑梯还是坏的', closedAt })
    expect(r).toMatchObject({ ok: true, data: { status: 'in_progress' } })
    expect(data(r).followUps).toEqual([
      { answer: 'not_yet', at: k.now().toISOString(), closedAt, text: '滑梯还是坏的' }
    ])
    expect(data(r).history.at(-1)).toMatchObject({ status: 'in_progress', by: 'author', event: 'reopened' })

    // A retry (the answer arrived, the phone did not hear back) changes nothing.
    const rev = (await k.stored('follow-0001'))!.rev
    expect(await answer(kid, 'follow-0001', { answer: 'not_yet', text: '滑梯还是坏的', closedAt })).toMatchObject({
      ok: true,
      data: { status: 'in_progress' }
    })
    expect((await k.stored('follow-0001'))!.rev).toBe(rev)
    expect(await answer(kid, 'follow-0001', { answer: 'solved', closedAt })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })

    const inbox = await k.call('workerA', 'inbox', {})
    expect(data(inbox).items.find((i: any) => i.id === 'follow-0001')).toMatchObject({
      followUp: true,
      status: 'in_progress'
    })
    const staffView = await k.call('workerA', 'get', { id: 'follow-0001' })
    expect(data(staffView).followUps[0]).toMatchObject({ answer: 'not_yet', text: '滑梯还是坏的' })
    expect(data(staffView).allowed.transitions).toContain('answered')
    // The audit log names the answer, not the sentence.
    const log = await k.repo.collection('audit_log').find({ kind: 'follow_up' })
    expect(log).toHaveLength(1)
    expect(JSON.stringify(log)).not.toContain('滑梯')

    // Closed again: no longer 跟进, and asked again; 解决了 keeps it closed.
    const second = await closeAgain('follow-0001')
    const again = await k.call('workerA', 'inbox', {})
    expect(data(again).items.find((i: any) => i.id === 'follow-0001')).not.toHaveProperty('followUp')
    const solved = await answer(kid, 'follow-0001', { answer: 'solved', closedAt: second })
    expect(solved).toMatchObject({ ok: true, data: { status: 'closed' } })
    expect(data(solved).followUps.map((f: any) => f.answer)).toEqual(['not_yet', 'solved'])

    // Both answers count in the report of the street and month.
    const report = await k.call('street', 'report', {})
    expect(data(report).satisfaction).toMatchObject({
      solved: 1,
      notYet: 1,
      byStreetMonth: [{ street: STREET, month: '2026-11', solved: 1, notYet: 1 }]
    })
  })

  it('only the author answers: another citizen and the worker of an assisted row get NOT_FOUND', async () => {
    await closedRow('follow-0002')
    const closedAt = (await k.stored('follow-0002'))!.closedAt
    expect(await answer('dev-someone-else', 'follow-0002', { answer: 'not_yet', closedAt })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
    expect(
      await k.citizen(null as unknown as string, 'followUp', { id: 'follow-0002', answer: 'solved', closedAt })
    ).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' }
    })

    await closedRow('follow-0003', null)
    expect((await k.stored('follow-0003'))!.community).toBe(COMMUNITY_A)
    const assistedClosedAt = (await k.stored('follow-0003'))!.closedAt
    expect(await answer(WHO.workerA, 'follow-0003', { answer: 'not_yet', closedAt: assistedClosedAt })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
    expect((await k.stored('follow-0003'))!.status).toBe('closed')
  })

  it('is asked only after 已办结 and validates the answer', async () => {
    expect(await k.submit(kid, { ...childInA, id: 'follow-0004' })).toMatchObject({ ok: true })
    const createdAt = (await k.stored('follow-0004'))!.createdAt
    expect(await answer(kid, 'follow-0004', { answer: 'solved', closedAt: createdAt })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
    await closeAgain('follow-0004')
    const closedAt = (await k.stored('follow-0004'))!.closedAt
    expect(await answer(kid, 'follow-0004', { answer: 'yes', closedAt })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'answer' }
    })
    expect(await answer(kid, 'follow-0004', { answer: 'solved', text: '字'.repeat(201), closedAt })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'text' }
    })
    expect((await k.stored('follow-0004'))!.followUps).toBeUndefined()
  })

  it('deleteMyData removes the sentence and keeps the answer as a figure', async () => {
    await closedRow('follow-0005')
    const closedAt = (await k.stored('follow-0005'))!.closedAt
    expect(await answer(kid, 'follow-0005', { answer: 'solved', text: '我叫王小明，修好了', closedAt })).toMatchObject({
      ok: true
    })
    expect(await k.citizen(kid, 'deleteMyData', { id: 'follow-0005' })).toMatchObject({ ok: true })
    const stored = (await k.stored('follow-0005'))!
    expect(JSON.stringify(stored)).not.toContain('王小明')
    expect(stored.followUps).toEqual([{ answer: 'solved', at: expect.any(String), closedAt }])
  })

  it('is rate limited per caller', async () => {
    const ids = Array.from(
      { length: RATE_LIMITS.followUp.max + 1 },
      (_, i) => `follow-rate-${String(i).padStart(4, '0')}`
    )
    // Submitted over two hours (submit has its own limit), answered within one window.
    for (const id of ids) {
      await closedRow(id)
      k.advance(7 * 60_000)
    }
    const results = []
    for (const id of ids)
      results.push(await answer(kid, id, { answer: 'solved', closedAt: (await k.stored(id))!.closedAt }))
    expect(results.filter((r) => r.ok)).toHaveLength(RATE_LIMITS.followUp.max)
    expect(results.at(-1)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
  })

  describe('a child’s drawing with 还没有', () => {
    /** A drawing stored and recorded as uploaded by `openid` (uploadSlot / POST /cloud/_files). */
    const drawingOf = async (openid: string, ext = 'png') => {
      const f = fixtureFile(ext)
      await recordFixtureUploads(k.repo, openid, { drawingFileId: f.id }, k.now())
      return f
    }
    const answerWithDrawing = async (id: string) => {
      await closedRow(id)
      const closedAt = (await k.stored(id))!.closedAt
      const drawing = await drawingOf(kid)
      const r = await answer(kid, id, { answer: 'not_yet', drawingFileId: drawing.id, closedAt })
      expect(r).toMatchObject({ ok: true, data: { status: 'in_progress' } })
      return { drawing, closedAt }
    }

    it('is stored on the answer once (a retry is the same answer); staff get a link, the public never', async () => {
      const { drawing, closedAt } = await answerWithDrawing('follow-draw-01')
      expect((await k.stored('follow-draw-01'))!.followUps).toEqual([
        { answer: 'not_yet', at: k.now().toISOString(), closedAt, drawingFileId: drawing.id }
      ])
      const rev = (await k.stored('follow-draw-01'))!.rev
      const retry = await answer(kid, 'follow-draw-01', { answer: 'not_yet', drawingFileId: drawing.id, closedAt })
      expect(retry).toMatchObject({ ok: true })
      expect((await k.stored('follow-draw-01'))!.rev).toBe(rev)
      expect((await k.stored('follow-draw-01'))!.followUps).toHaveLength(1)

      const urls = await k.call('workerA', 'imageUrls', { id: 'follow-draw-01' })
      expect(data(urls).followUpDrawings).toEqual({
        [drawing.id]: expect.stringMatching(/^\/cloud\/_files\/[\w-]+\.png\?exp=\d+&sig=/)
      })
      expect(await k.call('workerB', 'imageUrls', { id: 'follow-draw-01' })).toMatchObject({ ok: false })
      expect(Object.keys(data(await k.citizen(kid, 'imageUrls', { id: 'follow-draw-01' })).followUpDrawings)).toEqual([
        drawing.id
      ])
      expect(await k.citizen('dev-someone-else', 'imageUrls', { id: 'follow-draw-01' })).toMatchObject({ ok: false })
      // Approved for the board, it still shows no drawing of the answer anywhere public.
      await k.repo
        .collection('suggestions')
        .update('follow-draw-01', { visibility: 'visible', publication: 'approved', status: 'adopted' })
      const board = await k.citizen('dev-someone-else', 'listPublic', {})
      expect(JSON.stringify(board)).toContain('follow-draw-01')
      expect(JSON.stringify(board)).not.toContain(drawing.id.slice('local://files/'.length))
      const audit = await k.repo.collection('audit_log').find({ kind: 'follow_up' })
      expect(audit.map((e: any) => e.detail)).toEqual([expect.objectContaining({ answer: 'not_yet', drawing: true })])
    })

    it('must be the caller’s own uploaded image', async () => {
      await closedRow('follow-draw-02')
      const closedAt = (await k.stored('follow-draw-02'))!.closedAt
      const someoneElses = await drawingOf('dev-someone-else')
      expect(
        await answer(kid, 'follow-draw-02', { answer: 'not_yet', drawingFileId: someoneElses.id, closedAt })
      ).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'drawingFileId' } })
      const recording = await drawingOf(kid, 'mp3')
      expect(
        await answer(kid, 'follow-draw-02', { answer: 'not_yet', drawingFileId: recording.id, closedAt })
      ).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'drawingFileId' } })
      const mine = await drawingOf(kid)
      expect(await answer(kid, 'follow-draw-02', { answer: 'solved', drawingFileId: mine.id, closedAt })).toMatchObject(
        {
          ok: false,
          error: { code: 'VALIDATION', field: 'drawingFileId' }
        }
      )
      expect((await k.stored('follow-draw-02'))!.followUps).toBeUndefined()
      expect((await k.stored('follow-draw-02'))!.status).toBe('closed')
    })

    it('moderation can remove it (the file is deleted); deleteMyData deletes it', async () => {
      const { drawing } = await answerWithDrawing('follow-draw-03')
      const { rev } = data(await k.call('workerA', 'get', { id: 'follow-draw-03' }))
      const removed = await k.call('workerA', 'moderate', {
        id: 'follow-draw-03',
        op: 'removeImage',
        fileId: drawing.id,
        rev
      })
      expect(removed).toMatchObject({ ok: true })
      expect(data(removed).followUps[0]).not.toHaveProperty('drawingFileId')
      expect(data(removed).followUps[0]).toMatchObject({ answer: 'not_yet' })
      expect(existsSync(drawing.path)).toBe(false)

      const second = await answerWithDrawing('follow-draw-04')
      expect(existsSync(second.drawing.path)).toBe(true)
      expect(await k.citizen(kid, 'deleteMyData', { id: 'follow-draw-04' })).toMatchObject({ ok: true })
      expect(existsSync(second.drawing.path)).toBe(false)
      expect((await k.stored('follow-draw-04'))!.followUps).toEqual([
        { answer: 'not_yet', at: expect.any(String), closedAt: second.closedAt }
      ])
    })

    it('the purge deletes it 180 days after the district’s answer', async () => {
      const { drawing } = await answerWithDrawing('follow-draw-05')
      await closeAgain('follow-draw-05')
      const closedAt = (await k.stored('follow-draw-05'))!.closedAt!
      const files = localFileStorage(k.repo, TEST_FILES_DIR)
      await purgeExpired(k.repo, files, new Date(Date.parse(closedAt) + 179 * DAY_MS))
      expect(existsSync(drawing.path)).toBe(true)
      await purgeExpired(k.repo, files, new Date(Date.parse(closedAt) + 181 * DAY_MS))
      expect(existsSync(drawing.path)).toBe(false)
      const purged = (await k.stored('follow-draw-05')) as any
      expect(purged.followUps[0]).not.toHaveProperty('drawingFileId')
      expect(purged.purged).toHaveProperty('followup')
    })
  })
})
