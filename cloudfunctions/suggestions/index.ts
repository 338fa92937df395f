// WeChat entry of the `suggestions` cloud function (bundled to index.js by `npm run build:cloud`).
import { wechatMain } from '../../server/adapters/wechat'
import { suggestionsFunction } from './handler'

export const main = wechatMain(suggestionsFunction)
