/**
 * Policy Q&A journey: search 托育 → open the matching answer → the children's version → share.
 */
import type { Browser } from 'playwright-core'
import { policyDocument } from '../../src/domain/policy/content'
import { backendUrl, launch, phone, screenshot } from './browser'

jest.setTimeout(60000)

describe('policy Q&A in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('finds the childcare answer, shows it for children, and offers sharing', async () => {
    const { page, errors, context } = await phone(browser)
    await page.goto(`${backendUrl()}/#/pages/policy/index`)
    await page.getByText('46 项重点任务', { exact: false }).waitFor()
    await screenshot(page, 'policy-home')

    await page.locator('.entry-tile', { hasText: '核心政策问答' }).click()
    const input = page.locator('.qa__input input')
    await input.waitFor()
    await input.fill('托育')
    await page.locator('.qa__count').waitFor()
    const first = page.locator('.qa-card').first()
    await first.locator('.highlighted__hit', { hasText: '托育' }).first().waitFor()
    await screenshot(page, 'policy-search')
    await first.click()

    await page.locator('.qa-detail__question', { hasText: '公共服务' }).waitFor()
    await page.locator('.segment-tabs__tab', { hasText: '给小朋友' }).click()
    await page.locator('.qa-detail__kids').waitFor()
    await page.getByText('每2000人', { exact: false }).waitFor()
    await page.locator('.qa-detail__action--share', { hasText: '分享给朋友' }).waitFor()
    await screenshot(page, 'policy-kids')

    await page.locator('.qa-detail__action', { hasText: '查看附近的托育机构' }).click()
    await page.getByText('已选择：托育机构').waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  it('serves a newer policy version published in the cloud, with its version shown', async () => {
    const base = backendUrl()
    const call = (body: object, identity = 'citizen') =>
      fetch(`${base}/cloud/policy`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', 'x-dev-identity': identity }
      }).then((r) => r.json())
    expect(await call({ action: 'latest', knownVersion: policyDocument.version })).toEqual({
      ok: true,
      data: { upToDate: true }
    })

    const { page, context } = await phone(browser)
    await page.goto(`${base}/#/pages/policy/index`)
    await page.getByText(`内容更新于 ${policyDocument.updatedAt}`, { exact: false }).waitFor()

    // A citizen cannot publish; a district admin can, through the same cloud function.
    const next = { ...policyDocument, version: '2099-01-01.1', updatedAt: '2099-01-01' }
    expect(await call({ action: 'publish', document: next })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call({ action: 'publish', document: next }, 'district')).toMatchObject({
      ok: true,
      data: { version: '2099-01-01.1' }
    })

    await page.reload()
    await page.getByText('内容更新于 2099-01-01', { exact: false }).waitFor()
    // The downloaded version is cached: it is shown again at once after a restart, offline too.
    await page.route('**/cloud/**', (route) => route.abort())
    await page.reload()
    await page.getByText('内容更新于 2099-01-01', { exact: false }).waitFor()
    await context.close()
  })
})
