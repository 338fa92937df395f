/**
 * 找地方 in a real browser against the real local backend (confirmed places + the 示例 set):
 *  - with a granted geolocation: map tab → 托育 chip → nearest first (the browser's WGS-84 fix
 *    converted once to GCJ-02) → detail with navigation → 对这里提建议 opens the form prefilled
 *    with the place and its point; a confirmed hospital's page has its call button;
 *  - with location refused or unanswered, the list falls back to a chosen street.
 * The browser build draws its own offline plane: Taro's H5 <Map> would need Baidu's network.
 */
import type { Browser, Page } from 'playwright-core'
import { sortByDistance, toGcj02FromWgs84, type Place } from '../../src/domain/places'
import { backendUrl, launch, phone, screenshot } from './browser'

jest.setTimeout(90000)

// Near 解放碑, as a phone's GPS (WGS-84) would report it.
const HERE = { latitude: 29.5573, longitude: 106.5718 }

async function allPlaces(): Promise<Place[]> {
  const r = await fetch(`${backendUrl()}/cloud/places`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'list', page: 1, pageSize: 100 })
  })
  const body = (await r.json()) as { data: { places: Place[]; hasMore: boolean } }
  expect(body.data.hasMore).toBe(false)
  return body.data.places
}

const cardNames = (page: Page) => page.locator('.place-card .place-card__name').allTextContents()

describe('找地方 in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('childcare nearest first from the user’s position, details, and a suggestion about the place', async () => {
    const { page, errors, context } = await phone(browser, { geolocation: HERE, permissions: ['geolocation'] })
    await page.goto(backendUrl())
    await page.locator('.weui-tabbar__item', { hasText: '找地方' }).click()
    await page.locator('.place-card').first().waitFor()
    await page.getByText('标“示例”的是演示数据').waitFor()
    // Nothing is asked until the user taps, and the purpose is said first.
    await page.getByText('位置只在手机上用来计算距离').waitFor()
    await page.locator('.place-plane__marker').first().waitFor()
    // Street names give the plane its bearings; the note, scale and buttons sit below it.
    await page.locator('.place-plane__street', { hasText: '解放碑' }).waitFor()
    const surface = (await page.locator('.place-plane__surface').boundingBox())!
    for (const part of [
      '.place-plane__note',
      '.place-plane__locate',
      '.place-plane__recentre',
      '.place-plane__zoom-in'
    ])
      expect((await page.locator(part).boundingBox())!.y).toBeGreaterThanOrEqual(surface.y + surface.height - 1)
    await screenshot(page, 'places-map')

    await page.locator('.location-prompt__locate').click()
    await page.locator('.place-list__summary', { hasText: '从你的位置算起' }).waitFor()
    await page.locator('.place-plane__me').waitFor()
    await page.locator('.place-filters__chip', { hasText: '托育' }).first().click()
    await page.locator('.place-filters__more').waitFor()

    const childcare = (await allPlaces()).filter((p) => p.category === 'childcare')
    expect(childcare.length).toBeGreaterThan(3)
    const expected = sortByDistance(childcare, toGcj02FromWgs84(HERE)).map((p) => p.name)
    await page.waitForFunction(
      (n) => document.querySelectorAll('.place-card').length === n,
      Math.min(20, childcare.length)
    )
    const names = await cardNames(page)
    expect(names.slice(0, 5)).toEqual(expected.slice(0, 5))
    // The nearest centre is on the first screen, above the tab bar, without scrolling.
    const tabBar = (await page.locator('.weui-tabbar').boundingBox())!
    const first = (await page.locator('.place-card').first().boundingBox())!
    expect(first.y + 40).toBeLessThan(tabBar.y)
    expect(names[0]).toContain('示例')
    await screenshot(page, 'places-childcare-nearest')

    // Fewer with 普惠; the nearest 普惠 centre still comes first.
    await page.locator('.place-filters__more').click()
    await page.locator('.place-filters__chip', { hasText: '普惠' }).click()
    const benefit = sortByDistance(
      childcare.filter((p) => p.childcare?.publicBenefit === true),
      toGcj02FromWgs84(HERE)
    ).map((p) => p.name)
    await page.waitForFunction((n) => document.querySelectorAll('.place-card').length === n, benefit.length)
    expect((await cardNames(page))[0]).toBe(benefit[0])
    await page.locator('.place-filters__chip', { hasText: '普惠' }).click()
    await page.waitForFunction(
      (n) => document.querySelectorAll('.place-card').length === n,
      Math.min(20, childcare.length)
    )

    await page.locator('.place-card').first().click()
    await page.locator('.place-detail__name', { hasText: expected[0] }).waitFor()
    await page.locator('.place-detail .place-badges__badge--demo', { hasText: '示例' }).waitFor()
    await page.locator('.place-detail__navigate').waitFor()
    await page.getByText('位置为大致位置，可能偏差数百米').waitFor()
    await page.getByText('电话：暂无').waitFor() // demo records have no phone, never a made-up one
    await page.getByText(/距你约/).waitFor()
    await screenshot(page, 'places-detail-demo')

    await page.locator('.place-detail__suggest').click()
    await page.locator('.suggest__prefill', { hasText: `关于：${expected[0]}（已附位置）` }).waitFor()
    await page.locator('.adult-form').waitFor()
    // The draft store persists through Taro's storage, which wraps each value as {"data": …}.
    const raw = await page.evaluate(() => window.localStorage.getItem('suggestion-draft'))
    const stored = JSON.parse(raw ?? '{}')
    const location = JSON.parse(typeof stored.data === 'string' ? stored.data : (raw ?? '{}')).state?.location
    const target = childcare.find((p) => p.name === expected[0])!
    expect(location).toEqual({
      latitude: target.location!.latitude,
      longitude: target.location!.longitude,
      source: 'place',
      placeId: target.id,
      placeName: target.name
    })
    await screenshot(page, 'places-suggest-prefilled')
    expect(errors).toEqual([])
    await context.close()
  })

  it('a confirmed place with a phone number has its call button and navigation', async () => {
    const { page, errors, context } = await phone(browser)
    await page.goto(`${backendUrl()}/#/pkg-places/detail/index?id=cq-children-hospital-yuzhong`)
    await page.locator('.place-detail__name', { hasText: '重庆医科大学附属儿童医院(渝中院区)' }).waitFor()
    await page.locator('.place-detail__call', { hasText: '拨打 023-63622984' }).waitFor()
    await page.locator('.place-detail__navigate').waitFor()
    expect(await page.locator('.place-badges__badge--demo').count()).toBe(0)
    await page.getByText('最后核实：暂无').waitFor()
    await screenshot(page, 'places-detail-hospital')
    expect(errors).toEqual([])
    await context.close()
  })

  it('without location permission, explains and falls back to a chosen street', async () => {
    const { page, errors, context } = await phone(browser)
    await page.goto(`${backendUrl()}/#/pages/map/index`)
    await page.locator('.place-card').first().waitFor()
    await page.locator('.location-prompt__locate').click()
    // Refused (or never answered): either way the page says so and offers the streets.
    await page.locator('.location-prompt--refused').waitFor({ timeout: 20000 })
    await page.locator('.street-picker__streets .ui-chip', { hasText: '大坪' }).click()
    await page.locator('.place-list__summary', { hasText: '从大坪街道（大致中心）算起' }).waitFor()
    await page.locator('.place-filters__chip', { hasText: '托育' }).first().click()
    expect((await cardNames(page))[0]).toContain('大坪')
    await screenshot(page, 'places-street-fallback')
    expect(errors).toEqual([])
    await context.close()
  })
})
