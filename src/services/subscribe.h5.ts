// The browser has no subscribe messages.
import type { SubscribeOutcome } from './subscribe-types'

export type { SubscribeOutcome } from './subscribe-types'

export function askForStatusUpdates(_templateId: string | undefined): Promise<SubscribeOutcome> {
  return Promise.resolve('unavailable')
}

export const askForNewSuggestionNotices = askForStatusUpdates

export function askForActivityMessages(_templateIds: ReadonlyArray<string | undefined>): Promise<SubscribeOutcome> {
  return Promise.resolve('unavailable')
}
