// The dev clock (`--dev-clock`): a script sets the backend's time and runs what the timers would
// then; every function sees that time. Without the flag the routes do not exist.
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type http from 'node:http'
import { tempRepo } from '../../tests/server/test-repo'
import { createLocalBackend } from './app'
import { devClock } from './dev-clock'

async function serve(withClock: boolean) {
  const t = tempRepo()
  const dir = mkdtempSync(join(tmpdir(), 'yimi-devclock-'))
  const server: http.Server = createLocalBackend({
    repo: t.repo,
    filesDir: join(dir, 'files'),
    ...(withClock ? { devClock: devClock() } : {})
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const post = async (path: string, body: unknown = {}) =>
    (await fetch(`${base}${path}`, { method: 'POST', body: JSON.stringify(body) })).json()
  const stop = async () => {
    await new Promise((r) => server.close(r))
    t.cleanup()
    rmSync(dir, { recursive: true, force: true })
  }
  return { post, stop }
}

describe('local backend: the dev clock', () => {
  it('sets the time every function sees and runs the timers at that time', async () => {
    const b = await serve(true)
    try {
      expect(await b.post('/cloud/_dev/clock', { at: '2026-10-13T03:30:00+08:00' })).toMatchObject({ ok: true })
      const health = await b.post('/cloud/user', { action: 'health' })
      expect(Math.abs(Date.parse(health.data.time) - Date.parse('2026-10-12T19:30:00Z'))).toBeLessThan(5000)
      const timers = await b.post('/cloud/_dev/timers')
      expect(timers).toMatchObject({
        ok: true,
        data: { purge: { escalation: expect.any(Object) }, reminders: { ok: true } }
      })
      expect(await b.post('/cloud/_dev/clock', { at: 'next tuesday' })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: '时间格式不正确' }
      })
    } finally {
      await b.stop()
    }
  })

  it('does not exist without --dev-clock', async () => {
    const b = await serve(false)
    try {
      expect(await b.post('/cloud/_dev/clock', { at: '2026-10-13T03:30:00+08:00' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' }
      })
    } finally {
      await b.stop()
    }
  })
})
