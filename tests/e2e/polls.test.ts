/**
 * 快问快答 journey: a district admin writes a poll on 工作台 → 快问快答 and opens it; 20 different
 * citizens answer (18 through the local backend's API as citizens of their own, two through the
 * page as 居民 and 邻居家长); an answer sent twice counts once; nobody sees a count while it runs;
 * the admin closes it early and the results show, bars and numbers in words. The question names
 * this test (示例 · e2e): e2e files share one backend.
 */
import type { Browser, Page } from 'playwright-core'
import { backendUrl, cloud, launch, openStaffTool, phone, screenshot, switchIdentity } from './browser'
import { seriousViolations } from './axe'

jest.setTimeout(180000)

const QUESTION = '放学后你最想去哪里？（示例 · e2e）'
const KIDS = '放学后，你最想去哪儿玩？（示例 · e2e）'

async function vote(page: Page, label: string) {
  await page.goto(`${backendUrl()}/#/pkg-polls/vote/index`)
  const card = page.locator('.poll-card', { hasText: KIDS })
  await card.locator('.poll-card__option', { hasText: label }).click()
  await card.locator('.poll-card__send').click()
  await card.getByText(`投好啦！你选了“${label}”，投票结束后公布结果。`).waitFor()
}

describe('快问快答 in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('an admin asks, 20 citizens answer once each (a retry counts once), the results show when closed', async () => {
    const { page, context, errors } = await phone(browser)

    // The district admin writes the poll: refused beside its field first, then saved and opened.
    await switchIdentity(page, '区级管理员')
    await openStaffTool(page, '快问快答')
    await page.locator('.staff-polls__save').click()
    await page.locator('.poll-fields__question .ui-field__error', { hasText: '请填写问题' }).waitFor()
    await page.locator('.poll-fields__question input').fill(QUESTION)
    await page.locator('.poll-fields__kids input').fill(KIDS)
    await page.locator('.poll-fields__option-0 input').fill('公园')
    await page.locator('.poll-fields__option-1 input').fill('图书馆')
    await page.locator('.poll-fields__add').click()
    await page.locator('.poll-fields__option-2 input').fill('运动场')
    await page.locator('.poll-fields__option').nth(2).locator('.ui-chip', { hasText: '运动' }).click()
    await screenshot(page, 'polls-staff-form')
    await page.locator('.staff-polls__save').click()
    const row = page.locator('.staff-polls__poll', { hasText: QUESTION })
    await row.getByText('未开始').waitFor()
    await row.locator('.staff-polls__open').click()
    await row.getByText('进行中').waitFor()

    const { data } = await cloud('district', 'policy', { action: 'staffPolls' })
    const pollId: string = data.polls.find((p: { question: string }) => p.question === QUESTION).id

    // 18 citizens through the API: 9 公园, 6 图书馆, 3 运动场 (two of them parents, refused: it asks children).
    const answer = (i: number, option: number, as = 'child') =>
      cloud('citizen', 'policy', { action: 'answerPoll', pollId, option, as }, `dev-poll-e2e-${i}`)
    for (let i = 0; i < 18; i++) {
      const r = await answer(i, i < 9 ? 0 : i < 15 ? 1 : 2)
      expect(r.ok).toBe(true)
    }
    expect(await answer(99, 0, 'parent')).toMatchObject({ ok: false, error: { message: '这个投票只问小朋友' } })
    // A retry after a lost answer: answered as given, counted once; a second choice is refused.
    expect(await answer(0, 0)).toMatchObject({
      ok: true,
      data: { replayed: true, poll: { myAnswer: 0, results: null } }
    })
    expect(await answer(0, 1)).toMatchObject({ ok: false, error: { message: '你已经投过票了，每人只能投一次' } })

    // Two more through the page: 居民 and 邻居家长, each a child answering on their phone.
    await switchIdentity(page, '居民')
    await vote(page, '公园')
    await screenshot(page, 'polls-voted')
    // Open again: the vote stands, no button to vote twice, no count shown while it runs.
    await page.reload()
    const mine = page.locator('.poll-card', { hasText: KIDS })
    await mine.getByText('你选了“公园”', { exact: false }).waitFor()
    expect(await mine.locator('.poll-card__send').count()).toBe(0)
    expect(await mine.textContent()).not.toContain('票，占')
    await switchIdentity(page, '邻居家长', '居民')
    await vote(page, '运动场')

    // The admin sees 20 took part, closes early (after asking), and sees the results.
    await switchIdentity(page, '区级管理员')
    await page.goto(`${backendUrl()}/#/pkg-staff/polls/index`)
    await row.getByText('已有 20 人参加').waitFor()
    await row.locator('.staff-polls__close').click()
    await page.locator('.taro-modal__foot', { hasText: '结束' }).getByText('结束', { exact: true }).click()
    await row.getByText('结果：公园 10 票，图书馆 6 票，运动场 4 票').waitFor()

    // Anyone now reads the results: bars, and every number in words.
    await switchIdentity(page, '居民')
    await page.goto(`${backendUrl()}/#/pkg-polls/vote/index`)
    // The page opens as 我是小朋友: the results ask in the children's words.
    const results = page.locator('.poll-results', { hasText: KIDS })
    await results.getByText('公园：10 票，占 50%（最多）').waitFor()
    await results.getByText('图书馆：6 票，占 30%').waitFor()
    await results.getByText('运动场：4 票，占 20%').waitFor()
    await results.getByText('共 20 人参加（小朋友 20 人）。').waitFor()
    await results.getByText('给小朋友：最多人选的是“公园”，一共 10 票！').waitFor()
    expect(await results.locator('.bar-chart__row').count()).toBe(3)
    await page.locator('.polls__who .ui-chip', { hasText: '我是家长' }).click()
    await page.locator('.poll-results', { hasText: QUESTION }).waitFor()
    await screenshot(page, 'polls-results')
    expect(await seriousViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
