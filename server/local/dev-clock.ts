// The local backend's clock and timers for journeys that span days (`--dev-clock`): WeChat runs
// the purge (with 督办) at night and the activity reminders at 18:00 by timer; the local backend
// runs no timers and tells the time by the machine. With the dev clock, a script sets the
// backend's time (POST /cloud/_dev/clock {at}) and runs what the timers would at that moment
// (POST /cloud/_dev/timers). Off unless asked for; the local backend only ever serves this machine.
import { runPurge } from '../../cloudfunctions/purge/run'
import { fail, ok } from '../../src/domain/errors'
import type { Repository } from '../adapters/repository'
import { resolveCaller } from '../services/caller'
import { dispatch, type Services } from '../function'
import { FUNCTIONS } from './functions'

export interface DevClock {
  now(): Date
  set(at: Date): void
}

/** Time as the machine tells it, or from `start`, moved by `set` (and running on from there). */
export function devClock(start?: Date): DevClock {
  let offsetMs = start ? start.getTime() - Date.now() : 0
  return {
    now: () => new Date(Date.now() + offsetMs),
    set: (at) => {
      offsetMs = at.getTime() - Date.now()
    }
  }
}

/** POST /cloud/_dev/clock and /cloud/_dev/timers; null for any other path. */
export async function devRoute(
  path: string,
  body: unknown,
  clock: DevClock,
  repo: Repository,
  services: Services
): Promise<{ status: number; body: unknown } | null> {
  if (path === '/cloud/_dev/clock') {
    const at = typeof (body as { at?: unknown })?.at === 'string' ? new Date((body as { at: string }).at) : null
    if (!at || Number.isNaN(at.getTime())) return { status: 400, body: fail('VALIDATION', '时间格式不正确', 'at') }
    clock.set(at)
    return { status: 200, body: ok({ now: clock.now().toISOString() }) }
  }
  if (path === '/cloud/_dev/timers') {
    const now = clock.now()
    const purge = await runPurge(repo, services.files, now, services.notifier)
    const reminders = await dispatch(
      FUNCTIONS.activities,
      { action: 'sendReminders' },
      { repo, caller: await resolveCaller(repo, null), backend: 'local', now: () => now, services }
    )
    return { status: 200, body: ok({ now: now.toISOString(), purge, reminders }) }
  }
  return null
}
