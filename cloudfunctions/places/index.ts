// WeChat entry of the `places` cloud function (bundled to index.js by `npm run build:cloud`).
import { wechatMain } from '../../server/adapters/wechat'
import { placesFunction } from './handler'

export const main = wechatMain(placesFunction)
