/**
 * 儿童友好步行路线 journey: a district admin enters a route on 工作台 → 儿童友好路线 — the line pasted
 * as GeoJSON, read back as its points and length, refused without a source first — and a parent
 * sees it on 找地方: a line on the map and, under it, its name, length, words and source; tapped,
 * the route is framed on the map and the page goes back up to it. The name names this test (e2e
 * files share one backend).
 */
import type { Browser } from 'playwright-core'
import { backendUrl, launch, openStaffTool, phone, screenshot, switchIdentity } from './browser'
import { seriousViolations } from './axe'

jest.setTimeout(120000)

const NAME = `上学路（示例 · e2e ${Date.now().toString(36).slice(-4)}）`
// Along 民生路 near 解放碑, GCJ-02, as GeoJSON writes them: [经度, 纬度].
const GEOJSON = JSON.stringify({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'LineString',
    coordinates: [
      [106.5775, 29.5585],
      [106.5782, 29.5579],
      [106.579, 29.5572]
    ]
  }
})

describe('儿童友好步行路线 in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a district admin enters a route with its source; a parent sees it on the map', async () => {
    const { page, context, errors } = await phone(browser)
    await switchIdentity(page, '区级管理员')
    await openStaffTool(page, '儿童友好路线')
    await page.locator('.walk-routes__new').click()
    await page.locator('.route-fields__name input').fill(NAME)
    await page.locator('.route-fields__description textarea').fill('从大井巷社区到小学门口，走人行道。')
    await page.locator('.route-fields__points textarea').fill(GEOJSON)
    await page.locator('.route-fields__read', { hasText: '读到 3 个点，全长约 210 米' }).waitFor()
    await page.locator('.walk-routes__save').click()
    await page.getByText('请写明路线来源', { exact: false }).waitFor()
    await page.locator('.route-fields__source input').fill('街道实地踏勘（示例）')
    await page.locator('.walk-routes__save').click()
    await page.locator('.walk-route', { hasText: NAME }).waitFor()
    await screenshot(page, 'walk-routes-staff')
    // The toast has faded before the page is checked (axe could catch it half-drawn).
    await page.waitForFunction(() => {
      const toast = document.querySelector('.taro__toast')
      return !toast || getComputedStyle(toast).display === 'none'
    })
    const found = { staff: await seriousViolations(page) }

    await switchIdentity(page, '居民')
    await page.goto(`${backendUrl()}/#/pages/map/index`)
    await page.locator('.walk-route-list__name', { hasText: `${NAME} · 全长约 210 米` }).waitFor()
    await page.locator('.walk-route-list', { hasText: '来源：街道实地踏勘（示例）' }).waitFor()
    expect(await page.locator('.place-plane__route[data-route-id]').count()).toBeGreaterThanOrEqual(2)
    // Tapped in the list (above the places), the route is framed on the map and the page goes up to it.
    const lineLength = () =>
      page.$$eval('.place-plane__route', (els) =>
        els.reduce((n, el) => n + parseFloat((el as HTMLElement).style.width), 0)
      )
    const before = await lineLength()
    await page.locator('.walk-route-list__item', { hasText: NAME }).click()
    await page.waitForFunction(
      (was) =>
        Array.from(document.querySelectorAll<HTMLElement>('.place-plane__route')).reduce(
          (n, el) => n + parseFloat(el.style.width),
          0
        ) >
        was * 2,
      before
    )
    const plane = (await page.locator('.place-plane').boundingBox())!
    expect(plane.y + plane.height).toBeGreaterThan(0)
    expect(plane.y).toBeLessThan(667)
    await screenshot(page, 'walk-routes-map')
    Object.assign(found, { map: await seriousViolations(page) })
    expect(found).toEqual({ staff: [], map: [] })
    expect(errors).toEqual([])
    await context.close()
  })
})
