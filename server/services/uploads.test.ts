// The purge's step for uploads no row needs: it deletes what was never sent (file and record),
// and never a file a row refers to, claimed or not; a refused submission claims nothing.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { suggestionsFunction } from '../../cloudfunctions/suggestions/handler'
import { staffFunction } from '../../cloudfunctions/staff/handler'
import { DEMO_STAFF } from '../local/seed'
import { storeUpload } from '../local/files'
import { DEV_IDENTITIES, type StaffRecord } from '../../src/domain/roles'
import { RATE_LIMITS } from '../../src/domain/rate-limits'
import { adultBase, childBase } from '../../tests/fixtures/validation-cases'
import { fakeWxStorage } from '../../tests/fakes/wx-cloud-storage'
import { localFileStorage, wechatFileStorage, type UploadRecord } from '../adapters/file-storage'
import { dispatch } from '../function'
import { contextFor } from '../../tests/server/test-context'
import { tempRepo } from '../../tests/server/test-repo'
import { removeOrphanUploads, storagePathOf } from './uploads'
import { SAMPLE_PNG } from '../../tests/fixtures/images/samples'

const PNG = SAMPLE_PNG
const now = new Date('2026-11-28T02:00:00Z')
const day = 24 * 60 * 60 * 1000
const later = (days: number) => new Date(now.getTime() + days * day)

describe('uploads no row needs (purge)', () => {
  let t: ReturnType<typeof tempRepo>
  let dir: string
  beforeEach(() => {
    t = tempRepo()
    dir = mkdtempSync(join(tmpdir(), 'yimi-orphan-'))
  })
  afterEach(() => {
    t.cleanup()
    rmSync(dir, { recursive: true, force: true })
  })
  const upload = async (owner = 'dev-a', at = now) => {
    const r = await storeUpload(t.repo, dir, { contentType: 'image/png', body: PNG, owner, at })
    if (!r.ok) throw new Error('upload')
    return r.data.fileId
  }
  const fileOf = (id: string) => join(dir, id.replace('local://files/', ''))
  const uploads = () => t.repo.collection<UploadRecord>('uploads')
  const submit = async (openid: string, suggestion: object, at = now) =>
    dispatch(suggestionsFunction, { action: 'submit', suggestion }, await contextFor(t.repo, openid, () => at, dir))

  it('local: a photo uploaded but never sent is deleted 30 days on, file and record; one a suggestion carries stays', async () => {
    const files = localFileStorage(t.repo, dir)
    const sent = await upload()
    const abandoned = await upload()
    expect(await submit('dev-a', { ...adultBase, id: 'orphan-keep-001', photoFileIds: [sent] })).toMatchObject({
      ok: true
    })

    expect(await removeOrphanUploads(t.repo, files, later(29))).toEqual({ deleted: 0, failed: 0, claimed: 0 })
    expect(existsSync(fileOf(abandoned))).toBe(true)

    expect(await removeOrphanUploads(t.repo, files, later(31))).toEqual({ deleted: 1, failed: 0, claimed: 0 })
    expect(existsSync(fileOf(abandoned))).toBe(false)
    expect(existsSync(fileOf(sent))).toBe(true)
    expect((await uploads().find({})).map((r) => r.fileId)).toEqual([sent])
    // Nothing more to do on the next run.
    expect(await removeOrphanUploads(t.repo, files, later(32))).toEqual({ deleted: 0, failed: 0, claimed: 0 })
  })

  it('never deletes a file a row refers to, claimed or not: it claims it instead', async () => {
    for (const s of DEMO_STAFF) await t.repo.collection<StaffRecord>('staff').put(s)
    const files = localFileStorage(t.repo, dir)
    const photo = await upload('dev-a')
    const drawing = await upload('dev-kid')
    const paper = await upload(DEV_IDENTITIES.worker.openid)
    expect(await submit('dev-a', { ...adultBase, id: 'unclaimed-000001', photoFileIds: [photo] })).toMatchObject({
      ok: true
    })
    expect(
      await submit('dev-kid', { ...childBase, id: 'unclaimed-000002', text: '', drawingFileId: drawing })
    ).toMatchObject({ ok: true })
    const worker = await contextFor(t.repo, DEV_IDENTITIES.worker.openid, () => now, dir)
    const entered = await dispatch(
      staffFunction,
      {
        action: 'enter',
        channel: 'paper',
        suggestion: { ...childBase, id: 'unclaimed-000003', street: undefined, photoFileIds: [paper] }
      },
      worker
    )
    expect(entered).toMatchObject({ ok: true })
    // As a release before claims left them (or a crash between the row and its claim).
    for (const r of await uploads().find({})) await uploads().put({ ...r, claimedAt: undefined, fileId: undefined })

    expect(await removeOrphanUploads(t.repo, files, later(31))).toEqual({ deleted: 0, failed: 0, claimed: 3 })
    for (const id of [photo, drawing, paper]) expect(existsSync(fileOf(id))).toBe(true)
    expect((await uploads().find({ claimedAt: { $gte: '' } })).map((r) => r.fileId).sort()).toEqual(
      [photo, drawing, paper].sort()
    )
  })

  it('a submission refused (rate limit) claims nothing: its photo is deleted 30 days on', async () => {
    const files = localFileStorage(t.repo, dir)
    for (let i = 0; i < RATE_LIMITS.submit.max; i++)
      expect(
        await submit('dev-a', { ...adultBase, id: `burst-${String(i).padStart(10, '0')}`, photoFileIds: [] })
      ).toMatchObject({ ok: true })
    const photo = await upload()
    expect(await submit('dev-a', { ...adultBase, id: 'burst-refused-01', photoFileIds: [photo] })).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' }
    })
    expect(await uploads().get(photo.replace('local://files/', ''))).not.toHaveProperty('claimedAt')
    expect(await removeOrphanUploads(t.repo, files, later(31))).toEqual({ deleted: 1, failed: 0, claimed: 0 })
    expect(existsSync(fileOf(photo))).toBe(false)
  })

  it('WeChat: the file id is built from a claimed one’s bucket; without any claimed upload nothing is guessed', async () => {
    const storage = fakeWxStorage('prod-1a2b')
    const files = wechatFileStorage(storage, t.repo, () => 'prod-1a2b')
    const { cloudPath: abandoned } = await files.reserve('o-alice', 'png', now)
    storage.clientUpload(abandoned, PNG)
    expect(await removeOrphanUploads(t.repo, files, later(31))).toEqual({ deleted: 0, failed: 0, claimed: 0 })
    expect(storage.files.size).toBe(1)

    const { cloudPath: kept } = await files.reserve('o-alice', 'jpg', now)
    await files.claim([storage.clientUpload(kept, PNG)], now)
    expect(await removeOrphanUploads(t.repo, files, later(31))).toEqual({ deleted: 1, failed: 0, claimed: 0 })
    expect([...storage.files.keys()]).toEqual([storage.idOf(kept)])
  })

  it('names the storage path inside a file id', () => {
    expect(storagePathOf('local://files/a.png')).toBe('files/a.png')
    expect(storagePathOf('cloud://prod-1a2b.7072-prod-1a2b-1300000000/suggestions/2026-11-28/f.png')).toBe(
      'suggestions/2026-11-28/f.png'
    )
    expect(storagePathOf('https://example.com/x.png')).toBeNull()
  })
})
