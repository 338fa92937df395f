/**
 * What a child wrote goes public only after a person read it, and an author can take a
 * suggestion back — in a real browser against the real backend:
 *  - a child writes their name into a suggestion; it is adopted, yet not on the public board until
 *    the street's admin takes the name out (隐去) and taps 公开; then the board shows it, nameless;
 *  - a parent withdraws a suggestion from 我的建议; the community worker sees 已撤回 and none of it.
 * Status moves go through the staff function directly: the screens under test are the review,
 * the board and 我的建议 (tests/e2e/staff.test.ts walks the handling screens).
 */
import type { Browser } from 'playwright-core'
import { backendUrl, launch, phone, screenshot, switchIdentity } from './browser'

jest.setTimeout(120000)

type Identity = 'citizen' | 'worker' | 'street' | 'district'

async function call(fn: string, identity: Identity, body: object): Promise<any> {
  const r = await fetch(`${backendUrl()}/cloud/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-identity': identity },
    body: JSON.stringify(body)
  })
  return r.json()
}

async function move(id: string, ...path: string[]) {
  for (const to of path) {
    const { data } = await call('staff', 'street', { action: 'get', id })
    expect(await call('staff', 'street', { action: 'transition', id, to, rev: data.rev })).toMatchObject({ ok: true })
  }
}

async function onBoard(text: string): Promise<Array<{ id: string; text: string; reply?: string }>> {
  const r = await call('suggestions', 'citizen', { action: 'listPublic', limit: 50 })
  return (r.data.items as Array<{ id: string; text: string; reply?: string }>).filter((s) => s.text.includes(text))
}

async function mineWith(text: string): Promise<{ id: string; status: string }> {
  const r = await call('suggestions', 'citizen', { action: 'listMine' })
  return (r.data.items as Array<{ id: string; text: string; status: string }>).find((s) => s.text.includes(text))!
}

describe('publication and withdrawal in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a child’s words reach the board only after a street admin took out the name and tapped 公开', async () => {
    const { page, context, errors } = await phone(browser)
    const words = '我叫王小明，学校门口的人行道太窄了，想要宽一点的路'

    await switchIdentity(page, '居民')
    await page.goto(`${backendUrl()}/#/pages/suggest/index`)
    await page.locator('.mode-chooser__option', { hasText: '我是小朋友' }).click()
    await page.locator('[data-topic="school_way"]').click()
    await page.locator('.child-wizard__next').click()
    await page.locator('.child-wizard__text textarea').fill(words)
    await page.locator('.child-wizard__next').click()
    await page.locator('.child-wizard__question', { hasText: '在哪个街道' }).waitFor()
    await page.locator('.street-picker__streets .ui-chip', { hasText: '解放碑' }).click()
    await page.locator('.child-wizard__next').click()
    await page.locator('.child-wizard__age', { hasText: '6—9岁' }).click()
    await page.locator('.child-wizard__next').click()
    await page.locator('.child-wizard__send').click()
    await page.locator('.submit-result .ui-status-tag', { hasText: '已提交' }).waitFor()

    // Adopted by the street: a public status, and still not public.
    const { id } = await mineWith('人行道太窄')
    await move(id, 'accepted', 'in_progress', 'adopted')
    expect(await onBoard('人行道太窄')).toEqual([])

    // The street's admin reviews it: the name is marked, taken out in one tap, then published.
    await switchIdentity(page, '街道管理员')
    await page.goto(`${backendUrl()}/#/pkg-staff/case/index?id=${id}`)
    const review = page.locator('.publish-review')
    await review.locator('.redaction-hits__hit', { hasText: '王小明' }).waitFor()
    await screenshot(page, 'staff-publish-review')
    await review.locator('.redaction-hits__redact').first().click()
    await review.locator('.redaction-hits__hit', { hasText: '王小明' }).waitFor({ state: 'detached' })
    await review.locator('.publish-action__publish').click()
    await review.locator('.publish-review__state', { hasText: '已公开' }).waitFor()

    const [shown] = await onBoard('人行道太窄')
    expect(shown.text).not.toContain('王小明')

    // A reply to the child waits for its own 公开: the template names the topic, and the board
    // shows the reply only after the street's admin approved it on the case page.
    const { data: view } = await call('staff', 'street', { action: 'get', id })
    expect(
      await call('staff', 'street', {
        action: 'reply',
        id,
        clientId: `reply-e2e-${Date.now()}`,
        templateId: 'demo-tpl-adopted',
        rev: view.rev
      })
    ).toMatchObject({ ok: true })
    expect((await onBoard('人行道太窄'))[0]).not.toHaveProperty('reply')
    await page.reload()
    await page.locator('.reply-card', { hasText: '待公开审核' }).waitFor()
    expect(await page.locator('.reply-card').first().textContent()).toContain('关于“上学路上”的建议')
    await page.locator('.reply-card__approve').click()
    await page.locator('.reply-card__approve').waitFor({ state: 'detached' })
    expect((await onBoard('人行道太窄'))[0].reply).toContain('已被采纳')
    await page.goto(`${backendUrl()}/#/pkg-suggest/board/index`)
    const item = page.locator('.board__item', { hasText: '人行道太窄' })
    await item.waitFor()
    expect(await item.textContent()).not.toContain('王小明')
    await screenshot(page, 'board-after-publish')
    expect(errors).toEqual([])
    await context.close()
  })

  it('a parent withdraws a suggestion from 我的建议; the worker sees 已撤回 and nothing of it', async () => {
    const { page, context, errors } = await phone(browser)
    const text = '大井巷的楼梯扶手太高，小朋友够不着，希望加一道低扶手。'
    const submitted = await call('suggestions', 'citizen', {
      action: 'submit',
      suggestion: {
        id: `sug-e2e-withdraw-${Date.now()}`,
        mode: 'adult',
        topic: 'safety',
        title: '楼梯加一道低扶手',
        text,
        street: '500103003',
        community: '500103003019',
        onBehalfOfChild: false,
        photoFileIds: []
      }
    })
    expect(submitted).toMatchObject({ ok: true })
    const { id } = await mineWith('低扶手')

    await switchIdentity(page, '居民')
    await page.locator('.my-suggestions__item', { hasText: '楼梯加一道低扶手' }).click()
    await page.locator('.my-data-actions__withdraw').click()
    await page.locator('.taro-modal__foot', { hasText: '撤回' }).getByText('撤回', { exact: true }).click()
    await page.locator('.my-data-actions__done', { hasText: '已撤回' }).waitFor()
    await screenshot(page, 'mine-withdrawn')
    expect(await mineWith('低扶手')).toBeUndefined()

    await switchIdentity(page, '社区工作者')
    await page.goto(`${backendUrl()}/#/pkg-staff/case/index?id=${id}`)
    await page.locator('.staff-case .ui-status-tag', { hasText: '已撤回' }).waitFor()
    expect(await page.locator('.staff-case').textContent()).not.toContain('小朋友够不着')
    expect(errors).toEqual([])
    await context.close()
  })
})
