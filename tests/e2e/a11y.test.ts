/**
 * Accessibility in a real browser: axe-core on every page, in normal and in care mode, with no
 * serious or critical violation and no rule switched off; and
 * screenshots of each tab in normal, care and dark mode at 375×667 for a person to look at.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { backendUrl, launch, phone, screenshot } from './browser'

jest.setTimeout(180000)

const PAGES: Array<[route: string, ready: string]> = [
  ['pages/home/index', '从一米高度看城市'],
  ['pages/map/index', ''],
  ['pages/suggest/index', '我是小朋友'],
  ['pkg-suggest/write/index', '告诉街道'],
  ['pages/policy/index', '46 项重点任务'],
  ['pages/mine/index', '关怀模式'],
  ['pkg-policy/qa/index', '为什么要制定'],
  ['pkg-policy/qa-detail/index?id=q3', '给小朋友'],
  ['pkg-policy/full/index', '专家视角'],
  ['pkg-suggest/board/index', '公示'],
  ['pkg-info/about/index', '我们收集什么']
]

async function setCareMode(page: Page, on: boolean) {
  await page.goto(`${backendUrl()}/#/pages/mine/index`)
  const root = page.locator('.page-shell').first()
  await root.waitFor()
  const isOn = ((await root.getAttribute('class')) ?? '').includes('care-mode')
  if (isOn !== on) {
    await page.locator('.mine__care-switch').click()
    await page.waitForFunction(
      (want) => document.querySelector('.page-shell')?.classList.contains('care-mode') === want,
      on
    )
  }
}

async function open(page: Page, route: string, ready: string) {
  // A fresh load per page: a hash-only change would stack pages in Taro's router.
  await page.goto('about:blank')
  await page.goto(`${backendUrl()}/#/${route}`)
  await page.locator('.page-shell', { hasText: ready }).first().waitFor()
}

describe('accessibility and appearance', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  for (const care of [false, true]) {
    it(`axe finds no serious or critical violation on any page (${care ? 'care mode' : 'normal'})`, async () => {
      const { page, context } = await phone(browser)
      await setCareMode(page, care)
      const found: string[] = []
      for (const [route, ready] of PAGES) {
        await open(page, route, ready)
        const result = await new AxeBuilder({ page }).analyze()
        for (const v of result.violations) {
          if (v.impact === 'serious' || v.impact === 'critical') {
            found.push(
              `${route}: ${v.id} (${v.impact}) ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(' | ')}`
            )
          }
        }
      }
      expect(found).toEqual([])
      await context.close()
    })
  }

  it('screenshots every tab in normal, care and dark mode', async () => {
    const modes: Array<[name: string, care: boolean, dark: boolean]> = [
      ['normal', false, false],
      ['care', true, false],
      ['dark', false, true]
    ]
    for (const [name, care, dark] of modes) {
      const { page, context }: { page: Page; context: BrowserContext } = await phone(browser)
      await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' })
      await setCareMode(page, care)
      for (const [route, ready] of PAGES.slice(0, 5)) {
        await open(page, route, ready)
        await screenshot(page, `${name}-${route.split('/')[1]}`)
      }
      if (dark) {
        const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.page-shell')!).backgroundColor)
        expect(bg).toBe('rgb(20, 20, 20)')
      }
      await context.close()
    }
  })
})
