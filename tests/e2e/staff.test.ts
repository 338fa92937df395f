/**
 * Community worker journey: a citizen submits → switch identity to that community's worker →
 * accept, reply with a template → switch back → the citizen sees the reply and the new status.
 */
import type { Browser } from 'playwright-core'
import { launch, phone, screenshot, switchIdentity } from './browser'

jest.setTimeout(120000)

describe('community worker in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('accepts and answers a citizen’s suggestion, and the citizen sees it', async () => {
    const { page, context, errors } = await phone(browser)
    const title = '大井巷口需要一个儿童过街安全岛'

    // A citizen of 解放碑 · 大井巷 writes in.
    await switchIdentity(page, '居民')
    await page.locator('.weui-tabbar__item', { hasText: '提建议' }).click()
    await page.locator('.mode-chooser__option', { hasText: '我是家长' }).click()
    await page.locator('[data-topic="safety"]').click()
    await page.locator('.adult-form .ui-field__input input').first().fill(title)
    await page
      .locator('.adult-form .ui-field__textarea textarea')
      .fill('放学时车多，孩子过马路要走很长一段，希望设置安全岛和提示牌。')
    await page.locator('.street-picker__streets .ui-chip', { hasText: '解放碑' }).click()
    await page.locator('.street-picker__communities .ui-chip', { hasText: '大井巷' }).click()
    await page.locator('.adult-form__submit').click()
    await page.locator('.submit-result .ui-status-tag', { hasText: '已提交' }).waitFor()

    // The community's worker accepts it and replies with a template.
    await switchIdentity(page, '社区工作者')
    await page.locator('.mine__staff').click()
    await page.locator('.inbox-card', { hasText: title }).click()
    await page.locator('.case-actions__move', { hasText: '已受理' }).click()
    await page.locator('.staff-case .ui-status-tag', { hasText: '已受理' }).waitFor()
    // A template starts the reply; the worker makes it their own before sending.
    await page.locator('.reply-composer__template').first().click()
    await page.locator('.reply-composer__preview').waitFor()
    const started = await page.locator('.reply-composer__text textarea').inputValue()
    const replyText = `${started}周末会去现场看看。`
    await page.locator('.reply-composer__text textarea').fill(replyText)
    await page.locator('.reply-composer__preview', { hasText: '周末会去现场看看' }).waitFor()
    await page.locator('.reply-composer__send', { hasText: '发送回复' }).click()
    await page.locator('.reply-card').first().waitFor()
    await screenshot(page, 'staff-case')

    // Back as the citizen: the reply and the new status are there.
    await switchIdentity(page, '居民')
    const mine = page.locator('.my-suggestions__item', { hasText: title })
    await mine.locator('.ui-status-tag', { hasText: '已受理' }).waitFor()
    await mine.click()
    await page.locator('.suggestion-detail__reply', { hasText: '周末会去现场看看' }).waitFor()
    await screenshot(page, 'citizen-sees-reply')
    expect(errors).toEqual([])
    await context.close()
  })

  it('enters a community event’s paper forms as one batch, and they are in the inbox', async () => {
    const { page, context, errors } = await phone(browser)
    const stamp = Date.now().toString(36)
    const childWords = `活动现场：想要一个沙坑 ${stamp}`
    const adultTitle = `社区活动建议：增加长椅 ${stamp}`

    await switchIdentity(page, '社区工作者')
    await page.locator('.mine__staff').click()
    await page.locator('.staff-inbox__all').click()
    await page.locator('.staff-tools__link', { hasText: '批量代录' }).click()
    const row = (n: number) => page.locator(`[data-row="${n}"]`)
    await row(1).locator('.batch-row__who .ui-chip', { hasText: '6—9岁' }).click()
    await row(1).locator('.batch-row__topic .ui-chip', { hasText: '玩的地方' }).click()
    await row(1).locator('.batch-row__text textarea').fill(childWords)
    await row(2).locator('.batch-row__who .ui-chip', { hasText: '居民' }).click()
    await row(2).locator('.batch-row__topic .ui-chip', { hasText: '公园和绿地' }).click()
    await row(2).locator('.batch-row__title input').fill(adultTitle)
    await row(2).locator('.batch-row__text textarea').fill('社区广场上老人和孩子都多，希望多放几张长椅，方便休息。')
    await page.locator('.staff-batch__submit').click()
    await page.locator('.staff-batch__done', { hasText: '这一批 2 条都已录入' }).waitFor()
    await screenshot(page, 'staff-batch-entered')

    await page.locator('.staff-batch__done .ui-button', { hasText: '去建议列表' }).click()
    await page.locator('.inbox-card', { hasText: adultTitle }).waitFor()
    await page.locator('.inbox-card', { hasText: childWords }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })
})
