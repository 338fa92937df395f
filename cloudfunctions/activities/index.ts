// WeChat entry of the `activities` cloud function (bundled to index.js by `npm run build:cloud`).
import { wechatMain } from '../../server/adapters/wechat'
import { activitiesFunction } from './handler'

export const main = wechatMain(activitiesFunction)
