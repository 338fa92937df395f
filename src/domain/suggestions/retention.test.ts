// The retention table: every state at every age around each period says exactly what is due.
import { DAY_MS } from '../clock'
import { STATUSES, type Status, type Suggestion } from './model'
import {
  AUTHOR_LINK_DAYS,
  IMAGE_RETENTION_DAYS,
  UNLINKED_AUTHOR,
  RETENTION_RULES,
  UNTOUCHED_DAYS,
  dueForPurge,
  retentionComplete,
  stateEnteredAt,
  withoutDue,
  type RetainedSuggestion,
  type RetentionKind
} from './retention'
import { ANSWERED_STATUSES, isAnswered } from './status'
import { CHILD_CONTACT_RETENTION_DAYS } from './consent'

const now = new Date('2027-06-01T00:00:00.000Z')
const ago = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString()
const MINUTE = 60_000
const justUnder = (days: number) => new Date(now.getTime() - days * DAY_MS + MINUTE).toISOString()
const justOver = (days: number) => new Date(now.getTime() - days * DAY_MS - MINUTE).toISOString()

/** A row holding every kind, that entered `status` at `entered` and was last changed at `changed`. */
function row(status: Status, entered: string, changed = entered): RetainedSuggestion {
  return {
    _id: 'row-00000001',
    mode: 'adult',
    topic: 'play',
    title: '想要一个秋千',
    text: '小区旁边的空地可以放秋千吗',
    photoFileIds: ['local://files/p.jpg'],
    drawingFileId: 'local://files/d.png',
    audioFileId: 'local://files/v.mp3',
    audioDurationMs: 8_000,
    location: { latitude: 29.55, longitude: 106.57, source: 'current' },
    street: '500103003',
    community: '500103003019',
    onBehalfOfChild: false,
    contact: { name: '王', phone: '13900139000' },
    authorId: 'dev-a',
    visibility: 'visible',
    status,
    history: [
      { status: 'submitted', at: ago(900), by: 'author' },
      ...(status === 'submitted' ? [] : [{ status, at: entered, by: '工作人员' }])
    ],
    replies: [],
    supportCount: 0,
    createdAt: ago(900),
    updatedAt: changed,
    redactedAt: ago(900),
    ...(status === 'closed' ? { closedAt: entered } : {})
  } as RetainedSuggestion
}

const kinds = (s: RetainedSuggestion) => Object.fromEntries(dueForPurge(s, now).map((d) => [d.kind, d.rule]))
const ALL: RetentionKind[] = ['contact', 'location', 'images', 'voice', 'originals', 'author']
const personal = {
  contact: 'finished-personal',
  location: 'finished-personal',
  voice: 'finished-personal',
  originals: 'finished-personal'
}

describe('the retention table', () => {
  it('has one rule per period, each naming its kinds, states and start', () => {
    expect(RETENTION_RULES.map((r) => [r.id, r.days, r.from])).toEqual([
      ['finished-personal', CHILD_CONTACT_RETENTION_DAYS, 'stateEntered'],
      ['finished-images', IMAGE_RETENTION_DAYS, 'stateEntered'],
      ['finished-author', AUTHOR_LINK_DAYS, 'stateEntered'],
      ['untouched', UNTOUCHED_DAYS, 'lastChange']
    ])
    expect(ANSWERED_STATUSES).toEqual(['answered', 'rejected', 'closed'])
  })

  const statuses = Object.keys(STATUSES) as Status[]
  // Entered the state at this age, changed last a day ago (so "untouched" never applies), except
  // where the row is as old as its last change.
  describe.each(statuses)('%s', (status) => {
    const finished = isAnswered(status)
    it('fresh: nothing due', () => expect(kinds(row(status, ago(1)))).toEqual({}))
    it('just under the personal period: nothing due', () =>
      expect(kinds(row(status, justUnder(CHILD_CONTACT_RETENTION_DAYS), ago(1)))).toEqual({}))
    it('just over the personal period: contact, location, voice and originals when finished', () =>
      expect(kinds(row(status, justOver(CHILD_CONTACT_RETENTION_DAYS), ago(1)))).toEqual(finished ? personal : {}))
    it('just under the image period: images kept', () =>
      expect(kinds(row(status, justUnder(IMAGE_RETENTION_DAYS), ago(1)))).toEqual(finished ? personal : {}))
    it('just over the image period: images and the author’s link too when finished', () =>
      expect(kinds(row(status, justOver(IMAGE_RETENTION_DAYS), ago(1)))).toEqual(
        finished ? { ...personal, images: 'finished-images', author: 'finished-author' } : {}
      ))
    it('untouched just under a year: only what finishing made due', () => {
      const at = justUnder(UNTOUCHED_DAYS)
      expect(kinds(row(status, at, at))).toEqual(finished ? personal : {})
    })
    it('untouched just over a year: everything, whatever the state', () => {
      const at = justOver(UNTOUCHED_DAYS)
      const expected = finished
        ? { ...personal, images: 'finished-images', author: 'finished-author' }
        : Object.fromEntries(ALL.map((k) => [k, 'untouched']))
      expect(kinds(row(status, at, at))).toEqual(expected)
    })
  })

  it('counts from entering the current state: answered long ago, closed lately keeps its data', () => {
    const s = row('closed', ago(10), ago(10))
    s.history.splice(1, 0, { status: 'answered', at: ago(400), by: '工作人员' })
    expect(stateEnteredAt(s)).toBe(ago(10))
    expect(dueForPurge(s, now)).toEqual([])
  })

  it('without closedAt or a history entry, counts from the last change (never too soon)', () => {
    const s = { ...row('closed', ago(400), ago(100)), closedAt: undefined, history: [] }
    expect(stateEnteredAt(s)).toBe(ago(100))
    expect(dueForPurge(s, now)).toEqual([])
  })

  it('a street centre or a place is not a person’s position; what is absent is never due', () => {
    const s = row('closed', ago(400), ago(400))
    const bare = {
      ...s,
      contact: undefined,
      location: { latitude: 29.55, longitude: 106.57, source: 'street' as const },
      photoFileIds: [],
      drawingFileId: undefined,
      audioFileId: undefined,
      redactedAt: undefined,
      authorId: UNLINKED_AUTHOR
    } as Suggestion
    expect(dueForPurge(bare, now)).toEqual([])
    expect(retentionComplete(bare)).toBe(true)
  })

  it('withoutDue removes the due kinds, keeps undeletable files, and marks completion', () => {
    const s = row('closed', ago(400), ago(400))
    const due = dueForPurge(s, now)
    const at = now.toISOString()
    const partial = withoutDue(s, due, at, ['local://files/d.png'])
    expect(partial).not.toHaveProperty('contact')
    expect(partial).not.toHaveProperty('location')
    expect(partial).not.toHaveProperty('audioFileId')
    expect(partial).not.toHaveProperty('audioDurationMs')
    expect(partial).toMatchObject({ photoFileIds: [], drawingFileId: 'local://files/d.png', personalDataPurgedAt: at })
    expect(partial.purged).toEqual({ contact: at, location: at, voice: at, originals: at })
    expect(partial.retentionDoneAt).toBeUndefined()
    // The author's link stays while a file of theirs is still referenced.
    expect(partial.authorId).toBe('dev-a')
    expect(dueForPurge(partial, now)).toEqual([
      { kind: 'images', rule: 'finished-images' },
      { kind: 'author', rule: 'finished-author' }
    ])
    const done = withoutDue(partial, dueForPurge(partial, now), at)
    expect(done).not.toHaveProperty('drawingFileId')
    expect(done.authorId).toBe(UNLINKED_AUTHOR)
    expect(done.purged).toHaveProperty('author', at)
    expect(done.retentionDoneAt).toBe(at)
    expect(dueForPurge(done, now)).toEqual([])
    // A recording storage could not delete stays referenced, so the next run tries again.
    const voiceKept = withoutDue(s, due, at, ['local://files/v.mp3'])
    expect(voiceKept).toMatchObject({ audioFileId: 'local://files/v.mp3', audioDurationMs: 8_000 })
    expect(voiceKept.purged).not.toHaveProperty('voice')
    // A redaction after the purge makes new originals, due again.
    expect(dueForPurge({ ...done, redactedAt: new Date(now.getTime() + 1).toISOString() }, now)).toEqual([
      { kind: 'originals', rule: 'finished-personal' }
    ])
  })

  it('a phone number in a staff 内部备注 goes with the words at the deadline; the rest of the note stays', () => {
    const s: RetainedSuggestion = {
      ...row('closed', justOver(CHILD_CONTACT_RETENTION_DAYS)),
      mode: 'child',
      internalNotes: [{ id: 'note-0001', at: ago(300), by: '王社工', text: '已电话联系家长 13800138000，约周六去现场' }]
    }
    expect(kinds(s)).toHaveProperty('words')
    const next = withoutDue(s, dueForPurge(s, now), now.toISOString())
    expect(next.internalNotes?.[0].text).not.toContain('13800138000')
    expect(next.internalNotes?.[0].text).toContain('约周六去现场')
    expect(kinds(next)).not.toHaveProperty('words')
  })

  it('a row a worker typed in names no one’s account: it has no link to delete', () => {
    const assisted = {
      ...row('closed', ago(400), ago(400)),
      authorId: 'assisted:row-00000001',
      channel: 'paper' as const
    }
    expect(kinds(assisted)).not.toHaveProperty('author')
  })
})
