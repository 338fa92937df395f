/**
 * The app shell in a real browser against the real local backend: walk the tabBar, see each
 * page, and see the cloud answer (identity switch included). Screenshots land in screenshots/.
 */
import type { Browser } from 'playwright-core'
import { backendUrl, launch, phone, screenshot } from './browser'

jest.setTimeout(60000)

const TABS: Array<[tab: string, text: string, shot: string]> = [
  ['找地方', '附近的儿童服务', 'tab-map'],
  ['提建议', '告诉街道：城市哪里可以变得更好', 'tab-suggest'],
  ['政策', '儿童友好城市建设三年行动计划', 'tab-policy'],
  ['我的', '本地开发环境（示例数据）', 'tab-mine'],
  ['首页', '从一米高度看城市', 'tab-home']
]

describe('app shell in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('walks every tab of the tabBar', async () => {
    const { page, errors, context } = await phone(browser)
    await page.goto(backendUrl())
    await page.getByText('从一米高度看城市').waitFor()
    for (const [tab, text, shot] of TABS) {
      await page.locator('.weui-tabbar__item', { hasText: tab }).click()
      // Visited tabs stay in the page, hidden: wait for the copy on the tab now shown.
      await page.getByText(text).filter({ visible: true }).first().waitFor()
      await screenshot(page, shot)
    }
    expect(errors).toEqual([])
    await context.close()
  })

  it('shows the role the local backend gives, and switches identity', async () => {
    const { page, context } = await phone(browser)
    await page.goto(`${backendUrl()}/#/pages/mine/index`)
    await page.locator('.mine__role', { hasText: '居民' }).waitFor()
    await page.locator('.dev-switch__option', { hasText: '社区工作者' }).click()
    await page.locator('.mine__role', { hasText: '社区工作者' }).waitFor()
    await page.getByText('示例社工 · 大井巷').waitFor()
    await screenshot(page, 'mine-worker')
    // The choice survives a reload, as a developer switching roles would expect.
    await page.reload()
    await page.locator('.mine__role', { hasText: '社区工作者' }).waitFor()
    await context.close()
  })

  it('opens a subpackage page from the mine tab', async () => {
    const { page, context, errors } = await phone(browser)
    await page.goto(`${backendUrl()}/#/pages/mine/index`)
    await page.getByText('关于与隐私').click()
    await page.getByText('我们收集什么').waitFor()
    await screenshot(page, 'about')
    expect(errors).toEqual([])
    await context.close()
  })
})
