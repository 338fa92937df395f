// Removing an image in moderation deletes its stored file, not only the reference.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { storeUpload } from '../../server/local/files'
import { TEST_FILES_DIR } from '../../server/runtime/test-context'
import { COMMUNITY_A, STREET, adultInA, staffKit } from './test-kit'
import { SAMPLE_PNG } from '../../tests/fixtures/images/samples'

const PNG = SAMPLE_PNG

describe('moderation: removeImage', () => {
  const k = staffKit()
  beforeAll(() => k.seed())
  afterAll(() => k.cleanup())

  it('deletes the file from storage and keeps only its id for admins', async () => {
    const up = await storeUpload(k.repo, TEST_FILES_DIR, {
      contentType: 'image/png',
      body: PNG,
      owner: 'dev-photo-author',
      at: k.now()
    })
    if (!up.ok) throw new Error('upload')
    const fileId = up.data.fileId
    const onDisk = () => existsSync(join(TEST_FILES_DIR, fileId.slice('local://files/'.length)))
    const id = 'photo-removal-01'
    expect(
      await k.submit('dev-photo-author', {
        ...adultInA,
        id,
        street: STREET,
        community: COMMUNITY_A,
        photoFileIds: [fileId]
      })
    ).toMatchObject({ ok: true })
    expect(onDisk()).toBe(true)

    // A refused change deletes nothing.
    expect(await k.call('workerA', 'moderate', { id, op: 'removeImage', fileId, rev: 99 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
    expect(onDisk()).toBe(true)

    expect(await k.call('workerA', 'moderate', { id, op: 'removeImage', fileId })).toMatchObject({
      ok: true,
      data: { photoFileIds: [] }
    })
    expect(onDisk()).toBe(false)
    expect(await k.call('district', 'get', { id })).toMatchObject({
      ok: true,
      data: { original: { removedFiles: [fileId] } }
    })
  })
})
