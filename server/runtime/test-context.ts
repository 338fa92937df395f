// Test helper: a Context for calling cloud functions directly, as a given openid.
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resolveCaller } from './caller'
import { localWordListChecker } from './content-check'
import { localFileStorage, type FileStorage } from './file-storage'
import type { Context } from './function'
import { localNotifier } from './notifier'
import type { Repository } from './repository'

/** Where tests' local file storage keeps files unless a test passes its own folder. */
export const TEST_FILES_DIR = join(tmpdir(), 'yimi-test-files')

// The shared fixtures (src/domain/suggestions/validation-cases.ts) name these files without
// uploading them: whoever submits them in a test counts as their uploader. Every other id is
// checked for real (file-storage.ts); tests of that check use uploaded files.
const FIXTURE_FILES = new Set(['local://files/a.jpg', 'local://files/d.png'])

function withFixtures(files: FileStorage): FileStorage {
  return { ...files, uploadedBy: async (id, openid) => FIXTURE_FILES.has(id) || files.uploadedBy(id, openid) }
}

export async function contextFor(
  repo: Repository,
  openid: string | null,
  now = () => new Date('2026-11-28T02:00:00Z'),
  /** Where the local file storage keeps files (tests that look at files pass their temp folder). */
  filesDir = TEST_FILES_DIR
): Promise<Context> {
  return {
    repo,
    caller: await resolveCaller(repo, openid),
    backend: 'local',
    now,
    services: {
      contentCheck: localWordListChecker,
      notifier: localNotifier(repo),
      files: withFixtures(localFileStorage(repo, filesDir))
    }
  }
}
