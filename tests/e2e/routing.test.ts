/**
 * Routing journeys (1) and (2) in a real browser against the real backend:
 * (1) a child names the community nearest home or school and their suggestion is in that
 *     community worker's inbox; one without a community waits for the street admin, who passes it
 *     to a community on the case page, where that community's worker then finds it;
 * (2) a street admin hands a crossing suggestion to 交巡警 with a reason; 交巡警's staff find it
 *     in their inbox and reply; the author reads 转办 (to whom and why) and the reply.
 * e2e files share one backend: each suggestion here names this run.
 */
import type { Browser } from 'playwright-core'
import { historyWords } from '../../src/domain/suggestions/timeline-words'
import type { HistoryEntry } from '../../src/domain/suggestions/model'
import { seriousViolations } from './axe'
import { backendUrl, cloud, launch, phone, screenshot, switchIdentity } from './browser'

jest.setTimeout(240000)

const RUN = Date.now().toString(36)
const STREET = '500103003' // 解放碑
const ZILIXIANG = '500103003018'

const inboxTitles = async (identity: string, openid?: string): Promise<string[]> => {
  const r = await cloud(identity, 'staff', { action: 'inbox', pageSize: 50 }, openid)
  expect(r).toMatchObject({ ok: true })
  return (r.data.items as Array<{ title: string }>).map((i) => i.title)
}

describe('routing in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('(1) a child’s suggestion with a community reaches its worker; one without is triaged by the street admin', async () => {
    const { page, context, errors } = await phone(browser)
    // A resident of its own: the other journeys' 居民 keeps its hourly submissions.
    await switchIdentity(page, '邻居家长', '居民')
    await page.goto(`${backendUrl()}/#/pages/suggest/index`)
    await page.locator('.mode-chooser__option', { hasText: '我是小朋友' }).click()
    await page.locator('[data-topic="play"]').click()
    await page.locator('.child-wizard__next').click()
    const words = `大井巷的小广场想要一个沙坑（${RUN}）`
    await page.locator('.child-wizard__text textarea').fill(words)
    await page.locator('.child-wizard__next').click()
    await page.locator('.street-picker__streets .ui-chip', { hasText: '解放碑' }).click()
    await page.locator('.street-picker__communities', { hasText: '离你家或学校最近的社区是' }).waitFor()
    await page.locator('.street-picker__communities .ui-chip', { hasText: '大井巷' }).click()
    await screenshot(page, 'routing-child-community')
    await page.locator('.child-wizard__next').click()
    await page.locator('.child-wizard__age', { hasText: '6—9岁' }).click()
    await page.locator('.child-wizard__next').click()
    await page.locator('.child-wizard__review', { hasText: '在哪里：解放碑 · 大井巷' }).waitFor()
    await page.locator('.child-wizard__send').click()
    await page.locator('.submit-result .ui-status-tag', { hasText: '已提交' }).waitFor()

    // Its community's worker has it; the neighbouring community's does not.
    const title = (await inboxTitles('worker')).find((t) => words.startsWith(t.replace(/…$/, '')))
    expect(title).toBeDefined()
    expect(
      (await inboxTitles('worker', 'dev-worker-zilixiang')).some((t) => words.startsWith(t.replace(/…$/, '')))
    ).toBe(false)

    // A child who did not know the community: the street admin passes it on.
    const id = `sg-e2e-triage-${RUN}`
    const sent = await cloud(
      'citizen',
      'suggestions',
      {
        action: 'submit',
        suggestion: {
          id,
          mode: 'child',
          topic: 'play',
          title: '',
          text: `自力巷想要一个能荡秋千的地方（${RUN}）`,
          photoFileIds: [],
          ageGroup: '10to13',
          street: STREET,
          onBehalfOfChild: false
        }
      },
      `dev-e2e-routing-kid-${RUN}`
    )
    expect(sent).toMatchObject({ ok: true })
    await switchIdentity(page, '街道管理员')
    await page.goto(`${backendUrl()}/#/pkg-staff/case/index?id=${encodeURIComponent(id)}`)
    await page.locator('.case-transfer__open').click()
    await page.locator('.case-transfer__targets .ui-chip', { hasText: '自力巷社区' }).click()
    await page
      .locator('.case-transfer__preview', {
        hasText: '你的建议交给了解放碑街道自力巷社区，因为社区的叔叔阿姨离你最近。'
      })
      .waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await screenshot(page, 'routing-triage')
    await page.locator('.case-transfer__send').click()
    await page.locator('.staff-case__event', { hasText: '转办给解放碑街道自力巷社区' }).waitFor()
    const zilixiang = await cloud('worker', 'staff', { action: 'get', id }, 'dev-worker-zilixiang')
    expect(zilixiang).toMatchObject({ ok: true, data: { community: ZILIXIANG } })
    const kid = await cloud('citizen', 'suggestions', { action: 'get', id }, `dev-e2e-routing-kid-${RUN}`)
    const entry = (kid.data.history as HistoryEntry[]).find((h) => h.event === 'transferred')!
    expect(historyWords(entry, true)).toBe('你的建议交给了解放碑街道自力巷社区，因为社区的叔叔阿姨离你最近。')
    expect(errors).toEqual([])
    await context.close()
  })

  it('(2) a street admin hands a crossing suggestion to 交巡警, which replies; the author reads 转办 and the reply', async () => {
    const author = `dev-e2e-routing-parent-${RUN}`
    const id = `sg-e2e-crossing-${RUN}`
    const title = `较场口路口没有红绿灯（${RUN}）`
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
          text: '孩子上学要过较场口路口，车很多又没有红绿灯，希望装信号灯或者有人护学。',
          photoFileIds: [],
          street: STREET,
          community: '500103003019',
          onBehalfOfChild: false
        }
      },
      author
    )
    expect(sent).toMatchObject({ ok: true })

    const { page, context, errors } = await phone(browser)
    await switchIdentity(page, '街道管理员')
    await page.goto(`${backendUrl()}/#/pkg-staff/case/index?id=${encodeURIComponent(id)}`)
    await page.locator('.case-transfer__open').click()
    await page.locator('.case-transfer__kinds .ui-chip', { hasText: '部门' }).click()
    // The departments that handle 上学路上 come first.
    await page.locator('.case-transfer__targets .ui-chip').first().filter({ hasText: '交巡警' }).waitFor()
    await page.locator('.case-transfer__targets .ui-chip', { hasText: '交巡警' }).click()
    await page.locator('.case-transfer__reasons .ui-chip', { hasText: '属于对方职责' }).click()
    await page.locator('.case-transfer__note input').fill('路口信号灯由交巡警负责')
    await page.locator('.case-transfer__send').click()
    await page.locator('.staff-case', { hasText: '转办：交巡警（示例）' }).waitFor()

    // 交巡警's staff find it in their inbox and reply on the case page.
    await switchIdentity(page, '部门工作人员')
    await page.locator('.mine__staff').click()
    await page.locator('.inbox-card', { hasText: title.slice(0, 8) }).click()
    await page.locator('.case-actions__move', { hasText: '已受理' }).click()
    await page.locator('.staff-case .ui-status-tag', { hasText: '已受理' }).waitFor()
    const reply = '已安排上下学时段民警护学，并评估增设信号灯。'
    await page.locator('.reply-composer__text textarea').fill(reply)
    await page.locator('.reply-composer__send', { hasText: '发送回复' }).click()
    await page.locator('.reply-card', { hasText: '民警护学' }).waitFor()
    await screenshot(page, 'routing-department-reply')

    // The author reads where it went and why, and the reply.
    const mine = await cloud('citizen', 'suggestions', { action: 'get', id }, author)
    const words = (mine.data.history as HistoryEntry[]).map((h) => historyWords(h, false, mine.data))
    expect(words).toContain('转办给交巡警（示例）：这件事由对方负责办理（路口信号灯由交巡警负责）')
    expect(mine.data.replies.map((r: { text: string }) => r.text)).toEqual([reply])
    expect(errors).toEqual([])
    await context.close()
  })
})
