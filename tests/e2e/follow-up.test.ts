/**
 * 解决了吗？ journey: a citizen's suggestion is handled to 已办结 by the community worker → the
 * citizen answers 还没有 with a sentence → the worker's inbox shows it as 跟进 (办理中) with the
 * sentence on the case page → closed again, the citizen is asked again and says 解决了.
 * A child answers 还没有 with a drawing while offline → back online it is delivered once → the
 * worker sees the drawing in the case (its own row, sent and closed through the backend).
 */
import type { Browser, Page } from 'playwright-core'
import { childBase } from '../fixtures/validation-cases'
import { backendUrl, cloud, draw, launch, phone, screenshot, switchIdentity } from './browser'
import { stepNote } from '../fixtures/staff'

jest.setTimeout(180000)

/** As the worker: open the case and move it through the given statuses. */
async function moveCase(page: Page, title: string, steps: string[]) {
  await switchIdentity(page, '社区工作者')
  await page.locator('.mine__staff').click()
  await page.locator('.inbox-card', { hasText: title }).click()
  for (const step of steps) {
    // Closing says what was done: the author reads it beside 已办结.
    if (step === '已办结') await page.locator('.case-actions__note textarea').fill('路灯已经换好了，晚上可以放心走')
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
    await page.locator('.case-actions__move', { hasText: '已答复' }).click()
    await page.locator('.staff-case .ui-status-tag', { hasText: '已答复' }).waitFor()
    // Without saying what was done, 办结 is refused beside the field.
    await page.locator('.case-actions__move', { hasText: '已办结' }).click()
    await page.locator('.case-actions__note', { hasText: '请填写办结说明' }).waitFor()
    await page.locator('.case-actions__note textarea').fill('灯泡和线路都换了，今晚起正常亮')
    await page.locator('.case-actions__move', { hasText: '已办结' }).click()
    await page.locator('.staff-case .ui-status-tag', { hasText: '已办结' }).waitFor()

    // Closed again: asked again, 解决了.
    await switchIdentity(page, '居民')
    await page.locator('.my-suggestions__item', { hasText: title }).click()
    await page.locator('.follow-up__solved').click()
    await page.locator('.follow-up--answered', { hasText: '解决了' }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  it('a child draws 还没有 offline; it arrives once and the worker sees the drawing', async () => {
    const { page, context, errors } = await phone(browser)
    // Its own child and row (no other e2e file reads them, nor spends this child's rate limits):
    // a suggestion in 大井巷, closed by the worker.
    const child = 'dev-e2e-follow-up-child'
    const id = `e2e-follow-draw-${Date.now().toString(36)}`
    const sent = await cloud(
      'citizen',
      'suggestions',
      {
        action: 'submit',
        suggestion: { ...childBase, id, text: '小广场的秋千链子断了', street: '500103003', community: '500103003019' }
      },
      child
    )
    expect(sent).toMatchObject({ ok: true })
    for (const to of ['accepted', 'in_progress', 'answered', 'closed'])
      expect(await cloud('worker', 'staff', { action: 'transition', id, to, ...stepNote(to) })).toMatchObject({
        ok: true
      })

    await switchIdentity(page, '居民')
    // Every request of the app (calls and the drawing's upload) as that child.
    await context.setExtraHTTPHeaders({ 'x-dev-openid': child })
    await page.goto(`${backendUrl()}/#/pkg-suggest/detail/index?id=${id}`)
    await page.locator('.follow-up', { hasText: '你觉得解决了吗？' }).waitFor()
    await page.locator('.follow-up .ui-field__textarea textarea').fill('秋千还是坏的')
    await page.locator('.follow-up__draw').click()
    await draw(page, '.follow-up')
    await page.locator('.follow-up__solved').waitFor({ state: 'detached' })

    // No signal: the answer and its drawing wait on the phone.
    await context.setOffline(true)
    await page.locator('.follow-up__not-yet').click()
    await page.locator('.follow-up--queued .ui-status-tag', { hasText: '待发送' }).waitFor()
    await screenshot(page, 'follow-up-drawing-offline')
    await context.setOffline(false)
    await page.locator('.follow-up--answered', { hasText: '你还画了一幅画' }).waitFor({ timeout: 30000 })

    const mine = await cloud('citizen', 'suggestions', { action: 'get', id }, child)
    expect(mine.data.status).toBe('in_progress')
    expect(mine.data.followUps).toEqual([
      expect.objectContaining({
        answer: 'not_yet',
        text: '秋千还是坏的',
        drawingFileId: expect.stringMatching(/^local:\/\/files\/[0-9a-f-]{36}\.png$/)
      })
    ])
    const drawingId = mine.data.followUps[0].drawingFileId as string

    // The worker opens the case: the drawing, through a signed link; the public board never has it.
    await context.setExtraHTTPHeaders({})
    await switchIdentity(page, '社区工作者')
    await page.goto(`${backendUrl()}/#/pkg-staff/case/index?id=${id}`)
    await page.locator('.staff-case__follow-ups', { hasText: '还没有：秋千还是坏的（附一幅画）' }).waitFor()
    const img = page.locator('.staff-case__follow-up-drawing img')
    await img.waitFor()
    await page.waitForFunction(() => {
      const el = document.querySelector('.staff-case__follow-up-drawing img') as HTMLImageElement | null
      return Boolean(el && el.complete && el.naturalWidth > 0)
    })
    expect(await img.getAttribute('src')).toMatch(/\/_files\/[0-9a-f-]{36}\.png\?exp=\d+&sig=/)
    await screenshot(page, 'follow-up-drawing-case')
    const board = await cloud('citizen', 'suggestions', { action: 'listPublic' })
    expect(JSON.stringify(board)).not.toContain(drawingId.slice('local://files/'.length))
    expect(errors).toEqual([])
    await context.close()
  })
})
