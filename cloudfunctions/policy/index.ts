// WeChat entry of the `policy` cloud function (bundled to index.js by `npm run build:cloud`).
import { wechatMain } from '../../server/adapters/wechat'
import { policyFunction } from './handler'

export const main = wechatMain(policyFunction)
