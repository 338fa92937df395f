// A page shared to 朋友圈 opens in single-page mode (scene 1154): no tab bar, no navigation to any
// other page, no button open-type, no chooseImage, and cloud calls only with 未登录访问
// (https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/share-timeline.html).
// So timeline sharing is on only for a page that reads whole on its own and hides what cannot
// work there (services/launch: isSinglePageMode). Taro keeps a page's enableShareTimeline in the
// page's own chunk and registers onShareTimeline from it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { BUILT, builtRoutes } from './built-files'

const SRC = join(__dirname, '../../src')

// Each page here renders from bundled content and, in single-page mode, hides its links to other
// pages and its share button (pkg-policy/qa-detail/index.test.tsx shows it).
const SINGLE_PAGE_READY = ['pkg-policy/qa-detail/index']

describe('timeline sharing', () => {
  const routes = builtRoutes()
  const code = (route: string) => readFileSync(join(BUILT, `${route}.js`), 'utf8')

  it('is on only for the pages that work in single-page mode', () => {
    const sharing = routes.filter((r) => /enableShareTimeline:(!0|true)/.test(code(r)))
    expect(sharing).toEqual(SINGLE_PAGE_READY)
  })

  it('each of them also shares to a chat (WeChat’s first condition) and checks for single-page mode', () => {
    for (const route of SINGLE_PAGE_READY) {
      expect(code(route)).toMatch(/enableShareAppMessage:(!0|true)/)
      expect(readFileSync(join(SRC, `${route}.tsx`), 'utf8')).toMatch(
        /import \{ isSinglePageMode \} from '(\.\.\/)+services\/launch'/
      )
    }
  })
})
