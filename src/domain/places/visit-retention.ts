// How long a 预约参观 request is kept (./visits.ts): what the consent, the privacy page and the
// purge read, in a module of its own so that none of them carries the request's form rules.
import { DAY_MS } from '../clock'

/** A closed request (answered or withdrawn) is deleted this many days after it closed. */
export const VISIT_RETENTION_DAYS = 30
/** A request nobody answered is deleted this many days after it was made. */
export const VISIT_UNANSWERED_DAYS = 60

interface Dated {
  createdAt: string
  /** When it closed (answered or withdrawn): absent while it waits. */
  closedAt?: string
}

/** Whether the purge deletes the request at `now`. */
export function visitDue(r: Dated, now: Date): boolean {
  const days = r.closedAt ? VISIT_RETENTION_DAYS : VISIT_UNANSWERED_DAYS
  return Date.parse(r.closedAt ?? r.createdAt) + days * DAY_MS <= now.getTime()
}

/** The query bounds of the purge: closed before the first, or made (and still open) before the second. */
export function visitCutoffs(now: Date): { closedBefore: string; openMadeBefore: string } {
  return {
    closedBefore: new Date(now.getTime() - VISIT_RETENTION_DAYS * DAY_MS).toISOString(),
    openMadeBefore: new Date(now.getTime() - VISIT_UNANSWERED_DAYS * DAY_MS).toISOString()
  }
}
