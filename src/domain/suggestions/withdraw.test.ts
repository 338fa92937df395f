import { STATUSES, type Status } from './model'
import { RETENTION_KINDS, UNLINKED_AUTHOR, holds, retentionComplete, type RetainedSuggestion } from './retention'
import { AUTHOR_DELETED_TITLE, authorEntry, canWithdraw, holdsAuthorData, withoutAuthorData } from './withdraw'

const at = '2026-11-28T02:00:00.000Z'
const row: RetainedSuggestion = {
  _id: 's1',
  mode: 'child',
  topic: 'play',
  title: '我叫王小明',
  text: '我在人和街小学读书，想要秋千',
  photoFileIds: ['local://files/p.jpg'],
  drawingFileId: 'local://files/d.png',
  audioFileId: 'local://files/v.mp3',
  audioDurationMs: 9_000,
  transcript: '我叫王小明，我想要秋千',
  location: { latitude: 29.55, longitude: 106.57, source: 'place', placeId: 'p1', placeName: '某公园' },
  street: '500103003',
  community: '500103003019',
  ageGroup: '6to9',
  onBehalfOfChild: false,
  contact: { name: '妈妈', phone: '13900139000' },
  consent: { version: 'v1', acceptedAt: at },
  authorId: 'dev-kid',
  visibility: 'visible',
  publication: 'approved',
  status: 'adopted',
  history: [{ status: 'submitted', at, by: 'author' }],
  replies: [{ at, by: '王社工', text: '谢谢你的建议' }],
  supportCount: 3,
  createdAt: at,
  updatedAt: at,
  redactedAt: at
}

describe('the author’s own say', () => {
  it('withdraws anything the district has not finished; 已办结 and 已撤回 stay', () => {
    const ok = (Object.keys(STATUSES) as Status[]).filter((status) => canWithdraw({ status }))
    expect(ok).toEqual(['submitted', 'accepted', 'in_progress', 'adopted', 'answered', 'rejected'])
  })

  it('deletes words, pictures, voice and its transcript, contact, consent and the whole location; keeps the district’s record', () => {
    const next = withoutAuthorData(row, '2026-12-01T00:00:00.000Z')
    expect(next).toMatchObject({
      title: AUTHOR_DELETED_TITLE,
      text: '',
      photoFileIds: [],
      authorDeletedAt: '2026-12-01T00:00:00.000Z',
      personalDataPurgedAt: '2026-12-01T00:00:00.000Z',
      // Nothing left to show on the board.
      publication: 'pending',
      topic: 'play',
      street: '500103003',
      community: '500103003019',
      status: 'adopted',
      replies: row.replies,
      supportCount: 3
    })
    for (const gone of [
      'contact',
      'consent',
      'location',
      'drawingFileId',
      'audioFileId',
      'audioDurationMs',
      'transcript'
    ])
      expect(next).not.toHaveProperty(gone)
    expect(JSON.stringify(next)).not.toMatch(/王小明|人和街|13900139000|妈妈|某公园/)
    // Only the link to the author's account is left (the row stays on their 我的, marked deleted);
    // deleting all their data (我的数据) or the retention table takes that too.
    expect(RETENTION_KINDS.filter((k) => holds(next, k))).toEqual(['author'])
    expect(retentionComplete({ ...next, authorId: UNLINKED_AUTHOR })).toBe(true)
    expect(holdsAuthorData(row)).toBe(true)
    expect(holdsAuthorData(next)).toBe(false)
  })

  it('keeps a file storage could not delete, so the purge tries again', () => {
    const next = withoutAuthorData(row, at, ['local://files/d.png'])
    expect(next.drawingFileId).toBe('local://files/d.png')
    expect(next.photoFileIds).toEqual([])
    expect(holdsAuthorData(next)).toBe(true)
    const voiceKept = withoutAuthorData(row, at, ['local://files/v.mp3'])
    expect(voiceKept.audioFileId).toBe('local://files/v.mp3')
    expect(voiceKept).not.toHaveProperty('transcript')
    expect(holdsAuthorData(voiceKept)).toBe(true)
  })

  it('records the step in the history as the author’s, without a word of what was deleted', () => {
    expect(authorEntry(row, 'withdraw', at)).toEqual({ status: 'withdrawn', at, by: 'author' })
    expect(authorEntry(row, 'delete', at)).toEqual({ status: 'adopted', at, by: 'author', event: 'data_deleted' })
  })
})
