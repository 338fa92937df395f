/**
 * 解决了吗？ journey: a citizen's suggestion is handled to 已办结 by the community worker → the
 * citizen answers 还没有 with a sentence → the worker's inbox shows it as 跟进 (办理中) with the
 * sentence on the case page → closed again, the citizen is asked again and says 解决了.
 */
import type { Browser, Page } from 'playwright-core'
import { launch, phone, screenshot, switchIdentity } from './browser'

jest.setTimeout(180000)

/** As the worker: open the case and move it through the given statuses. */
async function moveCase(page: Page, title: string, steps: string[]) {
  await switchIdentity(page, '社区工作者')
  await page.locator('.mine__staff').click()
  await page.locator('.inbox-card', { hasText: title }).click()
  for (const step of steps) {
    await page.locator('.case-actions__move', { hasText: step }).click()
    await page.locator('.staff-case .ui-status-tag', { hasText: step }).waitFor()
  }
}

describe('解决了吗 in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('还没有 comes back to the worker as 跟进; closed again, the citizen says 解决了', async () => {
    const { page, context, errors } = await phone(browser)
    const title = '大井巷口的路灯晚上不亮'

    await switchIdentity(page, '居民')
    await page.locator('.weui-tabbar__item', { hasText: '提建议' }).click()
    await page.locator('.mode-chooser__option', { hasText: '我是家长' }).click()
    await page.locator('[data-topic="safety"]').click()
    await page.locator('.adult-form .ui-field__input input').first().fill(title)
    await page.locator('.adult-form .ui-field__textarea textarea').fill('晚上放学路上很黑，希望尽快修好路灯。')
    await page.locator('.street-picker__streets .ui-chip', { hasText: '解放碑' }).click()
    await page.locator('.street-picker__communities .ui-chip', { hasText: '大井巷' }).click()
    await page.locator('.adult-form__submit').click()
    await page.locator('.submit-result .ui-status-tag', { hasText: '已提交' }).waitFor()

    await moveCase(page, title, ['已受理', '办理中', '已答复', '已办结'])

    // The citizen is asked, and says 还没有.
    await switchIdentity(page, '居民')
    await page.locator('.my-suggestions__item', { hasText: title }).click()
    await page.locator('.follow-up', { hasText: '解决了吗？' }).waitFor()
    await page.locator('.follow-up .ui-field__textarea textarea').fill('路灯还是不亮')
    await page.locator('.follow-up__not-yet').click()
    await page.locator('.follow-up--answered', { hasText: '还没有。路灯还是不亮' }).waitFor()
    await page.locator('.suggestion-detail .ui-status-tag', { hasText: '办理中' }).waitFor()
    await screenshot(page, 'follow-up-not-yet')

    // The worker sees it as 跟进, with the sentence on the case page.
    await switchIdentity(page, '社区工作者')
    await page.locator('.mine__staff').click()
    const card = page.locator('.inbox-card', { hasText: title })
    await card.locator('.ui-status-tag', { hasText: '跟进' }).waitFor()
    await screenshot(page, 'follow-up-inbox')
    await card.click()
    await page.locator('.staff-case__follow-ups', { hasText: '还没有：路灯还是不亮' }).waitFor()
    for (const step of ['已答复', '已办结']) {
      await page.locator('.case-actions__move', { hasText: step }).click()
      await page.locator('.staff-case .ui-status-tag', { hasText: step }).waitFor()
    }

    // Closed again: asked again, 解决了.
    await switchIdentity(page, '居民')
    await page.locator('.my-suggestions__item', { hasText: title }).click()
    await page.locator('.follow-up__solved').click()
    await page.locator('.follow-up--answered', { hasText: '解决了' }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })
})
