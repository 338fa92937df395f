// Asks to notify the author when the status of their suggestion changes (sent by the worker
// side, with the template the server names in whoami). WeChat accepts the request only from a
// tap: call this synchronously in the tap handler, before any await.
import Taro from '@tarojs/taro'
import type { SubscribeOutcome } from './subscribe-types'

export type { SubscribeOutcome } from './subscribe-types'

export function askForStatusUpdates(templateId: string | undefined): Promise<SubscribeOutcome> {
  if (!templateId) return Promise.resolve('unavailable')
  try {
    // Not async: the request must leave in the same tick as the tap.
    return (
      Taro.requestSubscribeMessage({ tmplIds: [templateId] } as Taro.requestSubscribeMessage.Option) as Promise<unknown>
    ).then(
      (r) => ((r as Record<string, string>)[templateId] === 'accept' ? 'accepted' : 'rejected'),
      () => 'unavailable' as const
    )
  } catch {
    return Promise.resolve('unavailable')
  }
}

/** Staff: 新建议提醒 (new suggestions in their area), one message per accepted request. Same tap rule. */
export const askForNewSuggestionNotices = askForStatusUpdates
