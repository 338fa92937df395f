// The one door to the cloud. Pages and stores call callCloud; the platform file behind
// ./transport decides how the payload travels (wx.cloud on WeChat, HTTP in the browser).
import type { FunctionName, Payload, ResponseOf } from '../domain/cloud-api'
import { fail, parseCloudResult, type CloudResult } from '../domain/errors'
import { send } from './transport'

export async function callCloud<N extends FunctionName, P extends Payload<N>>(
  name: N,
  payload: P
): Promise<CloudResult<ResponseOf<N, P['action']>>> {
  let raw: unknown
  try {
    raw = await send(name, payload)
  } catch (e) {
    const text = String((e as { errMsg?: string })?.errMsg ?? (e as Error)?.message ?? e)
    return fail(/timeout|超时/i.test(text) ? 'TIMEOUT' : 'NETWORK')
  }
  return parseCloudResult<ResponseOf<N, P['action']>>(raw)
}
