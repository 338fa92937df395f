/**
 * What the district is still working on is public too (FixMyStreet's map of open reports), in a
 * real browser against the real backend:
 *  - a neighbour's suggestion, just sent, shows on the board under 办理中 with its status, in its
 *    street;
 *  - a parent about to write the same thing sees it under 先看看有没有人提过 and taps 我也想要
 *    instead of sending a duplicate;
 *  - once refused (不予采纳) it leaves the board.
 */
import type { Browser } from 'playwright-core'
import { backendUrl, cloud, launch, phone, screenshot } from './browser'

jest.setTimeout(120000)

const STREET = '500103003' // 解放碑
const NEIGHBOUR = 'dev-e2e-open-board-neighbour'

describe('open suggestions on the board and before sending, in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a neighbour’s open suggestion is on the board under 办理中, and a parent supports it before writing the same', async () => {
    const id = `e2e-open-${Date.now().toString(36)}`
    const title = `解放碑校门口加斑马线 ${id.slice(-4)}`
    const sent = await cloud(
      'citizen',
      'suggestions',
      {
        action: 'submit',
        suggestion: {
          id,
          mode: 'adult',
          topic: 'school_way',
          title,
          text: '放学时车很多，孩子过马路要绕很远，希望校门口画一条斑马线。',
          photoFileIds: [],
          street: STREET,
          onBehalfOfChild: false
        }
      },
      NEIGHBOUR
    )
    expect(sent).toMatchObject({ ok: true, data: { visibility: 'visible' } })

    const { page, context, errors } = await phone(browser)
    await page.goto(`${backendUrl()}/#/pkg-suggest/board/index`)
    await page.locator('.street-picker__streets .ui-chip', { hasText: '解放碑' }).click()
    await page.locator('.board__states .ui-chip', { hasText: '办理中' }).click()
    const item = page.locator('.board__item', { hasText: title })
    await item.waitFor()
    expect(await item.locator('.ui-status-tag').textContent()).toContain('待受理')
    await screenshot(page, 'board-open')

    // The same topic and street in the parent's form: the open one is offered to support.
    await page.goto(`${backendUrl()}/#/pages/suggest/index`)
    await page.locator('.mode-chooser__option', { hasText: '我是家长' }).click()
    await page.locator('[data-topic="school_way"]').click()
    await page.locator('.adult-form .street-picker__streets .ui-chip', { hasText: '解放碑' }).click()
    const similar = page.locator('.similar__item', { hasText: title })
    await similar.waitFor()
    expect(await similar.textContent()).toContain('待受理')
    await similar.locator('.similar__support', { hasText: '我也想要' }).click()
    await similar.locator('.similar__support', { hasText: '已支持' }).waitFor()
    expect(await page.locator('.adult-form').textContent()).toContain('写明区里办到了哪一步')

    // Refused: off the board (and off 先看看) for everyone.
    for (const to of ['accepted', 'in_progress', 'rejected']) {
      const { data } = await cloud('street', 'staff', { action: 'get', id })
      const body = {
        action: 'transition',
        id,
        to,
        rev: data.rev,
        ...(to === 'rejected' ? { note: '此处已有信号灯和过街天桥' } : {})
      }
      expect(await cloud('street', 'staff', body)).toMatchObject({ ok: true })
    }
    const open = await cloud('citizen', 'suggestions', { action: 'listPublic', street: STREET, state: 'open' })
    expect(open.data.items.map((s: { id: string }) => s.id)).not.toContain(id)
    const again = await cloud('citizen', 'suggestions', { action: 'similar', topic: 'school_way', street: STREET })
    expect(again.data.items.map((s: { id: string }) => s.id)).not.toContain(id)
    expect(errors).toEqual([])
    await context.close()
  })
})
