/**
 * 一米建议 in a real browser against the real backend:
 *  - a child sends a drawing about a park, and sees it in 我的建议 as 已提交;
 *  - a parent sends while offline (待发送), the first delivery reaches the server but its answer
 *    is lost, the app retries on its own — and the server holds exactly one row.
 */
import type { Browser } from 'playwright-core'
import { backendUrl, draw, launch, phone, screenshot } from './browser'

jest.setTimeout(90000)

// Other e2e files share the backend and the demo citizen: each test looks only at its own rows.
async function listMine(): Promise<
  Array<{ id: string; title: string; mode: string; topic: string; drawingFileId?: string }>
> {
  const r = await fetch(`${backendUrl()}/cloud/suggestions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-identity': 'citizen' },
    body: JSON.stringify({ action: 'listMine' })
  })
  return (await r.json()).data.items
}

describe('一米建议 in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a child sends a drawing about a park and sees it in 我的建议 as 已提交', async () => {
    const { page, errors, context } = await phone(browser)
    await page.goto(`${backendUrl()}/#/pages/suggest/index`)
    await page.locator('.mode-chooser__option', { hasText: '我是小朋友' }).click()
    await page.locator('[data-topic="parks_green"]').click()
    await page.locator('.child-wizard__next').click()
    await page.locator('.segment-tabs__tab', { hasText: '画出来' }).click()
    await draw(page)
    await screenshot(page, 'suggest-child-drawing')
    await page.locator('.child-wizard__next').click()
    await page.locator('.child-wizard__question', { hasText: '在哪个街道' }).waitFor()
    await page.locator('.street-picker__streets .ui-chip', { hasText: '上清寺' }).click()
    await page.locator('.child-wizard__next').click()
    await page.locator('.child-wizard__age', { hasText: '6—9岁' }).click()
    await page.locator('.child-wizard__next').click()
    await page.locator('.child-wizard__send').click()
    await page.locator('.submit-result .ui-status-tag', { hasText: '已提交' }).waitFor()
    await screenshot(page, 'suggest-child-sent')

    // The form is a page of its own (no tab bar): 查看我的建议 goes to the 我的 tab.
    await page.locator('.submit-result .ui-button', { hasText: '查看我的建议' }).click()
    const item = page.locator('.my-suggestions__item', { hasText: '关于“公园和绿地”' })
    await item.locator('.ui-status-tag', { hasText: '已提交' }).waitFor()
    await screenshot(page, 'mine-suggestions')

    // The drawing in full: drawn at its own aspect ratio, nothing cut off by its box.
    await item.click()
    const img = page.locator('.suggestion-detail__image img').first()
    await page.waitForFunction(() => {
      const el = document.querySelector('.suggestion-detail__image img') as HTMLImageElement | null
      return Boolean(el && el.complete && el.naturalWidth > 0)
    })
    const shown = await img.evaluate((el: HTMLImageElement) => {
      const box = el.getBoundingClientRect()
      const frame = (el.closest('.suggestion-detail__image') as HTMLElement).getBoundingClientRect()
      return { ratio: box.height / box.width, natural: el.naturalHeight / el.naturalWidth, box, frame }
    })
    expect(shown.ratio).toBeCloseTo(shown.natural, 1)
    expect(shown.frame.height).toBeGreaterThanOrEqual(shown.box.height - 1)
    expect(shown.frame.width).toBeGreaterThanOrEqual(shown.box.width - 1)
    await screenshot(page, 'mine-drawing')

    const stored = (await listMine()).filter((s) => s.mode === 'child' && s.topic === 'parks_green')
    expect(stored).toHaveLength(1)
    expect(stored[0].drawingFileId).toMatch(/^local:\/\/files\/.+\.png$/)
    expect(errors).toEqual([])
    await context.close()
  })

  it('a parent’s suggestion sent without signal arrives once', async () => {
    const { page, context } = await phone(browser)
    await page.goto(`${backendUrl()}/#/pages/suggest/index`)
    await page.locator('.mode-chooser__option', { hasText: '我是家长' }).click()
    await page.locator('[data-topic="school_way"]').click()
    await page.locator('.adult-form .ui-field__input input').first().fill('学校门口需要护学岗')
    await page
      .locator('.adult-form .ui-field__textarea textarea')
      .fill('早上八点前车很多，孩子过马路很危险，希望早高峰有人护学。')

    await context.setOffline(true)
    await page.locator('.adult-form__submit').click()
    await page.locator('.submit-result .ui-status-tag', { hasText: '待发送' }).waitFor()
    await screenshot(page, 'suggest-offline')

    // Back online: the first delivery reaches the server, but its answer is lost on the way back.
    let deliveries = 0
    await page.route('**/cloud/suggestions', async (route) => {
      deliveries += 1
      if (deliveries === 1) {
        await route.fetch()
        await route.abort('connectionreset')
      } else await route.continue()
    })
    await context.setOffline(false)
    await page.locator('.submit-result .ui-status-tag', { hasText: '已提交' }).waitFor({ timeout: 30000 })
    expect(deliveries).toBeGreaterThanOrEqual(2)

    const mine = (await listMine()).filter((s) => s.title === '学校门口需要护学岗')
    expect(mine).toHaveLength(1)
    await context.close()
  })
})
