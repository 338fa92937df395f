// WeChat: cloud functions through wx.cloud, initialised once with the env id from config.
import Taro from '@tarojs/taro'
import { env } from '../env'

let initialised = false

function ensureCloud(): void {
  if (initialised) return
  Taro.cloud.init({ ...(env.cloudEnv ? { env: env.cloudEnv } : {}), traceUser: true })
  initialised = true
}

/** Sends a payload to a cloud function and returns whatever it answered (unparsed). */
export async function send(name: string, payload: object): Promise<unknown> {
  ensureCloud()
  const r = await Taro.cloud.callFunction({ name, data: payload as Record<string, unknown> })
  return r.result
}
