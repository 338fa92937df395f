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
