/**
 * 纠错 journey: a parent reports 电话不对 on a place (信息有误？纠错 on its page) → the district
 * admin finds it under 工作台 → 地点纠错, fixes the phone with a source and today's verified-on
 * date → the parent sees 已更正 with the answer on 我的纠错 and the new phone on the place.
 * The place is this test's own 示例 record (imported first through places.import, in 化龙桥 and
 * marked approximate, away from the positions other files look from): e2e files share one backend.
 */
import type { Browser } from 'playwright-core'
import { chinaDate } from '../../src/domain/clock'
import { backendUrl, launch, openStaffTool, phone, screenshot, switchIdentity } from './browser'

jest.setTimeout(120000)

const PLACE = { id: 'e2e-correction-demo', name: '示例儿童之家（纠错演示）' }
// Service-number shapes that no one answers: obviously demo.
const OLD_PHONE = '400-000-0001'
const NEW_PHONE = '400-000-0002'

async function importOwnPlace() {
  const r = await fetch(`${backendUrl()}/cloud/places`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-identity': 'district' },
    body: JSON.stringify({
      action: 'import',
      source: '示例数据：纠错演示（e2e）',
      rows: [
        {
          id: PLACE.id,
          institution_name: PLACE.name,
          category: '社区儿童之家',
          address: '化龙桥街道（示例地址）',
          zoning_code: '500103013',
          lat: '29.5700',
          lng: '106.5260',
          approximate: '是',
          phone: OLD_PHONE,
          demo: '是'
        }
      ]
    })
  })
  const body = (await r.json()) as { ok: boolean; data?: { added: number; updated: number; unchanged: number } }
  expect(body.ok).toBe(true)
}

describe('纠错 in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a parent reports a wrong phone, the district admin fixes it, the parent sees the outcome', async () => {
    await importOwnPlace()
    const { page, context, errors } = await phone(browser)

    // The parent, on the place's page.
    await switchIdentity(page, '居民')
    await page.goto(`${backendUrl()}/#/pkg-places/detail/index?id=${PLACE.id}`)
    await page.locator('.place-detail__name', { hasText: PLACE.name }).waitFor()
    await page.locator('.place-detail__call', { hasText: OLD_PHONE }).waitFor()
    await page.locator('.place-detail__correct').click()
    await page.locator('.correction-sheet__kinds .ui-chip', { hasText: '电话不对' }).click()
    await page.locator('.correction-sheet__note textarea').fill('打过去没人接，门口贴的号码不一样（示例）')
    await screenshot(page, 'corrections-sheet')
    await page.locator('.correction-sheet__submit').click()
    await page.getByText('已收到！', { exact: false }).waitFor()
    await page.locator('.correction-sheet__mine').click()
    const mine = page.locator('.correction-card', { hasText: PLACE.name })
    await mine.locator('.ui-status-tag', { hasText: '待处理' }).waitFor()

    // The district admin: 工作台 → 地点纠错 → the report → the edit page.
    await switchIdentity(page, '区级管理员')
    await openStaffTool(page, '地点纠错')
    const queued = page.locator('.staff-corrections .correction-card', { hasText: PLACE.name })
    await queued.getByText('电话不对：打过去没人接', { exact: false }).waitFor()
    await screenshot(page, 'corrections-queue')
    await queued.click()
    await page.locator('.place-edit-fields__name input').waitFor()
    expect(await page.locator('.place-edit-fields__phones input').inputValue()).toBe(OLD_PHONE)
    // The verified-on date starts at today in China.
    await page.locator('.verified-on .date-field__value', { hasText: chinaDate(Date.now()) }).waitFor()
    await page.locator('.place-edit-fields__phones input').fill(NEW_PHONE.replace(/-/g, ''))
    await page.locator('.place-edit-fields__source input').fill('电话核实（示例）')
    await page.locator('.place-edit__answer textarea').fill('已核实并更新了电话（示例）')
    await page.locator('.place-edit__save').click()
    await page.getByText('这条纠错已更正', { exact: false }).waitFor()
    await screenshot(page, 'corrections-resolved')

    // The parent: 我的纠错 says 已更正 with the answer, and the place has the new phone.
    await switchIdentity(page, '居民')
    await page.locator('.mine__corrections').click()
    const answered = page.locator('.correction-card', { hasText: PLACE.name })
    await answered.locator('.ui-status-tag', { hasText: '已更正' }).waitFor()
    await answered.getByText('答复：已核实并更新了电话（示例）').waitFor()
    await page.waitForTimeout(300)
    await screenshot(page, 'corrections-mine')
    await answered.click()
    await page.locator('.place-detail__call', { hasText: NEW_PHONE }).waitFor()
    await page.locator('.place-detail', { hasText: '来源：电话核实（示例）' }).waitFor()
    expect(await page.locator('.place-detail__call', { hasText: OLD_PHONE }).count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })
})
