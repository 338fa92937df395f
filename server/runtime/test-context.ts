// Test helper: a Context for calling cloud functions directly, as a given openid.
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resolveCaller } from './caller'
import { localWordListChecker } from './content-check'
import { localFileStorage } from './file-storage'
import type { Context } from './function'
import { localNotifier } from './notifier'
import type { Repository } from './repository'

export async function contextFor(
  repo: Repository,
  openid: string | null,
  now = () => new Date('2026-11-28T02:00:00Z'),
  /** Where the local file storage keeps files (tests that look at files pass their temp folder). */
  filesDir = join(tmpdir(), 'yimi-test-files')
): Promise<Context> {
  return {
    repo,
    caller: await resolveCaller(repo, openid),
    backend: 'local',
    now,
    services: {
      contentCheck: localWordListChecker,
      notifier: localNotifier(repo),
      files: localFileStorage(repo, filesDir)
    }
  }
}
