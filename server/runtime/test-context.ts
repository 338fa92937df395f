// Test helper: a Context for calling cloud functions directly, as a given openid.
import { resolveCaller } from './caller'
import { localWordListChecker } from './content-check'
import type { Context } from './function'
import { localNotifier } from './notifier'
import type { Repository } from './repository'

export async function contextFor(
  repo: Repository,
  openid: string | null,
  now = () => new Date('2026-11-28T02:00:00Z')
): Promise<Context> {
  return {
    repo,
    caller: await resolveCaller(repo, openid),
    backend: 'local',
    now,
    services: { contentCheck: localWordListChecker, notifier: localNotifier(repo) }
  }
}
