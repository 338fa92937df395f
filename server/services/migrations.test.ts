// The community-code migration on a real SQLite database: old codes mapped by name in
// suggestions, places and staff scopes, unknown ones cleared with the old value kept, and
// nothing touched twice.
import {
  COMMUNITY_CODES_MIGRATION,
  PUBLICATION_MIGRATION,
  UPLOADS_MIGRATION,
  AUTHOR_LINK_MIGRATION,
  RETENTION_WORDS_MIGRATION,
  DEADLINES_MIGRATION,
  REFUSED_CLOSED_MIGRATION,
  migrateAuthorLink,
  migrateRefusedClosed,
  migrateCommunityCodes,
  migratePublication,
  migrateRetentionWords,
  migrateUploads,
  runMigrations
} from './migrations'
import { tempRepo } from '../../tests/server/test-repo'

type AnyDoc = { _id: string; [field: string]: unknown }
const now = new Date('2026-12-01T00:00:00.000Z')

describe('community codes migration', () => {
  let t: ReturnType<typeof tempRepo>
  const col = (name: 'suggestions' | 'places' | 'staff' | 'app_events') => t.repo.collection<AnyDoc>(name)

  beforeEach(async () => {
    t = tempRepo()
    const suggestions = [
      { _id: 's-zourong', street: '500103003', community: '500103003022' }, // 邹容路: …022 → …017
      { _id: 's-gongyuan', street: '500103003', community: '500103003017' }, // 公园路: gone
      { _id: 's-dajing', street: '500103003', community: '500103003019' }, // unchanged
      { _id: 's-street', street: '500103005' },
      // Already migrated by a run that stopped early: …017 is 邹容路 now, and must stay.
      {
        _id: 's-done',
        street: '500103003',
        community: '500103003017',
        legacyCommunity: { code: '500103003022', name: '邹容路' }
      }
    ]
    for (const s of suggestions)
      await col('suggestions').put({ ...s, text: '想要秋千', status: 'submitted', mode: 'adult', authorId: 'o-x' })
    await col('places').put({ _id: 'p-1', name: '示例', street: '500103005', community: '500103005013' })
    await col('places').put({ _id: 'p-2', name: '曾家岩', street: '500103005', community: '500103005014' })
    await col('staff').put({
      _id: 'w-1',
      openid: 'o-1',
      role: 'community_worker',
      scope: { street: '500103003', communities: ['500103003022', '500103008011'] },
      name: '社工',
      active: true
    })
    await col('staff').put({
      _id: 'w-2',
      openid: 'o-2',
      role: 'community_worker',
      scope: { communities: ['500103003019'] },
      name: '社工二',
      active: true
    })
  })
  afterEach(() => t.cleanup())

  it('maps by name, clears what is no longer listed, and reports what an admin must look at', async () => {
    const report = await migrateCommunityCodes(t.repo, now)
    expect(report).toEqual({
      mapped: { suggestions: 1, places: 0 },
      cleared: [
        { collection: 'suggestions', id: 's-gongyuan', code: '500103003017', name: '公园路' },
        { collection: 'places', id: 'p-1', code: '500103005013', name: '上清寺路' }
      ],
      staff: [{ id: 'w-1', dropped: ['500103008011'] }]
    })
    expect(await col('suggestions').get('s-zourong')).toMatchObject({
      community: '500103003017',
      street: '500103003',
      legacyCommunity: { code: '500103003022', name: '邹容路' }
    })
    const cleared = await col('suggestions').get('s-gongyuan')
    expect(cleared).toMatchObject({ street: '500103003', text: '想要秋千', legacyCommunity: { name: '公园路' } })
    expect(cleared).not.toHaveProperty('community')
    expect(await col('suggestions').get('s-dajing')).not.toHaveProperty('legacyCommunity')
    expect(await col('suggestions').get('s-done')).toMatchObject({ community: '500103003017' })
    expect(await col('places').get('p-1')).not.toHaveProperty('community')
    expect(await col('places').get('p-2')).toMatchObject({ community: '500103005014' })
    expect(await col('staff').get('w-1')).toMatchObject({
      scope: { street: '500103003', communities: ['500103003017'] },
      legacyCommunities: ['500103003022', '500103008011']
    })
    expect(await col('staff').get('w-2')).not.toHaveProperty('legacyCommunities')
    expect(await col('app_events').get(COMMUNITY_CODES_MIGRATION)).toMatchObject({ kind: 'migrated' })
  })

  it('runs once: a second run changes nothing, even records that now carry a changed code', async () => {
    expect(Object.keys(await runMigrations(t.repo, now))).toEqual([
      COMMUNITY_CODES_MIGRATION,
      PUBLICATION_MIGRATION,
      UPLOADS_MIGRATION,
      AUTHOR_LINK_MIGRATION,
      RETENTION_WORDS_MIGRATION,
      DEADLINES_MIGRATION,
      REFUSED_CLOSED_MIGRATION
    ])
    // Written after the migration with the new meaning of …017 (邹容路).
    await col('suggestions').put({ _id: 's-new', street: '500103003', community: '500103003017' })
    expect(await runMigrations(t.repo, now)).toEqual({})
    expect(await migrateCommunityCodes(t.repo, now)).toBeNull()
    expect(await col('suggestions').get('s-new')).toMatchObject({ community: '500103003017' })
    expect(await col('suggestions').get('s-zourong')).toMatchObject({ community: '500103003017' })
  })
})

describe('publication migration', () => {
  let t: ReturnType<typeof tempRepo>
  const suggestions = () => t.repo.collection<AnyDoc>('suggestions')
  const base = { status: 'finished', visibility: 'visible', street: '500103003', text: '想要秋千' }

  beforeEach(async () => {
    t = tempRepo()
    await suggestions().put({ ...base, _id: 's-adult', mode: 'adult', onBehalfOfChild: false, authorId: 'o-a' })
    await suggestions().put({ ...base, _id: 's-child', mode: 'child', onBehalfOfChild: false, authorId: 'o-c' })
    await suggestions().put({ ...base, _id: 's-for-child', mode: 'adult', onBehalfOfChild: true, authorId: 'o-p' })
    await suggestions().put({
      ...base,
      _id: 's-assisted',
      mode: 'adult',
      onBehalfOfChild: false,
      authorId: 'assisted:s-assisted',
      channel: 'visit'
    })
    // Already reviewed under the new rule: stays as it is.
    await suggestions().put({
      ...base,
      _id: 's-approved',
      mode: 'child',
      onBehalfOfChild: false,
      authorId: 'o-c',
      publication: 'approved'
    })
  })
  afterEach(() => t.cleanup())

  it('keeps adults’ rows public and sends children’s, for-a-child and assisted rows to review', async () => {
    expect(await migratePublication(t.repo, now)).toEqual({ auto: 1, pending: 3 })
    const state = async (id: string) => ((await suggestions().get(id)) as AnyDoc).publication
    expect(await state('s-adult')).toBe('auto')
    expect(await state('s-child')).toBe('pending')
    expect(await state('s-for-child')).toBe('pending')
    expect(await state('s-assisted')).toBe('pending')
    expect(await state('s-approved')).toBe('approved')
    expect(await suggestions().get('s-child')).toMatchObject({ text: '想要秋千', status: 'finished' })
  })

  it('runs once', async () => {
    await migratePublication(t.repo, now)
    await suggestions().put({ ...base, _id: 's-later', mode: 'child', onBehalfOfChild: false, authorId: 'o-c' })
    expect(await migratePublication(t.repo, now)).toBeNull()
    expect(await suggestions().get('s-later')).not.toHaveProperty('publication')
  })
})

describe('uploads migration', () => {
  let t: ReturnType<typeof tempRepo>
  const col = (name: 'suggestions' | 'uploads' | 'app_events') => t.repo.collection<AnyDoc>(name)
  const upload = (name: string, owner: string, extra: object = {}) =>
    col('uploads').put({ _id: name, path: `files/${name}`, owner, at: '2026-09-01T00:00:00.000Z', ...extra })

  beforeEach(async () => {
    t = tempRepo()
    // Written before claims existed: a photo, a drawing, a recording, a worker's paper photo and
    // a 解决了吗 drawing, none marked claimed.
    await col('suggestions').put({
      _id: 's-old',
      authorId: 'o-parent',
      photoFileIds: ['local://files/photo.jpg'],
      drawingFileId: 'local://files/drawing.png',
      audioFileId: 'local://files/voice.mp3',
      followUps: [
        {
          answer: 'not_yet',
          at: now.toISOString(),
          closedAt: now.toISOString(),
          drawingFileId: 'local://files/answer.png'
        }
      ]
    })
    await col('suggestions').put({
      _id: 's-paper',
      authorId: 'assisted:s-paper',
      enteredById: 'o-worker',
      photoFileIds: ['local://files/paper.jpg']
    })
    for (const name of ['photo.jpg', 'drawing.png', 'voice.mp3', 'answer.png']) await upload(name, 'o-parent')
    await upload('paper.jpg', 'o-worker')
    // Never sent: stays unclaimed, for the purge.
    await upload('draft.jpg', 'o-parent')
    // Claimed by a submission the rate limit then refused, so no row has it: released.
    await upload('refused.jpg', 'o-parent', {
      claimedAt: '2026-11-20T00:00:00.000Z',
      fileId: 'local://files/refused.jpg'
    })
  })
  afterEach(() => t.cleanup())

  it('marks every upload a row refers to claimed, with the id the row uses, and releases claimed ones no row has', async () => {
    expect(await migrateUploads(t.repo, now)).toEqual({ claimed: 5, released: 1 })
    for (const name of ['photo.jpg', 'drawing.png', 'voice.mp3', 'answer.png', 'paper.jpg'])
      expect(await col('uploads').get(name)).toMatchObject({
        claimedAt: now.toISOString(),
        fileId: `local://files/${name}`
      })
    expect(await col('uploads').get('draft.jpg')).not.toHaveProperty('claimedAt')
    expect(await col('uploads').get('refused.jpg')).toMatchObject({ claimedAt: null })
    expect(await col('app_events').get(UPLOADS_MIGRATION)).toMatchObject({ kind: 'migrated', report: { claimed: 5 } })
    expect(await col('app_events').get(`${UPLOADS_MIGRATION}:progress`)).toBeNull()
    expect(await migrateUploads(t.repo, now)).toBeNull()
  })

  it('a run cut short continues after the last record it handled', async () => {
    await col('app_events').put({
      _id: `${UPLOADS_MIGRATION}:progress`,
      kind: 'migrating',
      at: now.toISOString(),
      after: 'paper.jpg',
      report: { claimed: 4, released: 0 }
    })
    // Records up to paper.jpg were handled by the run that stopped; only the rest are looked at
    // (photo.jpg, refused.jpg, voice.mp3), counted on top of what it had done.
    expect(await migrateUploads(t.repo, now)).toEqual({ claimed: 6, released: 1 })
    expect(await col('uploads').get('answer.png')).not.toHaveProperty('claimedAt')
    expect(await col('uploads').get('photo.jpg')).toMatchObject({ claimedAt: now.toISOString() })
  })
})

describe('author link migration', () => {
  let t: ReturnType<typeof tempRepo>
  afterEach(() => t.cleanup())

  it('hands rows the purge had finished with, but that still name their author, back to the purge', async () => {
    t = tempRepo()
    const col = t.repo.collection<AnyDoc>('suggestions')
    await col.put({ _id: 's-done-linked', authorId: 'o-parent', retentionDoneAt: '2026-10-01T00:00:00.000Z' })
    await col.put({
      _id: 's-done-assisted',
      authorId: 'assisted:s-done-assisted',
      channel: 'paper',
      retentionDoneAt: '2026-10-01T00:00:00.000Z'
    })
    await col.put({ _id: 's-open', authorId: 'o-parent' })
    expect(await migrateAuthorLink(t.repo, now)).toEqual({ reopened: 1 })
    expect(await col.get('s-done-linked')).toMatchObject({ retentionDoneAt: null })
    expect(await col.get('s-done-assisted')).toMatchObject({ retentionDoneAt: '2026-10-01T00:00:00.000Z' })
    expect(await migrateAuthorLink(t.repo, now)).toBeNull()
  })
})

describe('retention words migration', () => {
  let t: ReturnType<typeof tempRepo>
  const suggestions = () => t.repo.collection<AnyDoc>('suggestions')
  const base = { status: 'closed', mode: 'child', authorId: 'o-c', title: '', replies: [], history: [] }

  beforeEach(async () => {
    t = tempRepo()
    const done = '2026-06-01T00:00:00.000Z'
    await suggestions().put({ ...base, _id: 's-named', text: '我叫王小明，想要秋千', retentionDoneAt: done })
    await suggestions().put({
      ...base,
      _id: 's-reply',
      text: '想要秋千',
      replies: [{ at: done, by: '社工', text: '有事请打13900139000' }],
      retentionDoneAt: done
    })
    await suggestions().put({ ...base, _id: 's-plain', text: '想要秋千', retentionDoneAt: done })
    await suggestions().put({ ...base, _id: 's-open', text: '我叫王小明' })
  })
  afterEach(() => t.cleanup())

  it('hands the purge back the finished rows whose words look personal, once', async () => {
    expect(await migrateRetentionWords(t.repo, now)).toEqual({ reopened: 2 })
    const done = async (id: string) => ((await suggestions().get(id)) as AnyDoc).retentionDoneAt ?? null
    expect(await done('s-named')).toBeNull()
    expect(await done('s-reply')).toBeNull()
    expect(await done('s-plain')).toBe('2026-06-01T00:00:00.000Z')
    expect(await migrateRetentionWords(t.repo, now)).toBeNull()
    expect(Object.keys(await runMigrations(t.repo, now))).not.toContain(RETENTION_WORDS_MIGRATION)
  })
})

describe('refused-not-closed migration', () => {
  let t: ReturnType<typeof tempRepo>
  const suggestions = () => t.repo.collection<AnyDoc>('suggestions')
  const step = (status: string, extra: object = {}) => ({
    status,
    at: '2026-11-01T00:00:00.000Z',
    by: '街道',
    ...extra
  })

  beforeEach(async () => {
    t = tempRepo()
    const base = { mode: 'adult', authorId: 'o-a', text: '想要天桥', replies: [] }
    await suggestions().put({
      ...base,
      _id: 's-refused-closed',
      status: 'closed',
      history: [
        step('submitted'),
        step('in_progress'),
        step('rejected', { note: '不在本区职责' }),
        step('closed', { note: '已办结' })
      ]
    })
    await suggestions().put({
      ...base,
      _id: 's-adopted-closed',
      status: 'closed',
      history: [step('submitted'), step('rejected'), step('in_progress'), step('adopted'), step('closed')]
    })
    await suggestions().put({ ...base, _id: 's-refused', status: 'rejected', history: [step('rejected')] })
  })
  afterEach(() => t.cleanup())

  it('takes a refusal closed as 已办结 back to 不予采纳, history kept; anything else stays, once', async () => {
    expect(await migrateRefusedClosed(t.repo, now)).toEqual({ refused: 1 })
    const row = await suggestions().get('s-refused-closed')
    expect(row).toMatchObject({ status: 'rejected' })
    expect((row!.history as unknown[]).length).toBe(4)
    expect(await suggestions().get('s-adopted-closed')).toMatchObject({ status: 'closed' })
    expect(await suggestions().get('s-refused')).toMatchObject({ status: 'rejected' })
    expect(await migrateRefusedClosed(t.repo, now)).toBeNull()
  })
})
