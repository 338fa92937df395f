// Asks for one-time subscribe messages: the author's status updates (sent by the worker side, with
// the template the server names in whoami), staff's 新建议提醒, a parent's activity change and
// day-before reminder. WeChat accepts the request only from a tap: call these synchronously in the
// tap handler, before any await. One panel takes 3 templates at most.
import Taro from '@tarojs/taro'
import type { SubscribeOutcome } from './subscribe-types'

export type { SubscribeOutcome } from './subscribe-types'

const MAX_TEMPLATES_PER_REQUEST = 3

function ask(templateIds: ReadonlyArray<string | undefined>): Promise<SubscribeOutcome> {
  const ids = templateIds.filter((id): id is string => Boolean(id)).slice(0, MAX_TEMPLATES_PER_REQUEST)
  if (ids.length === 0) return Promise.resolve('unavailable')
  try {
    // Not async: the request must leave in the same tick as the tap.
    return (
      Taro.requestSubscribeMessage({ tmplIds: ids } as Taro.requestSubscribeMessage.Option) as Promise<unknown>
    ).then(
      (r) => (ids.some((id) => (r as Record<string, string>)[id] === 'accept') ? 'accepted' : 'rejected'),
      () => 'unavailable' as const
    )
  } catch {
    return Promise.resolve('unavailable')
  }
}

export function askForStatusUpdates(templateId: string | undefined): Promise<SubscribeOutcome> {
  return ask([templateId])
}

/** Staff: 新建议提醒 (new suggestions in their area), one message per accepted request. Same tap rule. */
export const askForNewSuggestionNotices = askForStatusUpdates

/** A parent signing up: the activity's change or cancellation, and the reminder the day before. */
export const askForActivityMessages = ask
