// Storage is private: stored images are reached only through links a function hands out after
// checking the caller (the author through suggestions.imageUrls, staff in scope through
// staff.imageUrls; the role matrix in cloudfunctions/staff/matrix.test.ts covers every role).
import { suggestionsFunction } from '../../cloudfunctions/suggestions/handler'
import { adultBase, childBase } from '../../tests/fixtures/validation-cases'
import { AUDIO_CHECK_LINK_SECONDS } from './content-check'
import { URL_TTL_SECONDS, imageUrlsOf, isValidLocalLink, localFileUrls, wechatFileUrls } from './file-urls'
import { dispatch } from '../function'
import { contextFor, recordFixtureUploads } from '../../tests/server/test-context'
import { tempRepo } from '../../tests/server/test-repo'

const now = new Date('2026-11-28T02:00:00Z')

describe('suggestions.imageUrls', () => {
  let t: ReturnType<typeof tempRepo>
  beforeEach(() => (t = tempRepo()))
  afterEach(() => t.cleanup())
  const call = async (openid: string | null, body: object) =>
    dispatch(suggestionsFunction, body, await contextFor(t.repo, openid, () => now))
  const submit = async (openid: string, suggestion: object) => {
    await recordFixtureUploads(t.repo, openid, suggestion, now)
    expect(await call(openid, { action: 'submit', suggestion })).toMatchObject({ ok: true })
  }

  it('gives the author short-lived links to the drawing and photos, in order', async () => {
    await submit('dev-kid', { ...childBase, text: '', drawingFileId: 'local://files/d.png' })
    await submit('dev-parent', adultBase)
    expect(await call('dev-kid', { action: 'imageUrls', id: childBase.id })).toEqual({
      ok: true,
      data: {
        drawing: expect.stringMatching(/^\/cloud\/_files\/d\.png\?exp=\d+&sig=[\w-]+$/),
        photos: [],
        expiresAt: new Date(now.getTime() + URL_TTL_SECONDS * 1000).toISOString()
      }
    })
    expect(await call('dev-parent', { action: 'imageUrls', id: adultBase.id })).toMatchObject({
      ok: true,
      data: { photos: [expect.stringMatching(/^\/cloud\/_files\/a\.jpg\?exp=\d+&sig=/)] }
    })
  })

  it('answers anyone else exactly like a missing suggestion', async () => {
    await submit('dev-parent', adultBase)
    for (const [who, id] of [
      ['dev-other', adultBase.id],
      [null, adultBase.id],
      ['dev-parent', 'no-such-row-0001'],
      ['dev-parent', undefined]
    ] as const)
      expect(await call(who, { action: 'imageUrls', id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('file links', () => {
  it('local: signed links to the backend’s own file route, only for local file ids, until they expire', async () => {
    const at = new Date('2026-12-01T10:00:00Z')
    const urls = await localFileUrls('s3cret', () => at).tempUrls([
      'local://files/a.jpg',
      'cloud://env.b/x.png',
      'local://files/../x.png'
    ])
    expect(Object.keys(urls)).toEqual(['local://files/a.jpg'])
    const link = new URL(urls['local://files/a.jpg'], 'http://local')
    expect(link.pathname).toBe('/cloud/_files/a.jpg')
    const q = link.searchParams
    expect(isValidLocalLink('s3cret', 'a.jpg', q, at)).toBe(true)
    expect(isValidLocalLink('s3cret', 'a.jpg', q, new Date(at.getTime() + URL_TTL_SECONDS * 1000))).toBe(true)
    expect(isValidLocalLink('s3cret', 'a.jpg', q, new Date(at.getTime() + (URL_TTL_SECONDS + 1) * 1000))).toBe(false)
    // Another file, another backend run, a forged expiry, no signature: refused.
    expect(isValidLocalLink('s3cret', 'b.jpg', q, at)).toBe(false)
    expect(isValidLocalLink('other', 'a.jpg', q, at)).toBe(false)
    const later = new URLSearchParams(q)
    later.set('exp', String(Number(q.get('exp')) + 3600))
    expect(isValidLocalLink('s3cret', 'a.jpg', later, at)).toBe(false)
    expect(isValidLocalLink('s3cret', 'a.jpg', new URLSearchParams(), at)).toBe(false)
  })

  it('WeChat: getTempFileURL with maxAge, 50 ids a call, only this environment’s files; failures left out', async () => {
    const calls: Array<Array<{ fileID: string; maxAge: number }>> = []
    const cloud = {
      async getTempFileURL({ fileList }: { fileList: Array<{ fileID: string; maxAge: number }> }) {
        calls.push(fileList)
        return {
          fileList: fileList.map((f, i) =>
            i === 0 && calls.length === 1
              ? { fileID: f.fileID, status: -1 }
              : { fileID: f.fileID, status: 0, tempFileURL: `https://tmp.example/${f.fileID.slice(-6)}` }
          )
        }
      }
    }
    const ids = Array.from({ length: 60 }, (_, i) => `cloud://prod-1.b/suggestions/x/${String(i).padStart(6, '0')}`)
    const urls = await wechatFileUrls(cloud, () => 'prod-1').tempUrls([...ids, 'cloud://other-env.b/y.png'])
    expect(calls.map((c) => c.length)).toEqual([50, 10])
    expect(calls.flat().every((f) => f.maxAge === URL_TTL_SECONDS)).toBe(true)
    expect(Object.keys(urls)).toHaveLength(59)
    expect(urls[ids[0]]).toBeUndefined()
    expect(urls[ids[59]]).toBe('https://tmp.example/000059')
  })

  it('a caller may ask for a longer-lived link (the audio check’s), on both backends', async () => {
    const at = new Date('2026-12-01T10:00:00Z')
    const ttl = AUDIO_CHECK_LINK_SECONDS
    const local = await localFileUrls('s3cret', () => at).tempUrls(['local://files/v.mp3'], ttl)
    const q = new URL(local['local://files/v.mp3'], 'http://local').searchParams
    expect(isValidLocalLink('s3cret', 'v.mp3', q, new Date(at.getTime() + ttl * 1000))).toBe(true)
    expect(isValidLocalLink('s3cret', 'v.mp3', q, new Date(at.getTime() + (ttl + 1) * 1000))).toBe(false)
    const asked: number[] = []
    const cloud = {
      async getTempFileURL({ fileList }: { fileList: Array<{ fileID: string; maxAge: number }> }) {
        asked.push(...fileList.map((f) => f.maxAge))
        return {
          fileList: fileList.map((f) => ({ fileID: f.fileID, status: 0, tempFileURL: 'https://tmp.example/v' }))
        }
      }
    }
    await wechatFileUrls(cloud, () => 'prod-1').tempUrls(['cloud://prod-1.b/suggestions/v.mp3'], ttl)
    expect(asked).toEqual([ttl])
  })

  it('WeChat: a failing call shows as missing images, not an error', async () => {
    const cloud = { getTempFileURL: () => Promise.reject(new Error('network')) }
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {})
    const r = await imageUrlsOf(
      wechatFileUrls(cloud, () => 'e'),
      { photoFileIds: ['cloud://e.b/p.jpg'], followUpDrawings: [] },
      now
    )
    expect(r).toMatchObject({ photos: [] })
    spy.mockRestore()
  })
})
