// The browser has no subscribe messages.
export type SubscribeOutcome = 'accepted' | 'rejected' | 'unavailable'

export function askForStatusUpdates(_templateId: string | undefined): Promise<SubscribeOutcome> {
  return Promise.resolve('unavailable')
}

export const askForNewSuggestionNotices = askForStatusUpdates
