// A journey on a backend of its own whose clock the test sets (`--dev-clock`: the shared backend
// keeps the machine's time), with a browser: both started before the file's tests, stopped after.
import type { Browser } from 'playwright-core'
import { startBackend, stopBackend, type StartedBackend } from './backend'
import { cloud, launch } from './browser'

export interface ClockedJourney {
  /** Set in the file's beforeAll. */
  browser: Browser
  backend: StartedBackend
  /** The backend's clock at this time in China (YYYY-MM-DDTHH:mm:ss). */
  setClock(chinaLocal: string): Promise<void>
}

export function clockedJourney(startsAt: string): ClockedJourney {
  const journey = {
    async setClock(chinaLocal: string) {
      const set = await cloud(
        'citizen',
        '_dev/clock',
        { at: `${chinaLocal}+08:00` },
        undefined,
        journey.backend.baseUrl
      )
      expect(set).toMatchObject({ ok: true })
    }
  } as ClockedJourney
  beforeAll(async () => {
    ;[journey.browser, journey.backend] = await Promise.all([launch(), startBackend(['--dev-clock', startsAt])])
  })
  afterAll(async () => {
    await journey.browser?.close()
    if (journey.backend) await stopBackend(journey.backend)
  })
  return journey
}
