// Browser: the local cloud backend over HTTP, with the same names and payloads as WeChat.
import Taro from '@tarojs/taro'
import { env } from '../env'
import { getDevIdentity } from './dev-identity'

export async function send(name: string, payload: object): Promise<unknown> {
  const identity = getDevIdentity()
  const r = await Taro.request({
    url: `${env.cloudUrl}/${name}`,
    method: 'POST',
    data: payload,
    header: { 'content-type': 'application/json', ...(identity ? { 'x-dev-identity': identity } : {}) },
    timeout: env.cloudTimeoutMs
  })
  if (r.statusCode >= 500 && !(r.data && typeof r.data === 'object')) throw new Error(`HTTP ${r.statusCode}`)
  return r.data
}
