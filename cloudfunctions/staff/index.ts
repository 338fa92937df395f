// WeChat entry of the `staff` cloud function (bundled to index.js by `npm run build:cloud`).
import { wechatMain } from '../../server/adapters/wechat'
import { staffFunction } from './handler'

export const main = wechatMain(staffFunction)
