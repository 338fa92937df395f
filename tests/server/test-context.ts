// Test helper: a Context for calling cloud functions directly, as a given openid.
import { randomUUID } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resolveCaller } from '../../server/services/caller'
import { localWordListChecker } from '../../server/adapters/content-check'
import { LOCAL_FILE_ID, localFileStorage, recordUpload } from '../../server/adapters/file-storage'
import { localFileUrls } from '../../server/adapters/file-urls'
import type { Context } from '../../server/function'
import { localNotifier } from '../../server/adapters/notifier'
import type { Repository } from '../../server/adapters/repository'

/** Where tests' local file storage keeps files unless a test passes its own folder. */
export const TEST_FILES_DIR = join(tmpdir(), 'yimi-test-files')

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
      files: localFileStorage(repo, filesDir),
      fileUrls: localFileUrls('test-secret')
    }
  }
}

/**
 * Records the local files a request's suggestion names (photoFileIds, drawingFileId, audioFileId; also each
 * row of a batch) as uploaded by `openid`, through the uploads collection exactly as
 * POST /cloud/_files does: the shared fixtures (validation-cases.ts) name files no test stored.
 * The last recorder owns a name, so each submit records right before it goes.
 */
export async function recordFixtureUploads(repo: Repository, openid: string | null, request: unknown, at: Date) {
  if (!openid || !request || typeof request !== 'object') return
  const r = request as {
    suggestion?: unknown
    rows?: unknown
    photoFileIds?: unknown
    drawingFileId?: unknown
    audioFileId?: unknown
  }
  if (r.suggestion) return recordFixtureUploads(repo, openid, r.suggestion, at)
  if (Array.isArray(r.rows)) {
    for (const row of r.rows) await recordFixtureUploads(repo, openid, row, at)
    return
  }
  const ids = [...(Array.isArray(r.photoFileIds) ? r.photoFileIds : []), r.drawingFileId, r.audioFileId]
  for (const id of ids) {
    const name = typeof id === 'string' ? LOCAL_FILE_ID.exec(id)?.[1] : undefined
    if (name) await recordUpload(repo, { _id: name, path: `files/${name}`, owner: openid, at: at.toISOString() })
  }
}

/** A file stored in the tests' local file storage (as POST /cloud/_files would), not yet owned by anyone. */
export function fixtureFile(ext: string, content = 'x'): { id: string; path: string } {
  mkdirSync(TEST_FILES_DIR, { recursive: true })
  const name = `${randomUUID()}.${ext}`
  writeFileSync(join(TEST_FILES_DIR, name), content)
  return { id: `local://files/${name}`, path: join(TEST_FILES_DIR, name) }
}
