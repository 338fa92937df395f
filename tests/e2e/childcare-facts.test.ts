/**
 * The childcare facts parents decide on: a district admin adds a centre on 工作台 → 新增地点 with
 * its care type, fee and free places (the day they were confirmed: today), refused first without
 * a source; a parent on 找地方 filters 托育 by 月费 and 有余位, finds it with its fee and 余位 on
 * the card, and its page says the fee, the 余位 with its date and the day the facts were checked.
 * The name carries this run's mark (e2e files share one backend); the centre sits in 大坪, away
 * from the 解放碑 point places.test.ts sorts from.
 */
import type { Browser } from 'playwright-core'
import { chinaDate } from '../../src/domain/clock'
import { backendUrl, launch, openStaffTool, phone, screenshot, switchIdentity } from './browser'
import { seriousViolations } from './axe'

jest.setTimeout(120000)

// Named for its street: places.test.ts, sorting 托育 from 大坪's centre, may meet it first.
const NAME = `示例托育点（大坪 · e2e ${Date.now().toString(36).slice(-4)}）`

describe('托育 fees and free places in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('an admin adds a centre with its fee and 余位; a parent filters by both and sees the dates', async () => {
    const today = chinaDate(Date.now())
    const { page, context, errors } = await phone(browser)
    await switchIdentity(page, '区级管理员')
    await openStaffTool(page, '新增地点')
    await page.locator('.place-admin__category .ui-chip', { hasText: '托育机构' }).click()
    await page.locator('.street-picker__streets .ui-chip', { hasText: '大坪' }).click()
    await page.locator('.place-edit-fields__name input').fill(NAME)
    await page.locator('.place-edit-fields__latitude input').fill('29.5405')
    await page.locator('.place-edit-fields__longitude input').fill('106.5215')
    await page.locator('.childcare-facts-fields__care-types .ui-chip', { hasText: '全日托' }).click()
    await page.locator('.childcare-facts-fields__fees input').fill('全日托 2300')
    await page.locator('.childcare-facts-fields__free-places input').fill('2')
    await page.locator('.childcare-facts-fields__free-places-on', { hasText: today }).waitFor()
    await page.locator('.place-admin__save').click()
    await page.getByText('请写明信息来源', { exact: false }).waitFor()
    await page.locator('.place-edit-fields__source input').fill('电话核实（示例）')
    expect(await seriousViolations(page)).toEqual([])
    await page.locator('.place-admin__save').click()
    await page.getByText(`“${NAME}”已添加`, { exact: false }).waitFor()

    await switchIdentity(page, '居民')
    await page.goto(`${backendUrl()}/#/pages/map/index`)
    await page.locator('.place-card').first().waitFor()
    await page.locator('.place-filters__chip', { hasText: '托育' }).first().click()
    await page.locator('.place-filters__more').click()
    await page.locator('.place-filters__chip', { hasText: '2500 元以内' }).click()
    await page.locator('.place-filters__chip', { hasText: '有余位' }).click()
    const card = page.locator('.place-card', { hasText: NAME })
    await card.getByText('月费 2,300 元起').waitFor()
    await card.getByText(`余位 2（${today.slice(5)} 确认）`).waitFor()
    // A dearer ceiling keeps it; a cheaper one drops it (its fee is 2,300).
    await page.locator('.place-filters__chip', { hasText: '1500 元以内' }).click()
    await card.waitFor({ state: 'detached' })
    await page.locator('.place-filters__chip', { hasText: '2500 元以内' }).click()
    await screenshot(page, 'childcare-filters')
    expect(await seriousViolations(page)).toEqual([])

    await card.locator('.place-card__name').click()
    await page.locator('.place-detail__name', { hasText: NAME }).waitFor()
    await page.locator('.place-detail__row', { hasText: '收费' }).getByText('全日托 2,300 元/月').waitFor()
    await page.locator('.place-detail__row', { hasText: '余位' }).getByText(`2 个（${today} 确认）`).waitFor()
    await page.getByText(`最后核实：${today}`).waitFor()
    expect(await page.locator('.place-detail__row', { hasText: '餐食' }).textContent()).toContain('暂无')
    await page.locator('.place-detail__row', { hasText: '收费' }).scrollIntoViewIfNeeded()
    await screenshot(page, 'childcare-facts')
    expect(await seriousViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
