// Headless Debian Chromium through playwright-core. The flags keep it off the network (this
// machine's network is closed); playwright gives every launch a fresh, empty profile.
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
import { CHROMIUM_HINT, SCREENSHOT_DIR, STATE_FILE, findChromium } from './env'

export function backendUrl(): string {
  return (JSON.parse(readFileSync(STATE_FILE, 'utf8')) as { baseUrl: string }).baseUrl
}

export async function launch(): Promise<Browser> {
  const executablePath = findChromium()
  if (!executablePath) throw new Error(`Chromium not found: ${CHROMIUM_HINT}`)
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // A microphone that plays a test tone, allowed without a prompt (the voice suggestions).
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      // Listening back plays without a tap first, as a phone would after the recording tap.
      '--autoplay-policy=no-user-gesture-required'
    ]
  })
}

/**
 * A phone-sized context; page errors fail the test that reads them. `options` adds to the
 * context (e.g. a granted geolocation: { geolocation, permissions: ['geolocation'] }).
 */
export async function phone(
  browser: Browser,
  options: BrowserContextOptions = {}
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    ...options
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  return { context, page, errors }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) })
}

/** From 我的, a staff page beside the inbox: 全部工作工具, then its row (src/pkg-staff/tools). */
export async function openStaffTool(page: Page, label: string): Promise<void> {
  await page.locator('.mine__tools').click()
  await page.locator('.staff-tools__link', { hasText: label }).click()
}

/**
 * The local backend's identity switch on 我的 (居民, 邻居家长, 社区工作者, 街道管理员, 区级管理员);
 * `role` is what 我的 then shows as the role (a resident of either name shows 居民).
 */
export async function switchIdentity(
  page: Page,
  label: string,
  role = label.slice(0, 3),
  base = backendUrl()
): Promise<void> {
  await page.goto('about:blank')
  await page.goto(`${base}/#/pages/mine/index`)
  await page.locator('.dev-switch__option', { hasText: label }).click()
  await page.locator('.dev-switch__option--active', { hasText: label }).waitFor()
  await page.locator('.mine__role', { hasText: role }).waitFor()
}

/**
 * One call to the local backend as a dev identity ('citizen', 'worker', 'street', 'district'), or
 * as a citizen of its own (`openid`: dev-…, the backend's x-dev-openid), whose rate limits no
 * other e2e file spends.
 */
export async function cloud(
  identity: string,
  name: string,
  body: object,
  openid?: string,
  /** A journey's own backend (`--dev-clock`); the shared one otherwise. */
  base = backendUrl()
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<any> {
  const r = await fetch(`${base}/cloud/${name}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-dev-identity': identity,
      ...(openid ? { 'x-dev-openid': openid } : {})
    },
    body: JSON.stringify(body)
  })
  return r.json()
}

/** A stroke with the mouse on the drawing pad inside `scope` (the first one on the page by default). */
export async function draw(page: Page, scope = ''): Promise<void> {
  await page.locator(`${scope} .drawing-pad[data-ready="true"]`.trim()).waitFor()
  const canvas = page.locator(`${scope} .drawing-pad canvas`.trim()).first()
  // The mouse reaches only what is on screen.
  await canvas.scrollIntoViewIfNeeded()
  const box = (await canvas.boundingBox())!
  const at = (fx: number, fy: number) => [box.x + box.width * fx, box.y + box.height * fy] as const
  await page.mouse.move(...at(0.2, 0.7))
  await page.mouse.down()
  for (const [fx, fy] of [
    [0.3, 0.3],
    [0.5, 0.2],
    [0.7, 0.3],
    [0.8, 0.7]
  ])
    await page.mouse.move(...at(fx, fy), { steps: 5 })
  await page.mouse.up()
}
