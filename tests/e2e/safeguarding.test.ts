/**
 * Journey (4), a child in danger, in a real browser against the real backend: a child writes that
 * someone hurts them and sees 12355, 110 and 告诉一个你信任的大人 at once, before sending, on
 * the review step and after; the street admin is told at once even with this hour's notice spent
 * (the urgent notice has no cap) and finds it as 紧急 in the inbox and on the case page; taken up
 * and approved, it still never reaches the public board, the similar ones or the figures.
 */
import type { Browser } from 'playwright-core'
import { backendUrl, cloud, launch, phone, screenshot, switchIdentity } from './browser'

jest.setTimeout(180000)

const WORDS = '我爸爸喝了酒就打 我，我不敢回家'
const STREET = '500103003' // 解放碑

const credits = async (): Promise<number> =>
  (await cloud('street', 'staff', { action: 'waiting' })).data.noticeCredits as number

describe('a child in danger in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('sees 12355 and 110 at once; the street admin is told without the hourly cap; the board never shows it', async () => {
    // This hour's ordinary notice to the street admin is spent (by this suggestion, or earlier).
    await cloud('street', 'staff', { action: 'subscribeNotice', accepted: true })
    expect(
      await cloud(
        'citizen',
        'suggestions',
        {
          action: 'submit',
          suggestion: {
            id: `sg-e2e-ordinary-${Date.now()}`,
            mode: 'adult',
            topic: 'play',
            title: '解放碑想要更多长椅',
            text: '周末带孩子出来，走累了没地方坐。',
            photoFileIds: [],
            street: STREET,
            onBehalfOfChild: false
          }
        },
        'dev-e2e-safeguarding-parent'
      )
    ).toMatchObject({ ok: true })
    await cloud('street', 'staff', { action: 'subscribeNotice', accepted: true })
    const before = await credits()
    expect(before).toBeGreaterThan(0)

    const { page, context, errors } = await phone(browser)
    // A resident of its own: the other journeys' 居民 keeps its hourly submissions.
    await switchIdentity(page, '邻居家长', '居民')
    await page.goto(`${backendUrl()}/#/pages/suggest/index`)
    await page.locator('.mode-chooser__option', { hasText: '我是小朋友' }).click()
    await page.locator('[data-topic="safety"]').click()
    await page.locator('.child-wizard__next').click()
    await page.locator('.child-wizard__text textarea').fill(WORDS)
    // At once, before anything is sent.
    const help = page.locator('.safety-help')
    await help.waitFor()
    for (const words of ['告诉一个你信任的大人', '12355 青少年服务台', '110'])
      expect(await help.textContent()).toContain(words)
    await screenshot(page, 'safeguarding-help')
    await page.locator('.child-wizard__next').click()
    await page.locator('.street-picker__streets .ui-chip', { hasText: '解放碑' }).click()
    await page.locator('.child-wizard__next').click()
    await page.locator('.child-wizard__age', { hasText: '10—13岁' }).click()
    await page.locator('.child-wizard__next').click()
    await page.locator('.child-wizard__review .safety-help').waitFor()
    await page.locator('.child-wizard__send').click()
    await page.locator('.submit-result .ui-status-tag', { hasText: '已提交' }).waitFor()
    await page.locator('.submit-result .safety-help .safety-help__call--12355').waitFor()
    await screenshot(page, 'safeguarding-sent')

    // The street admin: told at once (one 订阅 spent, though the hour's notice was), 紧急 first.
    expect(await credits()).toBe(before - 1)
    await switchIdentity(page, '街道管理员')
    await page.locator('.mine__staff').click()
    const card = page.locator('.inbox-card', { hasText: '不敢回家' })
    await card.locator('.ui-status-tag', { hasText: '紧急' }).waitFor()
    await card.click()
    await page.locator('.urgent-case', { hasText: '紧急：可能有孩子需要帮助' }).waitFor()
    expect(await page.locator('.urgent-case').textContent()).toContain('文字提示：可能被伤害')
    await screenshot(page, 'safeguarding-case')

    // Approved and adopted, it still never goes public.
    const id = new URL(page.url().replace('#/', '')).searchParams.get('id')!
    const view = (await cloud('street', 'staff', { action: 'get', id })).data
    expect(
      await cloud('street', 'staff', { action: 'publish', id, title: view.title, text: view.text, rev: view.rev })
    ).toMatchObject({ ok: true })
    for (const to of ['accepted', 'in_progress', 'adopted']) {
      const { data } = await cloud('street', 'staff', { action: 'get', id })
      expect(await cloud('street', 'staff', { action: 'transition', id, to, rev: data.rev })).toMatchObject({
        ok: true
      })
    }
    const board = await cloud('citizen', 'suggestions', { action: 'listPublic', street: STREET })
    expect(board.data.items.map((s: { id: string }) => s.id)).not.toContain(id)
    const similar = await cloud('citizen', 'suggestions', { action: 'similar', topic: 'safety', street: STREET })
    expect(similar.data.items.map((s: { id: string }) => s.id)).not.toContain(id)
    await page.goto(`${backendUrl()}/#/pkg-suggest/board/index`)
    await page.locator('.board').waitFor()
    await page.waitForLoadState('networkidle')
    expect(await page.locator('.board').textContent()).not.toContain('不敢回家')
    expect(errors).toEqual([])
    await context.close()
  })
})
