// WeChat entry of the `user` cloud function (bundled to index.js by `npm run build:cloud`).
import { wechatMain } from '../../server/adapters/wechat'
import { userFunction } from './handler'

export const main = wechatMain(userFunction)
