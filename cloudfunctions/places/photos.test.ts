// 机构照片 on SQLite: a district admin adds their own uploads to a place after confirming they may
// be public; anyone then gets the place with short-lived links (never the file ids); removed
// photos are deleted from storage; someone else's upload, too many, or no confirmation are refused.
import { existsSync } from 'node:fs'
import { toPlaceDoc, type Place } from '../../src/domain/places/model'
import { MAX_PLACE_PHOTOS } from '../../src/domain/places/photos'
import { recordUpload } from '../../server/adapters/file-storage'
import type { AuditEntry } from '../../server/services/audit'
import { DEMO_STAFF } from '../../server/local/seed'
import type { CloudFunction } from '../../server/function'
import type { FunctionName } from '../../src/domain/cloud-api'
import { fixtureFile } from '../../tests/server/test-context'
import { WHO, functionCaller } from '../../tests/server/test-kit'
import { tempRepo } from '../../tests/server/test-repo'
import { placesFunction } from './handler'

const CENTRE: Place = {
  id: 'cc-photos',
  name: '示例托育园（照片）',
  category: 'childcare',
  phones: [],
  facilities: [],
  source: '示例',
  demo: true
}

describe('机构照片 (SQLite)', () => {
  let t: ReturnType<typeof tempRepo>
  const clock = new Date('2026-12-07T02:00:00.000Z')
  beforeEach(async () => {
    t = tempRepo()
    for (const s of DEMO_STAFF) await t.repo.collection('staff').put(s)
    await t.repo.collection('places').put(toPlaceDoc(CENTRE))
  })
  afterEach(() => t.cleanup())
  const { call, data } = functionCaller(
    placesFunction as CloudFunction<FunctionName>,
    () => t.repo,
    () => clock
  )
  const placeId = CENTRE.id
  /** A photo uploaded by `owner` (as POST /cloud/_files records it). */
  const upload = async (owner: string) => {
    const f = fixtureFile('jpg')
    await recordUpload(t.repo, {
      _id: f.id.slice('local://files/'.length),
      path: `files/${f.id.slice(14)}`,
      owner,
      at: clock.toISOString()
    })
    return f
  }

  it('an admin adds photos after confirming; anyone gets links, never the ids; a removed one is deleted', async () => {
    const [a, b] = [await upload(WHO.district), await upload(WHO.district)]
    expect(
      await call(WHO.district, 'savePlacePhotos', { placeId, fileIds: [a.id, b.id], confirmed: false })
    ).toMatchObject({
      ok: false,
      error: { field: 'confirmed', message: expect.stringContaining('没有能认出来的孩子') }
    })
    const saved = await data(WHO.district, 'savePlacePhotos', { placeId, fileIds: [a.id, b.id], confirmed: true })
    expect(saved).toMatchObject({ confirmedOn: '2026-12-07', updatedByName: expect.any(String) })
    expect(saved.photos.map((p: { fileId: string }) => p.fileId)).toEqual([a.id, b.id])

    const got = await data('o-parent', 'get', { id: placeId })
    expect(got.photos).toHaveLength(2)
    expect(got.photos[0]).toMatch(/^\/cloud\/_files\/.+\?exp=\d+&sig=/)
    expect(JSON.stringify(got)).not.toContain('local://')
    expect(JSON.stringify(got)).not.toContain(WHO.district)

    // The same set again writes nothing new; one removed is gone from storage too.
    await data(WHO.district, 'savePlacePhotos', { placeId, fileIds: [a.id, b.id], confirmed: true })
    expect(await t.repo.collection<AuditEntry>('audit_log').count({ kind: 'save_place_photos' })).toBe(1)
    await data(WHO.district, 'savePlacePhotos', { placeId, fileIds: [b.id], confirmed: true })
    expect(existsSync(a.path)).toBe(false)
    expect(existsSync(b.path)).toBe(true)
    expect((await data('o-parent', 'get', { id: placeId })).photos).toHaveLength(1)
    await data(WHO.district, 'savePlacePhotos', { placeId, fileIds: [], confirmed: false })
    expect((await data('o-parent', 'get', { id: placeId })).photos).toBeUndefined()
  })

  it('two admins saving at once: one set is stored whole, the other is told to look again', async () => {
    const [a, b] = [await upload(WHO.district), await upload(WHO.district)]
    const results = await Promise.all([
      call(WHO.district, 'savePlacePhotos', { placeId, fileIds: [a.id], confirmed: true }),
      call(WHO.district, 'savePlacePhotos', { placeId, fileIds: [b.id], confirmed: true })
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok)).toEqual([
      expect.objectContaining({ error: expect.objectContaining({ code: 'CONFLICT' }) })
    ])
    const won = results.find((r) => r.ok)!.data.photos.map((p: { fileId: string }) => p.fileId)
    expect(
      (await data(WHO.district, 'placePhotos', { placeId })).photos.map((p: { fileId: string }) => p.fileId)
    ).toEqual(won)
  })

  it('refuses someone else’s upload, too many, a non-image, a missing place and anyone but a district admin', async () => {
    const theirs = await upload('o-someone-else')
    expect(
      await call(WHO.district, 'savePlacePhotos', { placeId, fileIds: [theirs.id], confirmed: true })
    ).toMatchObject({
      ok: false,
      error: { field: 'photos', message: '图片没有上传成功，请重新选择' }
    })
    const many = Array.from({ length: MAX_PLACE_PHOTOS + 1 }, (_, i) => `local://files/${'a'.repeat(31)}${i}.jpg`)
    expect(await call(WHO.district, 'savePlacePhotos', { placeId, fileIds: many, confirmed: true })).toMatchObject({
      ok: false,
      error: { message: `最多 ${MAX_PLACE_PHOTOS} 张照片` }
    })
    expect(
      await call(WHO.district, 'savePlacePhotos', { placeId, fileIds: ['local://files/x.mp3'], confirmed: true })
    ).toMatchObject({ ok: false, error: { field: 'photos' } })
    expect(
      await call(WHO.district, 'savePlacePhotos', { placeId: 'nowhere', fileIds: [], confirmed: true })
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
    for (const who of [WHO.street, WHO.workerA, 'o-parent'])
      expect(await call(who, 'placePhotos', { placeId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
