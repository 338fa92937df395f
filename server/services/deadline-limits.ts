// The 处理期限 in force (collection deadline_limits, one record a district admin sets through
// staff.saveDeadlines), read by the staff function and by the scheduled 督办 pass alike.
import type { DeadlineSettings } from '../../src/domain/staff/api'
import { DEFAULT_DEADLINES, type DeadlineLimits } from '../../src/domain/staff/deadlines'
import type { Repository } from '../adapters/repository'
import { DEADLINES_MIGRATION } from './migrations'

export type DeadlineLimitsRecord = DeadlineSettings & { _id: string }
export const CURRENT_LIMITS = 'current'
export const deadlineRecords = (repo: Repository) => repo.collection<DeadlineLimitsRecord>('deadline_limits')

/** The district admin's limits, or the defaults before any were set. */
export async function readDeadlineSettings(repo: Repository): Promise<DeadlineSettings> {
  const stored = await deadlineRecords(repo).get(CURRENT_LIMITS)
  if (!stored) return { ...DEFAULT_DEADLINES }
  const { _id, ...settings } = stored
  return settings
}

/** The two numbers, and since when they count (the migration's time; none before it ran). */
export async function readDeadlineLimits(repo: Repository): Promise<DeadlineLimits> {
  const { acceptDays, answerDays } = await readDeadlineSettings(repo)
  const start = await repo.collection<{ _id: string; at: string }>('app_events').get(DEADLINES_MIGRATION)
  return { acceptDays, answerDays, ...(start ? { since: start.at } : {}) }
}
