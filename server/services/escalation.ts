// 督办: the scheduled pass (cloudfunctions/purge/run.ts, on its timer) takes every overdue step
// to the street admin and, DISTRICT_ESCALATION_DAYS working days later, to the district
// (src/domain/staff/deadlines.ts decides when), each level once: a history entry the author and
// staff see, an audit entry, and a notice through the staff notice service.
//
// Once under retries and crashes: each level is written under a revision claim like every staff
// change (claimRevision: an audit entry `<suggestion>@<rev>`), and a level already in the history
// is never written again. The notice goes after the claim and before the row is written, keyed by
// the level, so a pass that died in between sends nothing twice and writes the entry next time.
import { DEADLINE_STEP_LABELS, escalationLevel, overdueStep, owedStepStart } from '../../src/domain/staff/deadlines'
import type { HistoryEvent, Suggestion } from '../../src/domain/suggestions/model'
import type { Notifier } from '../adapters/notifier'
import type { Repository } from '../adapters/repository'
import type { AuditEntry } from './audit'
import { readDeadlineLimits } from './deadline-limits'
import { claimRevision } from './personal-data'
import { notifyEscalation } from './staff-notice'

/** Statuses in which 受理 or 答复 can still be owed. */
const OWING = ['submitted', 'accepted', 'in_progress'] as const
const EVENTS: Record<1 | 2, HistoryEvent> = { 1: 'escalated_street', 2: 'escalated_district' }
const SYSTEM = { actor: null, actorName: '系统', actorRole: 'system' } as const

/** The 督办 level already in a row's history since `since` (the owed step's start; 0: none). */
export function escalatedLevel(s: Pick<Suggestion, 'history'>, since = ''): 0 | 1 | 2 {
  const current = s.history.filter((h) => h.at >= since)
  if (current.some((h) => h.event === EVENTS[2])) return 2
  return current.some((h) => h.event === EVENTS[1]) ? 1 : 0
}

export interface EscalationRun {
  /** Levels written in this pass. */
  escalated: number
  /** Rows a staff change held at that moment (the next pass takes them). */
  busy: number
  /** False when the pass stopped at maxRows; the next one continues. */
  done: boolean
}

export async function escalateOverdue(
  repo: Repository,
  notifier: Notifier,
  now: Date,
  options: { batch?: number; maxRows?: number } = {}
): Promise<EscalationRun> {
  const { batch = 200, maxRows = 5000 } = options
  const limits = await readDeadlineLimits(repo)
  const suggestions = repo.collection<Suggestion>('suggestions')
  const nowIso = now.toISOString()
  const run: EscalationRun = { escalated: 0, busy: 0, done: true }
  let after = ''
  let seen = 0
  for (;;) {
    if (seen >= maxRows) return { ...run, done: false }
    const rows = await suggestions.find(
      { status: { $in: [...OWING] }, ...(after ? { _id: { $gt: after } } : {}) },
      { orderBy: [['_id', 'asc']], limit: Math.min(batch, maxRows - seen) }
    )
    if (rows.length === 0) return run
    for (const s of rows) {
      seen += 1
      after = s._id
      // One level a pass: a case overdue for long is taken to the street, then the district.
      const since = owedStepStart(s, limits) ?? ''
      const reached = escalatedLevel(s, since)
      const due = escalationLevel(s, limits, nowIso)
      if (due <= reached) continue
      const level = (reached + 1) as 1 | 2
      const late = overdueStep(s, limits, nowIso)!
      const rev = (s.rev ?? 0) + 1
      const entry = {
        _id: `${s._id}@${rev}`,
        kind: 'escalate',
        at: nowIso,
        ...SYSTEM,
        suggestionId: s._id,
        rev,
        detail: { level, step: late.step, due: late.due }
      } satisfies AuditEntry
      if (!(await claimRevision(repo, entry))) {
        run.busy += 1
        continue
      }
      const fresh = await suggestions.get(s._id)
      if (!fresh || escalatedLevel(fresh, since) >= level) continue
      await notifyEscalation({ repo, notifier }, fresh, level, DEADLINE_STEP_LABELS[late.step], now).catch((e) =>
        console.error('[escalation] notice', e)
      )
      // Not a change anyone made: updatedAt stays, as with the purge.
      await suggestions.put({
        ...fresh,
        rev,
        history: [
          ...fresh.history,
          {
            status: fresh.status,
            at: nowIso,
            by: '系统',
            event: EVENTS[level],
            note: `${DEADLINE_STEP_LABELS[late.step]}应于 ${late.due} 前完成`
          }
        ]
      })
      run.escalated += 1
    }
  }
}
