/**
 * 目标进展 journey: the district admin opens 工作台 → 目标进展录入, enters the current value of
 * 每千人口托位数 with its source and the day it describes, and a resident sees it on the 政策 tab
 * with that date and source, a 给小朋友 sentence, and 暂无数据 on targets nobody entered. The
 * source names this test (示例 · e2e): e2e files share one backend.
 */
import type { Browser } from 'playwright-core'
import { chinaDate } from '../../src/domain/clock'
import { backendUrl, launch, openStaffTool, phone, screenshot, switchIdentity } from './browser'

jest.setTimeout(120000)

const DOCUMENT = '《托育服务统计（示例 · e2e）》'
const OFFICE = '区卫生健康委（示例）'

describe('目标进展 in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a district admin enters a current value with a source; the 政策 tab shows it with its date', async () => {
    const { page, context, errors } = await phone(browser)
    const today = chinaDate(Date.now())

    await switchIdentity(page, '区级管理员')
    await openStaffTool(page, '目标进展录入')
    await page.locator('.staff-progress__targets .ui-chip', { hasText: '每千人口3岁以下婴幼儿托位数' }).click()
    await page.getByText('目标 ≥4.5 个/千人', { exact: false }).waitFor()

    // Without a source: refused beside the field, nothing sent.
    await page.locator('.progress-fields__value input').fill('3.9')
    await page.locator('.staff-progress__save').click()
    await page.locator('.progress-fields__document .ui-field__error', { hasText: '请写明来源文件' }).waitFor()

    await page.locator('.progress-fields__document input').fill(DOCUMENT)
    await page.locator('.progress-fields__office input').fill(OFFICE)
    await screenshot(page, 'progress-form')
    await page.locator('.staff-progress__save').click()
    await page.getByText(`已保存：3.9 个/千人（截至 ${today}）`, { exact: false }).waitFor()
    const history = page.locator('.staff-progress__entry', { hasText: DOCUMENT })
    await history.getByText('录入于', { exact: false }).waitFor()

    // A resident on the 政策 tab.
    await switchIdentity(page, '居民')
    await page.goto(`${backendUrl()}/#/pages/policy/index`)
    const row = page.locator('.target-board__row', { hasText: '每千人口3岁以下婴幼儿托位数' })
    await row.getByText('现在 3.9 个/千人').waitFor()
    await row.getByText(`截至 ${today}`).waitFor()
    await row.getByText(`来源：${OFFICE} · ${DOCUMENT}`).waitFor()
    await row.getByText('每 1,000 个人里，已经有 3.9 个托位啦，目标是 4.5 个。', { exact: false }).waitFor()
    // Who typed it is not shown; a target nobody entered says so.
    expect(await row.textContent()).not.toContain('示例区级管理员')
    await page.locator('.target-board__row', { hasText: '义务阶段毛入学率' }).getByText('暂无数据').waitFor()
    await screenshot(page, 'progress-policy-tab')
    expect(errors).toEqual([])
    await context.close()
  })
})
