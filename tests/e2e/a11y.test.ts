/**
 * Accessibility in a real browser: axe-core on every page of src/app.config.ts (main package and
 * subpackages; the staff pages as a district admin, who may open all of them), in normal and in
 * care mode, with no serious or critical violation and no rule switched off; and screenshots of each tab in normal, care and dark mode at 375×667 for a
 * person to look at.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { backendUrl, cloud, launch, phone, screenshot, switchIdentity } from './browser'
import { seriousViolations } from './axe'

jest.setTimeout(600000)

interface AppConfig {
  pages: string[]
  subPackages: Array<{ root: string; pages: string[] }>
  tabBar: { list: Array<{ pagePath: string }> }
}

/** The app's pages as Taro builds them: app.config.ts is read, not copied. */
async function appConfig(): Promise<AppConfig> {
  // app.config.ts runs in Taro's build, where defineAppConfig is a global.
  ;(globalThis as { defineAppConfig?: (c: unknown) => unknown }).defineAppConfig = (c) => c
  return (await import('../../src/app.config')).default as unknown as AppConfig
}

function allRoutes(config: AppConfig): string[] {
  return [...config.pages, ...config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]
}

/** Records a page shows: this test's own suggestion (its author and staff see it) and a place. */
interface Records {
  suggestion: string
  place: string
}

const OWN_TITLE = '无障碍检查用的建议：路口需要护学岗'

/**
 * What a page needs to open on something: its query and a text that says it is ready. A page not
 * listed opens bare and is ready once its shell is on screen and nothing is loading.
 */
const HOW: Record<string, { query?: (r: Records) => string; ready?: string }> = {
  'pages/home/index': { ready: '从一米高度看城市' },
  'pages/suggest/index': { ready: '我是小朋友' },
  'pkg-suggest/write/index': { ready: '告诉街道' },
  'pages/policy/index': { ready: '46 项重点任务' },
  'pages/mine/index': { ready: '关怀模式' },
  'pkg-policy/qa/index': { ready: '为什么要制定' },
  'pkg-policy/qa-detail/index': { query: () => 'id=q3', ready: '给小朋友' },
  'pkg-policy/full/index': { ready: '专家视角' },
  'pkg-suggest/board/index': { ready: '公示' },
  'pkg-info/about/index': { ready: '我们收集什么' },
  'pkg-suggest/detail/index': { query: (r) => `id=${r.suggestion}`, ready: OWN_TITLE },
  'pkg-staff/case/index': { query: (r) => `id=${r.suggestion}`, ready: OWN_TITLE },
  'pkg-places/detail/index': { query: (r) => `id=${encodeURIComponent(r.place)}` },
  'pkg-staff/place-edit/index': { query: (r) => `id=${encodeURIComponent(r.place)}` }
}

const isStaffPage = (route: string) => route.startsWith('pkg-staff/')

async function makeRecords(): Promise<Records> {
  const id = `e2e-a11y-${Date.now().toString(36)}`
  // As a resident of its own (邻居家长): the other journeys' 居民 keeps its hourly submissions.
  const sent = await cloud('neighbour', 'suggestions', {
    action: 'submit',
    suggestion: {
      id,
      mode: 'adult',
      topic: 'school_way',
      title: OWN_TITLE,
      text: '中山二路路口早上车多，孩子过马路很危险，希望早高峰有人护学。',
      photoFileIds: [],
      street: '500103004',
      community: '500103004002',
      onBehalfOfChild: false
    }
  })
  expect(sent).toMatchObject({ ok: true })
  const places = await cloud('citizen', 'places', { action: 'list' })
  expect(places).toMatchObject({ ok: true })
  return { suggestion: id, place: (places.data.places as Array<{ id: string }>)[0].id }
}

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

async function open(page: Page, route: string, records: Records) {
  const how = HOW[route] ?? {}
  const query = how.query ? `?${how.query(records)}` : ''
  // A fresh load per page: a hash-only change would stack pages in Taro's router.
  await page.goto('about:blank')
  await page.goto(`${backendUrl()}/#/${route}${query}`)
  await page
    .locator('.page-shell', { hasText: how.ready ?? '' })
    .first()
    .waitFor()
  await page.waitForFunction(() => !document.querySelector('.ui-loading'))
}

describe('accessibility and appearance', () => {
  let browser: Browser
  let config: AppConfig
  let records: Records
  beforeAll(async () => {
    browser = await launch()
    config = await appConfig()
    records = await makeRecords()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('knows how to open only pages the app has', () => {
    const routes = allRoutes(config)
    // Every tab, subpackage pages, and the staff and place pages the old list of 11 left out.
    expect(routes).toEqual(
      expect.arrayContaining([
        'pages/mine/index',
        'pkg-places/detail/index',
        'pkg-staff/inbox/index',
        'pkg-staff/case/index'
      ])
    )
    expect(Object.keys(HOW).filter((r) => !routes.includes(r))).toEqual([])
  })

  for (const care of [false, true]) {
    for (const staff of [false, true]) {
      const who = staff ? 'the staff pages as a district admin' : 'every other page as a resident'
      it(`axe finds no serious or critical violation on ${who} (${care ? 'care mode' : 'normal'})`, async () => {
        const { page, context } = await phone(browser)
        await switchIdentity(page, staff ? '区级管理员' : '邻居家长', staff ? '区级' : '居民')
        await setCareMode(page, care)
        const found: string[] = []
        const opened: string[] = []
        const routes = allRoutes(config).filter((r) => isStaffPage(r) === staff)
        for (const route of routes) {
          await open(page, route, records)
          opened.push(route)
          found.push(...(await seriousViolations(page)).map((v) => `${route}: ${v}`))
        }
        expect(opened).toEqual(routes)
        expect(found).toEqual([])
        await context.close()
      })
    }
  }

  it('screenshots every tab in normal, care and dark mode', async () => {
    const tabs = config.tabBar.list.map((t) => t.pagePath)
    expect(tabs).toContain('pages/mine/index')
    const modes: Array<[name: string, care: boolean, dark: boolean]> = [
      ['normal', false, false],
      ['care', true, false],
      ['dark', false, true]
    ]
    for (const [name, care, dark] of modes) {
      const { page, context }: { page: Page; context: BrowserContext } = await phone(browser)
      await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' })
      await switchIdentity(page, '邻居家长', '居民')
      await setCareMode(page, care)
      for (const route of tabs) {
        await open(page, route, records)
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
