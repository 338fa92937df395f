// Bookkeeping of stored files a record refers to (no storage call here: server/adapters does those).

/**
 * Staff pictures a record stops showing (a place's photos, an activity's cover): those it still had
 * to delete and those it showed, less those it shows now. The record carries them with the change,
 * so a call that dies before the files are deleted leaves them to its retry or the next change.
 */
export function picturesGoing(
  pending: readonly string[] | undefined,
  had: readonly string[],
  keeps: readonly string[]
): string[] {
  return [...new Set([...(pending ?? []), ...had])].filter((id) => !keeps.includes(id))
}
