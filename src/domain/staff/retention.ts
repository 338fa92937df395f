// Retention of children's personal data: the contact (and the guardian consent that allowed it)
// is kept CHILD_CONTACT_RETENTION_DAYS after the suggestion is closed, then deleted by the
// scheduled `purge` function. The suggestion itself stays (its words are not personal data once
// redacted); so does the audit trail, which names no citizen.
import { DAY_MS } from '../places/china-time'
import { CHILD_CONTACT_RETENTION_DAYS } from '../suggestions/consent'
import type { Suggestion } from '../suggestions/model'

/** Suggestions closed at or before this instant are due. */
export function purgeCutoff(now: Date, days = CHILD_CONTACT_RETENTION_DAYS): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString()
}

/** A child's suggestion: written in the child form (any age group up to 17). */
function isChildSuggestion(s: Pick<Suggestion, 'mode'>): boolean {
  return s.mode === 'child'
}

export function isDueForPurge(s: Suggestion, now: Date, days = CHILD_CONTACT_RETENTION_DAYS): boolean {
  if (!isChildSuggestion(s) || s.status !== 'closed' || s.personalDataPurgedAt) return false
  // Rows closed before closedAt existed fall back to updatedAt, which is never earlier.
  const closedAt = s.closedAt ?? s.updatedAt
  return closedAt <= purgeCutoff(now, days)
}

/** The stored suggestion without contact and consent, marked with when they were deleted. */
export function withoutPersonalData(s: Suggestion, at: string): Suggestion {
  const { contact: _contact, consent: _consent, ...rest } = s
  void _contact
  void _consent
  return { ...rest, personalDataPurgedAt: at }
}
