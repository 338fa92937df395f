/**
 * 联系我的社区 journey: a street admin enters their community office on 工作台 → 社区通讯录 (refused
 * without a source first), and a parent finds it on 我的 → 联系我的社区: the address, the phone to
 * tap, the hours, and where the facts come from; the offices nobody entered say 暂无. The source
 * names this test (e2e files share one backend).
 */
import type { Browser } from 'playwright-core'
import { launch, openStaffTool, phone, screenshot, switchIdentity } from './browser'
import { seriousViolations } from './axe'

jest.setTimeout(120000)

const SOURCE = `电话核实（示例 · e2e ${Date.now().toString(36).slice(-4)}）`

describe('联系我的社区 in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a street admin enters an office with its source; a parent finds it, the rest as 暂无', async () => {
    const { page, context, errors } = await phone(browser)
    await switchIdentity(page, '街道管理员')
    await openStaffTool(page, '社区通讯录')
    const office = page.locator('.staff-office', { hasText: '大井巷社区居民委员会' })
    await office.locator('.staff-office__edit').click()
    await office.locator('.place-edit-fields__address input').fill('渝中区大井巷（示例）')
    await office.locator('.place-edit-fields__phones input').fill('023-63000001')
    await office.locator('.place-edit-fields__hours input').fill('Mo-Fr 09:00-17:30')
    await office.locator('.staff-office__save').click()
    await office.getByText('请写明信息来源', { exact: false }).waitFor()
    await office.locator('.place-edit-fields__source input').fill(SOURCE)
    await office.locator('.staff-office__save').click()
    await office.getByText(SOURCE, { exact: false }).waitFor()
    expect(await seriousViolations(page)).toEqual([])

    await switchIdentity(page, '居民')
    await page.locator('.mine__offices').click()
    await page.locator('.street-picker__streets .ui-chip', { hasText: '解放碑' }).click()
    const card = page.locator('.office-card', { hasText: '大井巷社区居民委员会' })
    await card.getByText('地址：渝中区大井巷（示例）').waitFor()
    await card.locator('.office-card__call', { hasText: '拨打 023-63000001' }).waitFor()
    await card.getByText(`信息来源：${SOURCE}`, { exact: false }).waitFor()
    expect(await card.textContent()).toContain('办公时间：')
    await page.locator('.office-card', { hasText: '解放碑街道办事处' }).getByText('暂无', { exact: false }).waitFor()
    await screenshot(page, 'offices')
    expect(await seriousViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
