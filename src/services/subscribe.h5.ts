// The browser has no subscribe messages.
export async function askForStatusUpdates(): Promise<'accepted' | 'rejected' | 'unavailable'> {
  return 'unavailable'
}
