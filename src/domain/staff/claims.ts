// Revision claims (see cloudfunctions/staff/access.ts): every change to a suggestion claims its
// next revision by inserting the audit entry `<id>@<rev>`. A function that dies between the claim
// and its write leaves the claim behind; this rule says when someone else may take it over. The
// staff functions and the scheduled purge both use it.

/** Long enough for any live call to have written its change (functions time out well before). */
export const STALE_CLAIM_MS = 60_000

/** The claim is older than STALE_CLAIM_MS and the row never reached the claimed revision. */
export function isAbandonedClaim(
  claim: { at: string } | null,
  rowRev: number | null,
  claimedRev: number,
  now: string
): boolean {
  if (!claim || rowRev === null) return false
  return rowRev < claimedRev && Date.parse(now) - Date.parse(claim.at) > STALE_CLAIM_MS
}

/** What a claim says about its change (an audit entry's fields). */
export interface ClaimShape {
  at: string
  rev?: number
  kind?: string
  actor?: string | null
  detail?: unknown
}

/**
 * The held claim is the same step by the same caller (the same kind, actor and detail) and the
 * row never reached it: the call that made it died before its write, and this is its retry. It
 * may take the claim over at once, instead of being told for STALE_CLAIM_MS that someone else
 * changed the row (nobody did), with a claim in the audit log naming a change never made.
 */
export function isOwnAbandonedClaim(held: ClaimShape | null, rowRev: number | null, claim: ClaimShape): boolean {
  if (!held || rowRev === null || claim.rev === undefined || rowRev >= claim.rev) return false
  return (
    held.kind === claim.kind &&
    (held.actor ?? null) === (claim.actor ?? null) &&
    JSON.stringify(held.detail ?? null) === JSON.stringify(claim.detail ?? null)
  )
}

/** A claim someone may take over: abandoned long enough ago, or their own step's (a retry). */
export function mayTakeOverClaim(held: ClaimShape | null, rowRev: number | null, claim: ClaimShape & { rev: number }) {
  return isAbandonedClaim(held, rowRev, claim.rev, claim.at) || isOwnAbandonedClaim(held, rowRev, claim)
}
