// Removing an image in moderation deletes its stored file, not only the reference.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { storeUpload } from '../../server/local/files'
import { TEST_FILES_DIR } from '../../tests/server/test-context'
import { COMMUNITY_A, STREET, adultInA, staffKit } from '../../tests/server/test-kit'
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

describe('moderation: hide and unhide', () => {
  const k = staffKit()
  beforeAll(() => k.seed())
  afterAll(() => k.cleanup())

  it.each(['blocked', 'pending_review', 'visible'] as const)(
    'unhide gives back the visibility it had before hiding (%s)',
    async (before) => {
      const id = `hide-unhide-${before}`
      expect(
        await k.submit('dev-hide-author', { ...adultInA, id, photoFileIds: [], onBehalfOfChild: false })
      ).toMatchObject({ ok: true })
      await k.repo.collection('suggestions').update(id, { visibility: before })
      expect(await k.call('workerA', 'moderate', { id, op: 'hide', reason: '先拿下来看看' })).toMatchObject({
        ok: true,
        data: { visibility: 'hidden' }
      })
      // A worker's 取消隐藏 cannot put text the content check blocked on the board.
      expect(await k.call('workerA', 'moderate', { id, op: 'unhide' })).toMatchObject({
        ok: true,
        data: { visibility: before, hidden: null }
      })
      expect((await k.stored(id))!.visibility).toBe(before)
    }
  )

  it('a row hidden before this was recorded waits for a person’s review when shown again', async () => {
    const id = 'hide-unhide-legacy'
    await k.submit('dev-hide-author', { ...adultInA, id, photoFileIds: [], onBehalfOfChild: false })
    await k.repo
      .collection('suggestions')
      .update(id, { visibility: 'hidden', hidden: { at: '2026-11-01T00:00:00Z', by: '社工', reason: '旧的隐藏' } })
    expect(await k.call('workerA', 'moderate', { id, op: 'unhide' })).toMatchObject({
      ok: true,
      data: { visibility: 'pending_review' }
    })
  })
})
