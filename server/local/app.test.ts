import type { AddressInfo } from 'node:net'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import http from 'node:http'
import Database from 'better-sqlite3'
import { SqliteRepository } from '../adapters/sqlite'
import { adultBase, childBase } from '../../tests/fixtures/validation-cases'
import { tempRepo } from '../../tests/server/test-repo'
import { createLocalBackend, isLocalRequest } from './app'
import { seedDemoData } from './seed'
import { AUDIO_LIMITS } from '../../src/domain/suggestions/audio'
import { stripImageMetadata } from '../../src/domain/image-metadata'
import { EXIF_MAKE, contains, hasExif } from '../../tests/e2e/jpeg-meta'
import { PHONE_JPEG, SAMPLE_JPEG, SAMPLE_MP3, SAMPLE_PNG, SAMPLE_WEBM } from '../../tests/fixtures/images/samples'
import { UPLOADS_PER_HOUR } from '../adapters/file-storage'
import type { Suggestion } from '../../src/domain/suggestions/model'
import { VOICE_CONSENT_VERSION } from '../../src/domain/suggestions/consent'

describe('local cloud backend over HTTP', () => {
  let t: ReturnType<typeof tempRepo>
  let server: http.Server
  let base: string
  let staticDir: string

  beforeAll(async () => {
    t = tempRepo()
    await seedDemoData(t.repo)
    staticDir = mkdtempSync(join(tmpdir(), 'yimi-static-'))
    writeFileSync(join(staticDir, 'index.html'), '<html>app</html>')
    server = createLocalBackend({ repo: t.repo, staticDir, filesDir: join(staticDir, 'files'), audioCheckDelayMs: 30 })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((r) => server.close(r))
    t.cleanup()
    rmSync(staticDir, { recursive: true, force: true })
  })

  const call = (name: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/cloud/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body)
    })

  // fetch will not send a forged Host, so this one request goes through node:http.
  const raw = (headers: Record<string, string>) =>
    new Promise<number>((done, reject) => {
      const req = http.request(`${base}/cloud/user`, { method: 'POST', headers }, (res) => {
        res.resume()
        done(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.end(JSON.stringify({ action: 'whoami' }))
    })

  it('answers only this machine’s own pages: other hosts and other sites’ origins get 403', async () => {
    const port = new URL(base).port
    expect(await raw({ host: `127.0.0.1:${port}` })).toBe(200)
    expect(await raw({ host: `localhost:${port}`, origin: 'http://localhost:10086' })).toBe(200)
    expect(await raw({ host: `evil.example:${port}` })).toBe(403)
    expect(await raw({ host: `127.0.0.1:${port}`, origin: 'https://evil.example' })).toBe(403)
    expect(await raw({ host: `127.0.0.1:${port}`, origin: 'null' })).toBe(403)
    const refused = await call(
      'user',
      { action: 'whoami' },
      { origin: 'http://attacker.test', 'x-dev-identity': 'district' }
    )
    expect(refused.status).toBe(403)
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(isLocalRequest({ host: '[::1]:7788', origin: 'http://[::1]:10086' })).toBe(true)
    expect(isLocalRequest({ host: '127.0.0.1.evil.example' })).toBe(false)
  })

  it('runs the real function with the development identity switch', async () => {
    const citizen = await (await call('user', { action: 'whoami' })).json()
    expect(citizen).toMatchObject({ ok: true, data: { role: 'citizen', backend: 'local' } })
    const worker = await (await call('user', { action: 'whoami' }, { 'x-dev-identity': 'worker' })).json()
    expect(worker).toMatchObject({ ok: true, data: { role: 'community_worker' } })
    const admin = await (await call('user', { action: 'whoami' }, { 'x-dev-identity': 'district' })).json()
    expect(admin).toMatchObject({ ok: true, data: { role: 'district_admin' } })
  })

  it('treats an unknown identity as a citizen', async () => {
    const r = await (await call('user', { action: 'whoami' }, { 'x-dev-identity': 'root' })).json()
    expect(r.data.role).toBe('citizen')
  })

  it('answers bad requests with typed errors and Chinese messages', async () => {
    const bad = await call('user', '{not json')
    expect(bad.status).toBe(400)
    expect(await bad.json()).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringMatching(/请求/) }
    })
    const missing = await call('nope', { action: 'x' })
    expect(missing.status).toBe(404)
    expect((await missing.json()).error.code).toBe('NOT_FOUND')
    const unknown = await (await call('user', { action: 'dropTables' })).json()
    expect(unknown.error.code).toBe('UNKNOWN_ACTION')
  })

  it('serves the built app and its client-side routes from the static folder', async () => {
    const r = await fetch(`${base}/some/route`)
    expect(r.status).toBe(200)
    expect(await r.text()).toContain('app')
    const escape = await fetch(`${base}/../../etc/passwd`)
    expect(await escape.text()).toContain('app')
  })

  it('stores an uploaded image and serves it only through a signed link; refuses other types', async () => {
    const png = SAMPLE_PNG
    const up = await (
      await fetch(`${base}/cloud/_files`, { method: 'POST', headers: { 'content-type': 'image/png' }, body: png })
    ).json()
    expect(up).toMatchObject({
      ok: true,
      data: { fileId: expect.stringMatching(/^local:\/\/files\/[0-9a-f-]{36}\.png$/) }
    })
    const name = up.data.fileId.slice('local://files/'.length)
    // Storage is private: the bare path, or a link with a forged signature, shows nothing.
    expect((await fetch(`${base}/cloud/_files/${name}`)).status).toBe(403)
    expect((await fetch(`${base}/cloud/_files/${name}?exp=9999999999&sig=forged`)).status).toBe(403)
    // The link the author gets through imageUrls opens it.
    const suggestion = { ...adultBase, photoFileIds: [up.data.fileId] }
    expect(await (await call('suggestions', { action: 'submit', suggestion })).json()).toMatchObject({ ok: true })
    const links = await (await call('suggestions', { action: 'imageUrls', id: adultBase.id })).json()
    const back = await fetch(`${base}${links.data.photos[0]}`)
    expect(back.status).toBe(200)
    expect(back.headers.get('content-type')).toBe('image/png')
    expect(back.headers.get('x-content-type-options')).toBe('nosniff')
    // Stored without its text and time chunks, the picture itself byte for byte.
    const served = Buffer.from(await back.arrayBuffer())
    expect(served.includes('date:create')).toBe(false)
    expect(served).toEqual(Buffer.from((stripImageMetadata(png) as { bytes: Uint8Array }).bytes))
    const text = await (
      await fetch(`${base}/cloud/_files`, {
        method: 'POST',
        headers: { 'content-type': 'text/html' },
        body: '<script>'
      })
    ).json()
    expect(text).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'file' } })
    expect((await fetch(`${base}/cloud/_files/..%2F..%2Fetc%2Fpasswd`)).status).toBe(403)
  })

  it('stores a recording up to the audio limit, plays it through a signed link, and checks it a moment later', async () => {
    const up = await (
      await fetch(`${base}/cloud/_files`, {
        method: 'POST',
        headers: { 'content-type': 'audio/webm;codecs=opus', 'x-dev-identity': 'citizen' },
        body: SAMPLE_WEBM
      })
    ).json()
    expect(up).toMatchObject({
      ok: true,
      data: { fileId: expect.stringMatching(/^local:\/\/files\/[0-9a-f-]{36}\.webm$/) }
    })
    const big = await (
      await fetch(`${base}/cloud/_files`, {
        method: 'POST',
        headers: { 'content-type': 'audio/mpeg' },
        body: Buffer.alloc(AUDIO_LIMITS.maxBytes + 1)
      })
    ).json()
    expect(big).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'file' } })

    const suggestion = {
      ...childBase,
      id: 'voice-local-0001',
      audioFileId: up.data.fileId,
      audioDurationMs: 4_000,
      voiceConsent: { version: VOICE_CONSENT_VERSION }
    }
    const r = await (await call('suggestions', { action: 'submit', suggestion })).json()
    expect(r).toMatchObject({ ok: true, data: { visibility: 'pending_review' } })
    const links = await (await call('suggestions', { action: 'imageUrls', id: suggestion.id })).json()
    const back = await fetch(`${base}${links.data.audio}`)
    expect(back.status).toBe(200)
    expect(back.headers.get('content-type')).toBe('audio/webm')

    // The local stand-in answers as WeChat's push would: the row no longer waits.
    const row = () => t.repo.collection<Suggestion>('suggestions').get(suggestion.id)
    for (let i = 0; i < 50 && (await row())?.visibility === 'pending_review'; i++)
      await new Promise((w) => setTimeout(w, 20))
    expect(await row()).toMatchObject({ visibility: 'visible', audioCheck: { verdict: 'pass' } })
  })

  const upload = async (contentType: string, body: Uint8Array, openid = 'dev-uploader-1') => {
    const r = await fetch(`${base}/cloud/_files`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'x-dev-openid': openid },
      body: new Uint8Array(body)
    })
    return { status: r.status, body: await r.json() }
  }

  it('strips EXIF (GPS, device) from a photo as it arrives, without re-encoding it', async () => {
    const up = await upload('image/jpeg', PHONE_JPEG)
    expect(up.body).toMatchObject({ ok: true })
    const name = up.body.data.fileId.slice('local://files/'.length)
    const stored = readFileSync(join(staticDir, 'files', name))
    expect(hasExif(stored)).toBe(false)
    expect(contains(stored, EXIF_MAKE)).toBe(false)
    expect(stored).toEqual(SAMPLE_JPEG)
  })

  it('takes a file by its bytes, not its label: HTML as an image, an image as a recording, a PNG as a JPEG are refused', async () => {
    const refused = { ok: false, error: { code: 'VALIDATION', field: 'file' } }
    expect((await upload('image/png', Buffer.from('<html><script>alert(1)</script>'))).body).toMatchObject(refused)
    expect((await upload('image/jpeg', SAMPLE_PNG)).body).toMatchObject(refused)
    expect((await upload('audio/mpeg', SAMPLE_PNG)).body).toMatchObject(refused)
    expect((await upload('audio/webm', SAMPLE_MP3)).body).toMatchObject(refused)
    // A PNG cut off before its end is not a picture either.
    expect((await upload('image/png', SAMPLE_PNG.subarray(0, 60))).body).toMatchObject(refused)
    expect((await upload('audio/mpeg', SAMPLE_MP3)).body).toMatchObject({ ok: true })
  })

  it('takes at most UPLOADS_PER_HOUR files an hour from one person (429 then), as uploadSlot does on WeChat', async () => {
    for (let i = 0; i < UPLOADS_PER_HOUR; i++)
      expect((await upload('image/png', SAMPLE_PNG, 'dev-busy-uploader')).status).toBe(200)
    const over = await upload('image/png', SAMPLE_PNG, 'dev-busy-uploader')
    expect(over.status).toBe(429)
    expect(over.body).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', message: expect.stringContaining('一小时') }
    })
    // Someone else is not held up.
    expect((await upload('image/png', SAMPLE_PNG, 'dev-other-uploader')).status).toBe(200)
  })

  it('accepts any dev-* openid for load and multi-user tests, and nothing else', async () => {
    const r = await (await call('suggestions', { action: 'listMine' }, { 'x-dev-openid': 'dev-load-42' })).json()
    expect(r).toEqual({ ok: true, data: { items: [] } })
    const who = await (await call('user', { action: 'whoami' }, { 'x-dev-openid': 'oABC-real-looking' })).json()
    expect(who.data.idHint).toBe('…izen')
  })

  it('reports health', async () => {
    const r = await (await fetch(`${base}/cloud/health`)).json()
    expect(r).toMatchObject({ ok: true, data: { backend: 'local' } })
  })
})

describe('local cloud backend with group commit (as npm start runs it)', () => {
  let dir: string
  let repo: SqliteRepository
  let server: http.Server
  let base: string
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'yimi-grouped-'))
    repo = new SqliteRepository(join(dir, 'cloud.sqlite'), { groupCommit: true, checkpointInBackground: true })
    await seedDemoData(repo)
    server = createLocalBackend({ repo, filesDir: join(dir, 'files') })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterEach(async () => {
    await new Promise((r) => server.close(r))
    repo.close()
    rmSync(dir, { recursive: true, force: true })
  })
  const submit = (i: number) =>
    fetch(`${base}/cloud/suggestions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dev-openid': `dev-group-${i}` },
      body: JSON.stringify({ action: 'submit', suggestion: { ...childBase, id: `grouped-${i}-abcd` } })
    }).then((r) => r.json())

  it('answers a submission only once it is committed: another connection reads every acknowledged row', async () => {
    const reader = new Database(join(dir, 'cloud.sqlite'), { readonly: true })
    // What another connection reads at the moment each answer is written.
    const seenWhenAnswered: number[] = []
    server.on('request', (_req, res: http.ServerResponse) => {
      const end = res.end.bind(res) as (...a: unknown[]) => http.ServerResponse
      res.end = ((...args: unknown[]) => {
        seenWhenAnswered.push((reader.prepare('SELECT COUNT(*) AS n FROM suggestions').get() as { n: number }).n)
        return end(...args)
      }) as typeof res.end
    })
    try {
      const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => submit(i)))
      expect(answers.every((a) => a.ok)).toBe(true)
      // Answers in order of writing: the k-th answer finds at least k rows stored.
      expect(seenWhenAnswered.map((n, k) => n >= k + 1)).toEqual(Array(8).fill(true))
    } finally {
      reader.close()
    }
  })

  it('a commit that fails answers INTERNAL (the outbox sends again), never ok', async () => {
    // The backend logs the failure; here it is expected.
    jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const exec = repo.db.exec.bind(repo.db)
    const spy = jest.spyOn(repo.db, 'exec').mockImplementation((sql: string) => {
      if (sql === 'COMMIT') throw new Error('disk I/O error')
      return exec(sql)
    })
    const failed = await submit(1)
    spy.mockRestore()
    expect(failed).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    // The retry of the same id is stored once.
    expect(await submit(1)).toMatchObject({ ok: true, data: { duplicate: false } })
    expect(await repo.collection('suggestions').count()).toBe(1)
    jest.restoreAllMocks()
  })
})
