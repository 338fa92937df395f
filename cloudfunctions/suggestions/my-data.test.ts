// 我的数据 on the server: myData lists everything linked to the caller (and nobody else's);
// deleteAllMyData deletes all of it after the app's one confirmation: the words, photos, drawings,
// recording, contact, position and 解决了吗 words of every own row (files from storage too) and the
// row's link to the account; supports (the counts recomputed); the link of 纠错 reports; unsent
// uploads. Twice is once; the audit log names kinds, never the person.
import { existsSync } from 'node:fs'
import { fixtureFile } from '../../tests/server/test-context'
import { recordUpload, type UploadRecord } from '../../server/adapters/file-storage'
import type { CorrectionRecord } from '../../src/domain/places/corrections'
import type { MyDataView } from '../../src/domain/suggestions/my-data'
import { UNLINKED_AUTHOR } from '../../src/domain/suggestions/retention'
import { stepNote } from '../../tests/fixtures/staff'
import { COMMUNITY_A, STREET, WHO, adultInA, childInA, staffKit, type StaffKit } from '../../tests/server/test-kit'

const data = <T = any>(r: { ok: boolean; data?: unknown }) => r.data as T

describe('我的数据: everything linked to me, listed and deleted at once', () => {
  let k: StaffKit
  const kid = WHO.citizen
  const other = 'dev-other-citizen'
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
  })
  afterEach(() => k.cleanup())

  /** The child's row with a drawing, a recording and a photo, a neighbour's public row, and the rest. */
  const scene = async () => {
    const [photo, drawing, voice] = [fixtureFile('jpg'), fixtureFile('png'), fixtureFile('mp3')]
    expect(
      await k.submit(kid, {
        ...childInA,
        id: 'mine-00000001',
        title: '我叫王小明',
        text: '我在人和街小学，想要秋千',
        photoFileIds: [photo.id],
        drawingFileId: drawing.id,
        audioFileId: voice.id,
        audioDurationMs: 6_000,
        location: { latitude: 29.5585, longitude: 106.5561, source: 'place', placeId: 'park-1', placeName: '公园' }
      })
    ).toMatchObject({ ok: true })
    expect(
      await k.submit(other, { ...adultInA, id: 'theirs-000001', photoFileIds: [], onBehalfOfChild: false })
    ).toMatchObject({ ok: true })
    for (const to of ['accepted', 'in_progress', 'answered', 'closed'])
      expect(await k.call('workerA', 'transition', { id: 'theirs-000001', to, ...stepNote(to) })).toMatchObject({
        ok: true
      })
    expect(await k.citizen(kid, 'support', { id: 'theirs-000001' })).toMatchObject({ ok: true, data: { added: true } })
    expect(await k.citizen(other, 'support', { id: 'theirs-000001' })).toMatchObject({
      ok: true,
      data: { supportCount: 2 }
    })
    await k.repo.collection<CorrectionRecord>('corrections').put({
      _id: 'corr-mine-0001',
      placeId: 'p-1',
      placeName: '示例托育园',
      kind: 'phone',
      note: '电话打不通',
      status: 'pending',
      reporterId: kid,
      createdAt: k.now().toISOString()
    } as CorrectionRecord)
    const draft = fixtureFile('jpg')
    const name = draft.id.slice('local://files/'.length)
    await recordUpload(k.repo, { _id: name, path: `files/${name}`, owner: kid, at: k.now().toISOString() })
    return { files: [photo, drawing, voice, draft] }
  }

  it('lists my suggestions (as I see them), supports, 纠错 and unsent uploads; nobody else’s', async () => {
    await scene()
    const r = await k.citizen(kid, 'myData')
    expect(r).toMatchObject({ ok: true })
    const v = data<MyDataView>(r)
    expect(v.suggestions.map((s) => s.id)).toEqual(['mine-00000001'])
    expect(v.suggestions[0]).not.toHaveProperty('authorId')
    expect(v.supports).toEqual([{ title: adultInA.title, at: k.now().toISOString() }])
    expect(v.corrections).toMatchObject([{ placeName: '示例托育园', note: '电话打不通', status: 'pending' }])
    expect(v.pendingUploads).toEqual([{ kind: 'image', at: k.now().toISOString() }])
    expect(JSON.stringify(v)).not.toContain(kid)
    expect(data<MyDataView>(await k.citizen(other, 'myData')).suggestions.map((s) => s.id)).toEqual(['theirs-000001'])
    expect(await k.citizen(null as unknown as string, 'myData')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' }
    })
  })

  it('deletes all of it after the confirmation, files too; keeps the district’s record; twice is once', async () => {
    const { files } = await scene()
    expect(await k.citizen(kid, 'deleteAllMyData', {})).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    for (const f of files) expect(existsSync(f.path)).toBe(true)

    const r = await k.citizen(kid, 'deleteAllMyData', { confirmed: true })
    expect(r).toEqual({
      ok: true,
      data: {
        suggestions: 1,
        supports: 1,
        corrections: 1,
        uploads: 1,
        activitySignUps: 0,
        visitRequests: 0,
        council: 0,
        pollAnswers: 0,
        busy: 0,
        filesFailed: 0
      }
    })
    for (const f of files) expect(existsSync(f.path)).toBe(false)
    const row = (await k.stored('mine-00000001'))!
    expect(row.authorId).toBe(UNLINKED_AUTHOR)
    expect(JSON.stringify(row)).not.toMatch(/王小明|人和街|13900139000|妈妈|dev-citizen/)
    for (const gone of ['contact', 'consent', 'location', 'drawingFileId', 'audioFileId'])
      expect(row).not.toHaveProperty(gone)
    expect(row).toMatchObject({ street: STREET, community: COMMUNITY_A, photoFileIds: [] })
    // The neighbour's row counts only the supports that remain.
    expect((await k.stored('theirs-000001'))!.supportCount).toBe(1)
    expect(await k.repo.collection<CorrectionRecord>('corrections').get('corr-mine-0001')).toMatchObject({
      reporterId: null,
      note: '电话打不通'
    })
    expect(await k.repo.collection<UploadRecord>('uploads').count({ owner: kid })).toBe(0)

    // Nothing is linked to me any more: 我的 is empty, and so is 我的数据.
    expect(data(await k.citizen(kid, 'listMine'))).toEqual({ items: [] })
    expect(data<MyDataView>(await k.citizen(kid, 'myData'))).toMatchObject({
      suggestions: [],
      supports: [],
      corrections: [],
      pendingUploads: []
    })
    expect(await k.citizen(kid, 'deleteAllMyData', { confirmed: true })).toEqual({
      ok: true,
      data: {
        suggestions: 0,
        supports: 0,
        corrections: 0,
        uploads: 0,
        activitySignUps: 0,
        visitRequests: 0,
        council: 0,
        pollAnswers: 0,
        busy: 0,
        filesFailed: 0
      }
    })
    // Someone else's data is untouched.
    expect((await k.stored('theirs-000001'))!.authorId).toBe(other)
    const log = JSON.stringify(await k.repo.collection('audit_log').find({ suggestionId: 'mine-00000001' }))
    expect(log).toContain('"unlinked":true')
    expect(log).not.toContain(kid)
  })

  it('a row a worker is changing right then is left for the next try, and said so', async () => {
    await scene()
    const rev = ((await k.stored('mine-00000001'))!.rev ?? 0) + 1
    await k.repo.collection<{ _id: string; [k: string]: unknown }>('audit_log').put({
      _id: `mine-00000001@${rev}`,
      kind: 'moderate',
      at: k.now().toISOString(),
      suggestionId: 'mine-00000001',
      rev
    })
    expect(await k.citizen(kid, 'deleteAllMyData', { confirmed: true })).toMatchObject({
      ok: true,
      data: { suggestions: 0, busy: 1, supports: 1 }
    })
    expect((await k.stored('mine-00000001'))!.authorId).toBe(kid)
  })
})
