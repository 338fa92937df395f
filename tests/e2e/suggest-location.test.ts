/**
 * The adult form's location (文字、照片和位置): a parent attaches their position (the browser's
 * fix, said back as "我现在的位置", never numbers), then picks a place instead (the browser build
 * has no map picker: one of the app's places, found by name); the suggestion arrives with it and
 * the community's worker sees where it is in words. The parent writes as a
 * citizen of this test's own (x-dev-openid), so other journeys keep their hourly submissions.
 */
import type { Browser, Route } from 'playwright-core'
import { backendUrl, launch, phone, screenshot, switchIdentity } from './browser'
import { seriousViolations } from './axe'

jest.setTimeout(120000)

// Near 解放碑, as a phone's GPS (WGS-84) would report it.
const HERE = { latitude: 29.5573, longitude: 106.5718 }
const TITLE = `大井巷口需要护学岗（位置 e2e ${Date.now().toString(36).slice(-4)}）`
const OWN = async (route: Route) =>
  route.continue({ headers: { ...route.request().headers(), 'x-dev-openid': 'dev-e2e-location' } })

describe('the adult form’s location in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a parent attaches a position, picks a place instead; the worker sees it in words', async () => {
    const { page, context, errors } = await phone(browser, { geolocation: HERE, permissions: ['geolocation'] })
    await switchIdentity(page, '居民')
    await page.route('**/cloud/**', OWN)
    await page.goto(`${backendUrl()}/#/pages/suggest/index`)
    await page.locator('.mode-chooser__option', { hasText: '我是家长' }).click()
    await page.locator('[data-topic="safety"]').click()
    await page.locator('.adult-form .ui-field__input input').first().fill(TITLE)
    await page
      .locator('.adult-form .ui-field__textarea textarea')
      .fill('放学时车多，孩子过马路很危险，希望早高峰有人护学。')
    await page.locator('.street-picker__streets .ui-chip', { hasText: '解放碑' }).click()
    await page.locator('.street-picker__communities .ui-chip', { hasText: '大井巷' }).click()

    await page.locator('.location-field__mine').click()
    await page.locator('.location-field__name', { hasText: '我现在的位置' }).waitFor()
    expect(await page.locator('.location-field').textContent()).not.toContain(String(HERE.latitude))
    await page.locator('.location-field__pick', { hasText: '选一个地点' }).click()
    await page.locator('.ui-sheet .ui-field input').fill('枇杷山')
    await page.locator('.location-field__place', { hasText: '枇杷山公园' }).click()
    await page.locator('.location-field__name', { hasText: '枇杷山公园' }).waitFor()
    await page.locator('.location-field__chosen').scrollIntoViewIfNeeded()
    await screenshot(page, 'suggest-location')
    expect(await seriousViolations(page)).toEqual([])
    await page.locator('.adult-form__submit').click()
    await page.locator('.submit-result .ui-status-tag', { hasText: '已提交' }).waitFor()

    await page.unroute('**/cloud/**', OWN)
    await switchIdentity(page, '社区工作者')
    await page.locator('.mine__staff').click()
    await page.locator('.inbox-card', { hasText: TITLE }).click()
    const where = page.locator('.staff-case__location')
    await where.getByText('位置：枇杷山公园', { exact: false }).waitFor()
    expect(await where.textContent()).toContain('（地点）')
    expect(errors).toEqual([])
    await context.close()
  })
})
