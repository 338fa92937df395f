/**
 * District admin journey: a registry listing saved by Excel on Chinese Windows (GBK; the fixture
 * tests/fixtures/places-import-gbk.csv holds 示例 rows only, one with a mistyped credit code) →
 * 工作台 → 地点导入 → the file chosen in the browser's file dialog → the dry run says it read GBK,
 * would add 2 and rejects the mistyped code → 确认导入 → a parent finds the new centre by name on
 * the map tab and opens it.
 */
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { launch, openStaffTool, phone, screenshot, switchIdentity } from './browser'

jest.setTimeout(120000)

const FIXTURE = join(__dirname, '../fixtures/places-import-gbk.csv')

describe('places import in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a district admin imports a GBK registry file and a parent sees the new centre', async () => {
    const { page, context, errors } = await phone(browser)

    await switchIdentity(page, '区级管理员')
    await openStaffTool(page, '地点导入')
    await page.getByText('导入托育机构备案名录').waitFor()
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator('.places-import__pick').click()
    ])
    await chooser.setFiles(FIXTURE)

    const report = page.locator('.import-report')
    await report.getByText('试运行结果（还没有写入）').waitFor()
    await report.getByText('文件编码：GBK').waitFor()
    await report.getByText('共 3 行：将新增 2，将更新 0，未变 0，拒绝 1').waitFor()
    await page.locator('.import-report__changes', { hasText: '示例托育中心（导入演示一）' }).waitFor()
    await page
      .locator('.import-report__rejected', { hasText: '第 4 行 示例托育中心（代码抄错）' })
      .getByText('校验位不符', { exact: false })
      .waitFor()
    await screenshot(page, 'places-import-dry-run')

    await page.locator('.places-import__confirm', { hasText: '确认导入（2 条）' }).click()
    await report.getByText('导入完成').waitFor()
    await report.getByText('共 3 行：已新增 2', { exact: false }).waitFor()
    await screenshot(page, 'places-import-done')

    // A parent: the map tab finds the new centre by name, and its page opens.
    await switchIdentity(page, '居民')
    await page.locator('.weui-tabbar__item', { hasText: '找地方' }).click()
    await page.locator('.place-card').first().waitFor()
    await page.locator('.map-page__search-toggle', { hasText: '按名称搜索' }).click()
    await page.locator('.map-page__search input').fill('导入演示')
    const card = page.locator('.place-card', { hasText: '示例托育中心（导入演示一）' })
    await card.waitFor()
    expect(await page.locator('.place-card').count()).toBe(2)
    await screenshot(page, 'places-import-parent-search')
    await card.click()
    await page.locator('.place-detail__name', { hasText: '示例托育中心（导入演示一）' }).waitFor()
    await page.locator('.place-detail', { hasText: '化龙桥街道（示例地址）' }).waitFor()
    await page.locator('.place-detail .place-badges__badge--demo', { hasText: '示例' }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })
})
