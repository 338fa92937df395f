import {
  answerForClosure,
  canAnswerFollowUp,
  checkFollowUp,
  closureOf,
  FOLLOW_UP_TEXT_MAX,
  followUpOutboxId,
  followUpRequest,
  isOpenFollowUp
} from './followup'
import type { FollowUp, HistoryEntry, Status } from './model'
import {
  RETENTION_KINDS,
  dueForPurge,
  followUpDrawings,
  holds,
  holdsFollowUpWords,
  storedFiles,
  withoutDue,
  withoutFollowUpWords,
  type RetainedSuggestion
} from './retention'
import { holdsAuthorData, withoutAuthorData } from './withdraw'

const CLOSED_AT = '2026-11-20T02:00:00.000Z'
const AT = '2026-11-21T02:00:00.000Z'
const history: HistoryEntry[] = [
  { status: 'submitted', at: '2026-11-01T02:00:00.000Z', by: 'author' },
  { status: 'answered', at: '2026-11-10T02:00:00.000Z', by: '王老师' },
  { status: 'closed', at: CLOSED_AT, by: '王老师' }
]
const closed = { status: 'closed' as Status, closedAt: CLOSED_AT, history, updatedAt: CLOSED_AT }

describe('解决了吗？ (follow-up rules)', () => {
  it('is asked only in 已办结, once per closure', () => {
    expect(canAnswerFollowUp(closed)).toBe(true)
    for (const status of [
      'submitted',
      'accepted',
      'in_progress',
      'answered',
      'adopted',
      'rejected',
      'withdrawn'
    ] as Status[])
      expect(canAnswerFollowUp({ ...closed, status })).toBe(false)
    const answered = { ...closed, followUps: [{ answer: 'solved', at: AT, closedAt: CLOSED_AT } as FollowUp] }
    expect(canAnswerFollowUp(answered)).toBe(false)
    expect(answerForClosure(answered)).toMatchObject({ answer: 'solved' })
    // Closed again later: a new closure, asked again.
    const reclosed = { ...answered, closedAt: '2026-12-01T00:00:00.000Z' }
    expect(canAnswerFollowUp(reclosed)).toBe(true)
  })

  it('older rows without closedAt use the last staff closing in the history', () => {
    const { closedAt: _c, ...old } = closed
    expect(closureOf(old)).toBe(CLOSED_AT)
  })

  it('解决了 keeps 已办结 and records the answer with a history entry by the author', () => {
    const r = checkFollowUp(closed, { answer: 'solved', text: '  滑梯修好了 ', closedAt: CLOSED_AT }, AT)
    expect(r).toEqual({
      ok: true,
      followUp: { answer: 'solved', at: AT, closedAt: CLOSED_AT, text: '滑梯修好了' },
      patch: {
        status: 'closed',
        history: [...history, { status: 'closed', at: AT, by: 'author', event: 'confirmed_solved' }],
        followUps: [{ answer: 'solved', at: AT, closedAt: CLOSED_AT, text: '滑梯修好了' }]
      }
    })
  })

  it('还没有 reopens to 办理中 (shown 跟进 until closed again); the history only grows', () => {
    const r = checkFollowUp(closed, { answer: 'not_yet', closedAt: CLOSED_AT }, AT)
    if (!r.ok || 'repeat' in r) throw new Error('expected an answer')
    expect(r.patch.status).toBe('in_progress')
    expect(r.patch.history.slice(0, history.length)).toEqual(history)
    expect(r.patch.history.at(-1)).toEqual({ status: 'in_progress', at: AT, by: 'author', event: 'reopened' })
    expect(r.followUp).not.toHaveProperty('text')
    const reopened = { ...closed, ...r.patch }
    expect(isOpenFollowUp(reopened)).toBe(true)
    expect(canAnswerFollowUp(reopened)).toBe(false)
    expect(isOpenFollowUp({ ...reopened, status: 'closed' })).toBe(false)
    expect(isOpenFollowUp({ ...reopened, status: 'withdrawn' })).toBe(false)
    expect(isOpenFollowUp({ status: 'in_progress' })).toBe(false)
  })

  it('a retry of the same answer is a repeat, even after it reopened the row; another answer is refused', () => {
    const first = checkFollowUp(closed, { answer: 'not_yet', closedAt: CLOSED_AT }, AT)
    if (!first.ok || 'repeat' in first) throw new Error('expected an answer')
    const after = { ...closed, ...first.patch }
    expect(checkFollowUp(after, { answer: 'not_yet', closedAt: CLOSED_AT }, AT)).toEqual({ ok: true, repeat: true })
    expect(checkFollowUp(after, { answer: 'solved', closedAt: CLOSED_AT }, AT)).toMatchObject({
      ok: false,
      code: 'CONFLICT'
    })
  })

  it('refuses bad input, an open row and a closure the author did not see', () => {
    const bad = (req: Parameters<typeof checkFollowUp>[1]) => checkFollowUp(closed, req, AT)
    expect(bad({ answer: 'maybe', closedAt: CLOSED_AT })).toMatchObject({ ok: false, field: 'answer' })
    expect(bad({ answer: 'solved', text: 3, closedAt: CLOSED_AT })).toMatchObject({ ok: false, field: 'text' })
    expect(bad({ answer: 'solved', text: '字'.repeat(FOLLOW_UP_TEXT_MAX + 1), closedAt: CLOSED_AT })).toMatchObject({
      ok: false,
      field: 'text'
    })
    expect(bad({ answer: 'solved', text: '字'.repeat(FOLLOW_UP_TEXT_MAX), closedAt: CLOSED_AT })).toMatchObject({
      ok: true
    })
    expect(bad({ answer: 'solved', closedAt: undefined })).toMatchObject({ ok: false, field: 'closedAt' })
    expect(bad({ answer: 'solved', closedAt: '2026-01-01T00:00:00.000Z' })).toMatchObject({
      ok: false,
      code: 'CONFLICT'
    })
    expect(
      checkFollowUp({ ...closed, status: 'answered' }, { answer: 'solved', closedAt: CLOSED_AT }, AT)
    ).toMatchObject({ ok: false, code: 'CONFLICT' })
  })
})

/** A child's closed suggestion as stored, with the given answers. */
const storedRow = (id: string, followUps: FollowUp[]) =>
  ({
    _id: id,
    mode: 'child',
    topic: 'play',
    title: '滑梯',
    text: '滑梯坏了',
    photoFileIds: [],
    onBehalfOfChild: false,
    authorId: 'dev-a',
    visibility: 'visible',
    ...closed,
    followUps,
    replies: [],
    supportCount: 0,
    createdAt: '2026-11-01T02:00:00.000Z'
  }) as RetainedSuggestion

describe('the follow-up sentence is the author’s data', () => {
  const followUps: FollowUp[] = [{ answer: 'not_yet', at: AT, closedAt: CLOSED_AT, text: '我叫小明，滑梯还是坏的' }]
  const row = storedRow('row-00000001', followUps)

  it('withoutFollowUpWords keeps the answers (figures), drops the sentences', () => {
    expect(withoutFollowUpWords(followUps)).toEqual([{ answer: 'not_yet', at: AT, closedAt: CLOSED_AT }])
  })

  it('the purge deletes it 180 days after the district’s answer, like the contact', () => {
    expect(dueForPurge(row, new Date('2026-12-01T00:00:00.000Z'))).toEqual([])
    const later = new Date('2027-06-30T00:00:00.000Z')
    expect(dueForPurge(row, later)).toEqual([{ kind: 'followup', rule: 'finished-personal' }])
    const purged = withoutDue(row, dueForPurge(row, later), later.toISOString())
    expect(JSON.stringify(purged)).not.toContain('小明')
    expect(purged.followUps).toEqual([{ answer: 'not_yet', at: AT, closedAt: CLOSED_AT }])
    // Only the author's link is left, and it goes later (with the images' period).
    expect(purged.retentionDoneAt).toBeUndefined()
    expect(RETENTION_KINDS.filter((k) => holds(purged, k))).toEqual(['author'])
  })

  it('withdraw / deleteMyData remove it, and a row holding only it still counts as holding data', () => {
    const deleted = withoutAuthorData(row, AT)
    expect(JSON.stringify(deleted)).not.toContain('小明')
    expect(deleted.followUps).toHaveLength(1)
    expect(holdsAuthorData(deleted)).toBe(false)
    expect(holdsAuthorData({ ...deleted, followUps })).toBe(true)
  })
})

describe('a child’s drawing with 还没有', () => {
  const DRAWING = 'local://files/0f0e0d0c-drawing.png'
  const childClosed = { ...closed, mode: 'child' as const }

  it('is recorded on the answer; followUpDrawings lists it', () => {
    const r = checkFollowUp(childClosed, { answer: 'not_yet', drawingFileId: DRAWING, closedAt: CLOSED_AT }, AT)
    if (!r.ok || 'repeat' in r) throw new Error('expected an answer')
    expect(r.followUp).toEqual({ answer: 'not_yet', at: AT, closedAt: CLOSED_AT, drawingFileId: DRAWING })
    expect(followUpDrawings({ followUps: r.patch.followUps })).toEqual([DRAWING])
    expect(followUpDrawings({})).toEqual([])
  })

  it('must be an image file id, with 还没有, on a child’s suggestion', () => {
    const ask = (row: Parameters<typeof checkFollowUp>[0], answer: string, drawingFileId: unknown) =>
      checkFollowUp(row, { answer, drawingFileId, closedAt: CLOSED_AT }, AT)
    for (const bad of ['local://files/x.mp3', 'https://example.com/a.png', 'cloud://env/a', 7, ''])
      expect(ask(childClosed, 'not_yet', bad)).toMatchObject({ ok: false, field: 'drawingFileId' })
    expect(ask(childClosed, 'solved', DRAWING)).toMatchObject({ ok: false, field: 'drawingFileId' })
    expect(ask({ ...closed, mode: 'adult' }, 'not_yet', DRAWING)).toMatchObject({ ok: false, field: 'drawingFileId' })
    expect(ask(childClosed, 'not_yet', 'cloud://env-1.abc/uploads/t/k.JPG')).toMatchObject({ ok: true })
    expect(ask(childClosed, 'not_yet', null)).toMatchObject({ ok: true })
  })

  it('is the author’s data: purge, withdraw and deleteMyData take it (and its file), the answer stays', () => {
    const followUps: FollowUp[] = [{ answer: 'not_yet', at: AT, closedAt: CLOSED_AT, drawingFileId: DRAWING }]
    const row = storedRow('row-00000002', followUps)
    expect(holdsFollowUpWords(row)).toBe(true)
    expect(storedFiles(row, ['followup'])).toEqual([DRAWING])
    expect(storedFiles(row, ['images', 'voice'])).toEqual([])
    const later = new Date('2027-06-30T00:00:00.000Z')
    expect(dueForPurge(row, later)).toEqual([{ kind: 'followup', rule: 'finished-personal' }])
    const purged = withoutDue(row, dueForPurge(row, later), later.toISOString())
    expect(purged.followUps).toEqual([{ answer: 'not_yet', at: AT, closedAt: CLOSED_AT }])
    expect(purged.purged?.followup).toBe(later.toISOString())
    // A file storage could not delete stays referenced, and the kind stays due for the next run.
    const kept = withoutDue(row, dueForPurge(row, later), later.toISOString(), [DRAWING])
    expect(kept.followUps).toEqual(followUps)
    expect(kept.purged?.followup).toBeUndefined()
    expect(kept.retentionDoneAt).toBeUndefined()
    const deleted = withoutAuthorData(row, AT)
    expect(JSON.stringify(deleted)).not.toContain(DRAWING)
    expect(holdsAuthorData({ ...deleted, followUps })).toBe(true)
  })
})

describe('a drawing answer waiting on the phone', () => {
  const draft = { id: 's1', closedAt: CLOSED_AT, text: ' 还是坏的 ', drawingPath: 'wxfile://usr/followup-s1.png' }
  it('is one outbox item per suggestion and closure, sent once the drawing is uploaded', () => {
    expect(followUpOutboxId(draft)).toBe(`s1@${CLOSED_AT}`)
    expect(followUpRequest(draft, {})).toBeNull()
    expect(followUpRequest(draft, { [draft.drawingPath]: 'cloud://env.b/suggestions/x.png' })).toEqual({
      id: 's1',
      answer: 'not_yet',
      closedAt: CLOSED_AT,
      text: '还是坏的',
      drawingFileId: 'cloud://env.b/suggestions/x.png'
    })
    expect(
      followUpRequest({ ...draft, text: '  ' }, { [draft.drawingPath]: 'local://files/x.png' })
    ).not.toHaveProperty('text')
  })
})
