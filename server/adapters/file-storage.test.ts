// File ids are accepted only if this caller uploaded them in this environment; stored files are
// deleted through the same service (local folder, WeChat cloud.deleteFile).
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { suggestionsFunction } from '../../cloudfunctions/suggestions/handler'
import { staffFunction } from '../../cloudfunctions/staff/handler'
import { DEMO_STAFF } from '../local/seed'
import { storeUpload } from '../local/files'
import { DEV_IDENTITIES, type StaffRecord } from '../../src/domain/roles'
import { adultBase, childBase } from '../../tests/fixtures/validation-cases'
import { localFileStorage, wechatFileStorage, type UploadRecord } from './file-storage'
import { dispatch } from '../function'
import { contextFor } from '../../tests/server/test-context'
import { tempRepo } from '../../tests/server/test-repo'
import { fakeWxStorage } from '../../tests/fakes/wx-cloud-storage'
import { PHONE_JPEG, SAMPLE_JPEG, SAMPLE_MP3, SAMPLE_PNG } from '../../tests/fixtures/images/samples'
import { EXIF_MAKE, contains, hasExif } from '../../tests/e2e/jpeg-meta'
import type { Suggestion } from '../../src/domain/suggestions/model'

const PNG = SAMPLE_PNG
const now = new Date('2026-11-28T02:00:00Z')

describe('file ownership (local backend)', () => {
  let t: ReturnType<typeof tempRepo>
  let dir: string
  beforeEach(() => {
    t = tempRepo()
    dir = mkdtempSync(join(tmpdir(), 'yimi-own-'))
  })
  afterEach(() => {
    t.cleanup()
    rmSync(dir, { recursive: true, force: true })
  })
  const upload = async (owner: string) => {
    const r = await storeUpload(t.repo, dir, { contentType: 'image/png', body: PNG, owner, at: now })
    if (!r.ok) throw new Error('upload')
    return r.data.fileId
  }
  const submit = async (openid: string, suggestion: object) =>
    dispatch(suggestionsFunction, { action: 'submit', suggestion }, await contextFor(t.repo, openid, () => now, dir))

  it('accepts the caller’s own uploads and refuses anyone else’s, naming the field', async () => {
    const mine = await upload('dev-a')
    const theirs = await upload('dev-b')
    expect(await submit('dev-a', { ...adultBase, id: 'own-photo-0001', photoFileIds: [mine] })).toMatchObject({
      ok: true
    })
    expect(await submit('dev-a', { ...adultBase, id: 'their-photo-01', photoFileIds: [mine, theirs] })).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'VALIDATION',
        field: 'photoFileIds',
        message: '有照片不是你在这里上传的，请删除后重新添加'
      })
    })
    const drawing = await upload('dev-b')
    expect(
      await submit('dev-a', { ...childBase, id: 'their-drawing-1', text: '', drawingFileId: drawing })
    ).toMatchObject({ ok: false, error: { field: 'drawingFileId' } })
    // Well-formed but never uploaded, or a file of the cloud environment: refused too.
    for (const id of ['local://files/0f8e2b4a-1111-4222-8333-444455556666.png', 'cloud://prod-1.bucket/x.png'])
      expect(await submit('dev-a', { ...adultBase, id: 'nobody-0000001', photoFileIds: [id] })).toMatchObject({
        ok: false,
        error: { field: 'photoFileIds' }
      })
    expect(await t.repo.collection('suggestions').count()).toBe(1)
  })

  it('assisted entry accepts only the worker’s own uploads', async () => {
    for (const s of DEMO_STAFF) await t.repo.collection<StaffRecord>('staff').put(s)
    const worker = DEV_IDENTITIES.worker.openid
    const citizens = await upload('dev-citizen-x')
    const ctx = await contextFor(t.repo, worker, () => now, dir)
    const r = await dispatch(
      staffFunction,
      {
        action: 'enter',
        channel: 'paper',
        suggestion: {
          ...adultBase,
          id: 'entered-foreign1',
          photoFileIds: [citizens],
          street: '500103003',
          community: '500103003019'
        }
      },
      ctx
    )
    expect(JSON.stringify(r)).toContain('photoFileIds')
    expect(r.ok).toBe(false)
  })

  it('the local upload records its uploader; deleting removes the file from disk', async () => {
    const id = await upload('dev-a')
    const files = localFileStorage(t.repo, dir)
    expect(await files.uploadedBy(id, 'dev-a')).toBe(true)
    expect(await files.uploadedBy(id, 'dev-b')).toBe(false)
    const path = join(dir, id.slice('local://files/'.length))
    expect(existsSync(path)).toBe(true)
    expect(await files.remove([id, 'cloud://env.b/x.png'])).toEqual({
      deleted: [id],
      failed: [],
      foreign: ['cloud://env.b/x.png']
    })
    expect(existsSync(path)).toBe(false)
    // Who uploaded it goes with the file: no record keeps the openid of a file that is gone.
    expect(await t.repo.collection<UploadRecord>('uploads').count({ owner: 'dev-a' })).toBe(0)
    // Already gone counts as deleted (a second purge run, a retried moderation).
    expect((await files.remove([id])).deleted).toEqual([id])
  })
})

describe('file ownership (WeChat)', () => {
  let t: ReturnType<typeof tempRepo>
  beforeEach(() => (t = tempRepo()))
  afterEach(() => t.cleanup())
  const cloud = {
    ...fakeWxStorage('prod-1a2b'),
    calls: [] as string[][],
    async deleteFile({ fileList }: { fileList: string[] }) {
      cloud.calls.push(fileList)
      return {
        fileList: fileList.map((fileID) =>
          fileID.includes('broken')
            ? { fileID, status: -1, errMsg: 'internal error' }
            : fileID.includes('gone')
              ? { fileID, status: -503003, errMsg: 'file not exist' }
              : { fileID, status: 0 }
        )
      }
    }
  }

  it('uploadSlot hands out a path with a token recorded for the caller; only that caller, in this env, passes', async () => {
    const files = wechatFileStorage(cloud, t.repo, () => 'prod-1a2b')
    const ctx = {
      ...(await contextFor(t.repo, 'o-alice', () => now)),
      services: { ...(await contextFor(t.repo, null)).services, files }
    }
    const r = await dispatch(suggestionsFunction, { action: 'uploadSlot', ext: 'jpeg' }, ctx)
    expect(r).toMatchObject({
      ok: true,
      data: { cloudPath: expect.stringMatching(/^suggestions\/2026-11-28\/[0-9a-f]{32}\.jpg$/) }
    })
    const cloudPath = (r as { data: { cloudPath: string } }).data.cloudPath
    const fileId = `cloud://prod-1a2b.7072-prod-1a2b-1300000000/${cloudPath}`
    expect(await files.uploadedBy(fileId, 'o-alice')).toBe(true)
    expect(await files.uploadedBy(fileId, 'o-bob')).toBe(false)
    expect(await files.uploadedBy(fileId.replace('prod-1a2b.', 'other-env.'), 'o-alice')).toBe(false)
    expect(await files.uploadedBy(fileId.replace(/[0-9a-f]{32}/, 'f'.repeat(32)), 'o-alice')).toBe(false)
    expect(await dispatch(suggestionsFunction, { action: 'uploadSlot', ext: 'gif' }, ctx)).toMatchObject({
      ok: false,
      error: { field: 'ext' }
    })
    const anonymous = { ...ctx, caller: (await contextFor(t.repo, null)).caller }
    expect(await dispatch(suggestionsFunction, { action: 'uploadSlot', ext: 'png' }, anonymous)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' }
    })
    const records = await t.repo.collection<UploadRecord>('uploads').find({ owner: 'o-alice' })
    expect(records).toHaveLength(1)
  })

  it('deletes in batches of 50; a missing file counts as deleted, an error as failed, another env is never touched', async () => {
    const files = wechatFileStorage(cloud, t.repo, () => 'prod-1a2b')
    const many = Array.from({ length: 51 }, (_, i) => `cloud://prod-1a2b.b/suggestions/2026-11-28/${i}.png`)
    const r = await files.remove([
      ...many,
      'cloud://prod-1a2b.b/broken.png',
      'cloud://prod-1a2b.b/gone.png',
      'cloud://other.b/x.png',
      'local://files/a.jpg'
    ])
    expect(cloud.calls.map((c) => c.length)).toEqual([50, 3])
    expect(r.deleted).toHaveLength(52)
    expect(r.failed).toEqual(['cloud://prod-1a2b.b/broken.png'])
    expect(r.foreign).toEqual(['cloud://other.b/x.png', 'local://files/a.jpg'])
  })

  it('forgets the upload record (and its openid) of a file it deleted, and only that one', async () => {
    const files = wechatFileStorage(cloud, t.repo, () => 'prod-1a2b')
    const bucket = 'cloud://prod-1a2b.7072-prod-1a2b-1300000000/'
    const { cloudPath: kept } = await files.reserve('o-alice', 'png', now)
    const { cloudPath: gone } = await files.reserve('o-alice', 'png', now)
    await files.claim([`${bucket}${kept}`, `${bucket}${gone}`], now)
    expect((await files.remove([`${bucket}${gone}`])).deleted).toEqual([`${bucket}${gone}`])
    const left = await t.repo.collection<UploadRecord>('uploads').find({})
    expect(left.map((r) => r.path)).toEqual([kept])
  })
})

describe('images cleaned on the server (WeChat: the phone uploads straight to storage)', () => {
  let t: ReturnType<typeof tempRepo>
  beforeEach(() => (t = tempRepo()))
  afterEach(() => t.cleanup())

  const setup = async (openid = 'o-parent') => {
    const storage = fakeWxStorage('prod-1a2b')
    const files = wechatFileStorage(storage, t.repo, () => 'prod-1a2b')
    const ctx = { ...(await contextFor(t.repo, openid, () => now)), backend: 'wechat' as const }
    ctx.services = { ...ctx.services, files }
    // uploadSlot, then wx.cloud.uploadFile with whatever bytes the phone has.
    const upload = async (ext: string, bytes: Buffer) => {
      const slot = await dispatch(suggestionsFunction, { action: 'uploadSlot', ext }, ctx)
      if (!slot.ok) throw new Error('slot')
      return storage.clientUpload((slot.data as { cloudPath: string }).cloudPath, bytes)
    }
    const submit = (suggestion: object) => dispatch(suggestionsFunction, { action: 'submit', suggestion }, ctx)
    return { storage, files, upload, submit }
  }

  it('strips the EXIF (GPS, device) of a photo before its row is written, in place: the file id stays', async () => {
    const { storage, upload, submit } = await setup()
    const photo = await upload('jpg', PHONE_JPEG)
    const drawing = await upload('png', SAMPLE_PNG)
    expect(await submit({ ...adultBase, id: 'wx-exif-000001', photoFileIds: [photo] })).toMatchObject({ ok: true })
    const stored = storage.files.get(photo)!
    expect(hasExif(stored)).toBe(false)
    expect(contains(stored, EXIF_MAKE)).toBe(false)
    expect(stored).toEqual(SAMPLE_JPEG)
    expect(await t.repo.collection<Suggestion>('suggestions').get('wx-exif-000001')).toMatchObject({
      photoFileIds: [photo]
    })
    const child = { ...childBase, id: 'wx-exif-000002', text: '', drawingFileId: drawing }
    expect(await submit(child)).toMatchObject({ ok: true })
    expect(contains(storage.files.get(drawing)!, 'date:create')).toBe(false)
  })

  it('refuses a photo or drawing whose bytes are not the image its name says, and writes no row', async () => {
    const { upload, submit } = await setup()
    const html = await upload('jpg', Buffer.from('<html><script>alert(1)</script></html>'))
    expect(await submit({ ...adultBase, id: 'wx-fake-000001', photoFileIds: [html] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'photoFileIds' }
    })
    const pngAsJpg = await upload('jpg', SAMPLE_PNG)
    expect(await submit({ ...adultBase, id: 'wx-fake-000002', photoFileIds: [pngAsJpg] })).toMatchObject({
      ok: false,
      error: { field: 'photoFileIds' }
    })
    const voice = await upload('png', SAMPLE_MP3)
    expect(await submit({ ...childBase, id: 'wx-fake-000003', text: '', drawingFileId: voice })).toMatchObject({
      ok: false,
      error: { field: 'drawingFileId' }
    })
    expect(await t.repo.collection('suggestions').count()).toBe(0)
  })

  it('storage down: INTERNAL (the outbox sends it again), no row; the retry goes through', async () => {
    const { storage, upload, submit } = await setup()
    const photo = await upload('jpg', PHONE_JPEG)
    storage.failing.add('downloadFile')
    const suggestion = { ...adultBase, id: 'wx-retry-000001', photoFileIds: [photo] }
    expect(await submit(suggestion)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(await t.repo.collection('suggestions').count()).toBe(0)
    storage.failing.clear()
    storage.failing.add('uploadFile')
    expect(await submit(suggestion)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    storage.failing.clear()
    expect(await submit(suggestion)).toMatchObject({ ok: true, data: { duplicate: false } })
    expect(hasExif(storage.files.get(photo)!)).toBe(false)
  })

  it('a clean image is not written again', async () => {
    const { storage, files, upload } = await setup()
    const photo = await upload('jpg', SAMPLE_JPEG)
    storage.failing.add('uploadFile')
    expect(await files.clean([photo])).toEqual({ refused: [], failed: [] })
  })
})
