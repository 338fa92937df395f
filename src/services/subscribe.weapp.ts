// Asks to notify the author when the status of their suggestion changes (sent by the worker
// side). Needs a subscribe-message template id (TARO_APP_SUBSCRIBE_TEMPLATE_ID); without one
// nothing is asked.
import Taro from '@tarojs/taro'
import { env } from '../env'

export async function askForStatusUpdates(): Promise<'accepted' | 'rejected' | 'unavailable'> {
  const id = env.subscribeTemplateId
  if (!id) return 'unavailable'
  try {
    const r = (await Taro.requestSubscribeMessage({
      tmplIds: [id]
    } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>
    return r[id] === 'accept' ? 'accepted' : 'rejected'
  } catch {
    return 'unavailable'
  }
}
