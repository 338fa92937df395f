// What both platform files of ./subscribe offer: asking for one-time subscribe messages (WeChat
// only; the browser answers 'unavailable').
import type { Implements } from '../platform-contract'

export type SubscribeOutcome = 'accepted' | 'rejected' | 'unavailable'

export interface SubscribePlatform {
  askForStatusUpdates: (templateId: string | undefined) => Promise<SubscribeOutcome>
  askForNewSuggestionNotices: (templateId: string | undefined) => Promise<SubscribeOutcome>
  /** Several templates in one panel (WeChat takes 3 at most); accepted when any one was. */
  askForActivityMessages: (templateIds: ReadonlyArray<string | undefined>) => Promise<SubscribeOutcome>
}

export type SubscribePlatforms = [
  Implements<SubscribePlatform, typeof import('./subscribe.weapp')>,
  Implements<SubscribePlatform, typeof import('./subscribe.h5')>
]
