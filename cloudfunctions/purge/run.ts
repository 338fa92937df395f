// One run of the `purge` function, the same on WeChat (index.ts, its timer or a console test
// run) and in the tests that open an older release's data (upgrade.test.ts): pending data
// migrations first, then every retention step, in this order, then 督办 of overdue steps.
import type { FileStorage } from '../../server/adapters/file-storage'
import type { Notifier } from '../../server/adapters/notifier'
import { escalateOverdue } from '../../server/services/escalation'
import { runMigrations } from '../../server/services/migrations'
import { deleteExpiredRateSlots } from '../../server/services/rate-limit'
import type { Repository } from '../../server/adapters/repository'
import { removeOrphanUploads } from '../../server/services/uploads'
import { purgeActivitySignUps } from './activities'
import { purgeCorrectionReporters } from './corrections'
import { purgeCouncil } from './council'
import { purgeExpired } from './handler'
import { forgetPollAnswers } from './polls'
import { anonymizeOldSupports } from './supports'
import { purgeVisitRequests } from './visits'

/** `notifier`: the staff notices of 督办 (none: the levels are written, nothing is sent). */
const SILENT: Notifier = {
  templateId: undefined,
  templateFor: () => undefined,
  send: async () => ({ status: 'skipped', reason: 'no_template' })
}

export async function runPurge(repo: Repository, files: FileStorage, now: Date, notifier: Notifier = SILENT) {
  // Migrations first: once per database, a marker read when there is nothing to do.
  const migrations = await runMigrations(repo, now)
  const result = await purgeExpired(repo, files, now)
  const rateSlotsDeleted = await deleteExpiredRateSlots(repo, now)
  const correctionReporters = await purgeCorrectionReporters(repo, now)
  const supportsAnonymized = await anonymizeOldSupports(repo, now)
  const activitySignUps = await purgeActivitySignUps(repo, now)
  const visitRequests = await purgeVisitRequests(repo, now)
  const orphanUploads = await removeOrphanUploads(repo, files, now)
  const polls = await forgetPollAnswers(repo, now)
  const council = await purgeCouncil(repo, now)
  const escalation = await escalateOverdue(repo, notifier, now)
  return {
    ...result,
    rateSlotsDeleted,
    correctionReporters,
    supportsAnonymized,
    activitySignUps,
    visitRequests,
    polls,
    council,
    orphanUploads,
    migrations,
    escalation
  }
}

export type PurgeRun = Awaited<ReturnType<typeof runPurge>>
