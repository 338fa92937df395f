/**
 * 预约参观 journey: a parent opens a childcare centre, taps 预约参观, is refused without agreeing,
 * then sends the request and sees it 待联系; a district admin finds it on 工作台 → 参观预约 with the
 * phone masked, opens it (logged), and answers 已约好 with the time; the parent reads the answer on
 * 我的 → 参观预约. axe: 0 serious on the form, the staff list and the answer.
 */
import type { Browser } from 'playwright-core'
import { backendUrl, launch, phone, screenshot, switchIdentity } from './browser'
import { seriousViolations } from './axe'

jest.setTimeout(120000)

const CENTRE = 'demo-childcare-03'
const ANSWER = `已和机构约好 12月10日 上午10点，到前台找李老师（示例 · e2e ${Date.now().toString(36).slice(-4)}）`

describe('预约参观 in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a parent asks to visit a centre; staff open the contact and answer; the parent reads it', async () => {
    const { page, context, errors } = await phone(browser)
    await switchIdentity(page, '居民')
    await page.goto(`${backendUrl()}/#/pkg-places/detail/index?id=${CENTRE}`)
    await page.locator('.place-detail__visit-button').click()
    await page.locator('.visit-form__submit').waitFor()
    await page.locator('.visit-form__age [role=radio]', { hasText: '2 岁多' }).click()
    await page.locator('.visit-form__slot [role=radio]', { hasText: '工作日上午' }).click()
    await page.locator('.visit-form__note textarea').fill('想看看午睡的地方')
    await page.locator('.visit-form__name input').fill('王女士')
    await page.locator('.visit-form__phone input').fill('13812345678')
    await page.locator('.visit-form__submit').click()
    await page.getByText('请家长先阅读并同意预约信息的使用说明').waitFor()
    await screenshot(page, 'visit-form')
    const found = { form: await seriousViolations(page) }
    await page.locator('.visit-form__consent').click()
    await page.locator('.visit-form__submit').click()
    await page.locator('.visit-card', { hasText: '待联系' }).waitFor()
    await page.getByText('工作人员联系你之前，不用再约这家机构').waitFor()

    await switchIdentity(page, '区级管理员')
    await page.locator('.mine__staff').click()
    await page.locator('.staff-inbox__link', { hasText: '参观预约' }).click()
    const card = page.locator('.visit-card', { hasText: '想看看午睡的地方' })
    await card.locator('.visit-card__contact', { hasText: '138****5678' }).waitFor()
    expect(await page.getByText('13812345678').count()).toBe(0)
    await card.locator('.visit-answer__contact').click()
    await card.locator('.visit-card__contact', { hasText: '王女士 · 13812345678' }).waitFor()
    await card.locator('.visit-answer__text textarea').fill(ANSWER)
    await card.locator('.visit-answer__arranged').click()
    await page.locator('.visit-card', { hasText: ANSWER }).locator('.ui-status-tag', { hasText: '已约好' }).waitFor()
    await page.locator('.taro__toast').waitFor({ state: 'hidden', timeout: 5000 })
    await screenshot(page, 'visit-staff')
    Object.assign(found, { staff: await seriousViolations(page) })

    await switchIdentity(page, '居民')
    await page.locator('.mine__visits').click()
    await page.locator('.visit-card', { hasText: ANSWER }).waitFor()
    // The page slides in over 我的: the picture waits for the slide to end.
    await page.waitForTimeout(600)
    await screenshot(page, 'visit-answered')
    Object.assign(found, { mine: await seriousViolations(page) })
    expect(found).toEqual({ form: [], staff: [], mine: [] })
    expect(errors).toEqual([])
    await context.close()
  })
})
