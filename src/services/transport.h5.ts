// Browser: the local cloud backend over HTTP, with the same names and payloads as WeChat.
// The browser's own fetch rather than Taro.request: every browser of the device floor has fetch and
// AbortController, and Taro.request carries polyfills for both and a JSONP client (≈ 25 KB) onto
// the first screen's path.
import { env } from '../env'
import { getDevIdentity } from './dev-identity'

export async function send(name: string, payload: object): Promise<unknown> {
  const identity = getDevIdentity()
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), env.cloudTimeoutMs)
  try {
    const r = await fetch(`${env.cloudUrl}/${name}`, {
      method: 'POST',
      body: JSON.stringify(payload),
      headers: { 'content-type': 'application/json', ...(identity ? { 'x-dev-identity': identity } : {}) },
      signal: controller.signal
    })
    // A body that is not JSON is no answer (null); a body cut off by the timeout or the network is
    // that failure, said as such below.
    const data: unknown = await r.json().catch((e: unknown) => {
      if (e instanceof SyntaxError) return null
      throw e
    })
    if (r.status >= 500 && !(data && typeof data === 'object')) throw new Error(`HTTP ${r.status}`)
    return data
  } catch (e) {
    // Said as a timeout, so the caller tells "网络超时" apart from "no network".
    if (controller.signal.aborted) throw new Error('request timeout')
    throw e
  } finally {
    clearTimeout(timer)
  }
}
