/**
 * The screenshot review: every page (tabs and subpages, citizen and staff) in normal, care and
 * dark mode at 375×667, each checked by axe with every rule on (no serious or critical
 * violation), written to screenshots/ with a contact sheet, screenshots/index.html, for a
 * person to look through.
 * Then the look defects a test can see: computed sizes, alignment and contrast.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { chinaDate, DAY_MS } from '../../src/domain/clock'
import { internalMarks } from '../../src/domain/citizen-text'
import { activityForm, signUpFor } from '../fixtures/activities'
import { backendUrl, cloud, launch, phone, screenshot } from './browser'
import { seriousViolations } from './axe'
import { SCREENSHOT_DIR } from './env'

// 141 page states (47 pages in 3 modes), each loaded and checked by axe: minutes on a busy 2-core machine.
jest.setTimeout(1800000)

const MODES = ['normal', 'care', 'dark'] as const
type Mode = (typeof MODES)[number]

interface Shot {
  name: string
  /** A route, or how to reach a page whose id is only known at run time. */
  route: string | ((page: Page) => Promise<string>)
  ready: string
  /** Who looks at it (the demo identity of the local backend). */
  as?: '社区工作者' | '区级管理员'
}

const url = (route: string) => `${backendUrl()}/#/${route}`

async function open(page: Page, route: string, ready: string) {
  // A fresh load per page: a hash-only change would stack pages in Taro's router.
  await page.goto('about:blank')
  await page.goto(url(route))
  await page.locator('.page-shell', { hasText: ready }).first().waitFor()
  await page.waitForTimeout(300)
}

async function routeAfterClick(page: Page, from: string, ready: string, selector: string): Promise<string> {
  await open(page, from, ready)
  await page.locator(selector).first().click()
  await page.waitForFunction((f) => !location.hash.includes(f), from)
  return new URL(page.url()).hash.replace(/^#\//, '')
}

async function setIdentity(page: Page, label: string) {
  await open(page, 'pages/mine/index', '关怀模式')
  await page.locator('.dev-switch__option', { hasText: label }).click()
  await page.locator('.mine__role', { hasText: label.slice(0, 3) }).waitFor()
}

async function setCareMode(page: Page, on: boolean) {
  await open(page, 'pages/mine/index', '关怀模式')
  const isOn = await page.locator('.page-shell.care-mode').count()
  if (Boolean(isOn) !== on) {
    await page.locator('.mine__care-switch').click()
    await page.waitForFunction(
      (want) => document.querySelector('.page-shell')?.classList.contains('care-mode') === want,
      on
    )
  }
}

// A long title: its status tag must stay on one line beside it.
const TITLE = '大井巷口放学时段需要一个儿童过街安全岛和提示牌'

/** A parent reports 开放时间不对 on a 示例 place (so 我的纠错 and the staff queue have one). */
async function reportCorrection(page: Page) {
  await open(page, 'pkg-places/detail/index?id=demo-childcare-03', '示例')
  await page.locator('.place-detail__correct').click()
  await page.locator('.correction-sheet__kinds .ui-chip', { hasText: '开放时间不对' }).click()
  await page.locator('.correction-sheet__submit').click()
  await page.getByText('已收到！', { exact: false }).waitFor()
}

/** A citizen of 解放碑 · 大井巷 writes in (so my-suggestion and the worker's case have a page). */
async function submitSuggestion(page: Page) {
  await open(page, 'pages/suggest/index', '')
  // The form remembers who was writing: the chooser shows only the first time.
  if (await page.locator('.mode-chooser__option').count())
    await page.locator('.mode-chooser__option', { hasText: '我是家长' }).click()
  await page.locator('[data-topic="safety"]').click()
  await page.locator('.adult-form .ui-field__input input').first().fill(TITLE)
  await page.locator('.adult-form .ui-field__textarea textarea').fill('放学时车多，孩子过马路要走很长一段。')
  await page.locator('.street-picker__streets .ui-chip', { hasText: '解放碑' }).click()
  await page.locator('.street-picker__communities .ui-chip', { hasText: '大井巷' }).click()
  await page.locator('.adult-form__submit').click()
  await page.locator('.submit-result .ui-status-tag', { hasText: '已提交' }).waitFor()
}

/** An activity three days ahead with the resident's seat: its page shows 我的报名 and when the reminder goes. */
async function signedUpActivity(): Promise<string> {
  const form = activityForm(`act-review-${Date.now().toString(36)}`, { date: chinaDate(Date.now() + 3 * DAY_MS) })
  const published = await cloud('worker', 'activities', { action: 'publish', form })
  const id: string = published.data.activity.id
  await cloud('citizen', 'activities', { action: 'signUp', ...signUpFor(id) })
  return `pkg-activities/detail/index?id=${encodeURIComponent(id)}`
}

const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect()
      const cs = getComputedStyle(el)
      return {
        top: r.top,
        bottom: r.bottom,
        height: r.height,
        fontSize: parseFloat(cs.fontSize),
        bg: cs.backgroundColor
      }
    })

const SHOTS: Shot[] = [
  { name: 'home', route: 'pages/home/index', ready: '从一米高度看城市' },
  { name: 'map', route: 'pages/map/index', ready: '附近的儿童服务' },
  {
    name: 'place-detail',
    route: (p) => routeAfterClick(p, 'pages/map/index', '附近的儿童服务', '.place-card'),
    ready: '返回'
  },
  { name: 'suggest', route: 'pages/suggest/index', ready: '我是小朋友' },
  { name: 'suggest-write', route: 'pkg-suggest/write/index', ready: '' },
  { name: 'suggest-missing-files', route: 'pkg-suggest/missing/index', ready: '不在手机上' },
  { name: 'policy', route: 'pages/policy/index', ready: '46 项重点任务' },
  { name: 'mine', route: 'pages/mine/index', ready: '关怀模式' },
  { name: 'qa', route: 'pkg-policy/qa/index', ready: '为什么要制定' },
  { name: 'qa-detail', route: 'pkg-policy/qa-detail/index?id=q3', ready: '给小朋友' },
  { name: 'policy-full', route: 'pkg-policy/full/index', ready: '专家视角' },
  {
    name: 'my-suggestion',
    route: (p) => routeAfterClick(p, 'pages/mine/index', '关怀模式', `.my-suggestions__item:has-text("${TITLE}")`),
    ready: '进度'
  },
  { name: 'board', route: 'pkg-suggest/board/index', ready: '公示' },
  { name: 'about', route: 'pkg-info/about/index', ready: '我们收集什么' },
  { name: 'children-rules', route: 'pkg-info/children/index', ready: '从孩子那里收集什么' },
  { name: 'polls', route: 'pkg-polls/vote/index', ready: '正在进行' },
  { name: 'council', route: 'pkg-polls/council/index', ready: '议事结果' },
  { name: 'activities', route: 'pkg-activities/list/index', ready: '点开一个活动就能报名' },
  { name: 'my-activities', route: 'pkg-activities/mine/index', ready: '看看最近的活动' },
  { name: 'activity-signed-up', route: () => signedUpActivity(), ready: '我的报名' },
  { name: 'my-data', route: 'pkg-suggest/my-data/index', ready: '保存多久' },
  { name: 'my-corrections', route: 'pkg-places/corrections/index', ready: '处理结果' },
  { name: 'visit-form', route: 'pkg-places/visit/index?placeId=demo-childcare-05', ready: '提交预约' },
  { name: 'my-visits', route: 'pkg-places/visit/index', ready: '你预约参观托育机构' },
  { name: 'staff-mine', route: 'pages/mine/index', ready: '工作台', as: '区级管理员' },
  { name: 'staff-inbox', route: 'pkg-staff/inbox/index', ready: '统计与导出', as: '社区工作者' },
  {
    name: 'staff-case',
    route: (p) => routeAfterClick(p, 'pkg-staff/inbox/index', '统计与导出', `.inbox-card:has-text("${TITLE}")`),
    ready: '处理记录',
    as: '社区工作者'
  },
  { name: 'staff-report', route: 'pkg-staff/report/index', ready: '返回', as: '社区工作者' },
  { name: 'staff-entry', route: 'pkg-staff/entry/index', ready: '返回', as: '社区工作者' },
  { name: 'staff-templates', route: 'pkg-staff/templates/index', ready: '返回', as: '社区工作者' },
  { name: 'staff-batch', route: 'pkg-staff/batch/index', ready: '返回', as: '社区工作者' },
  {
    name: 'staff-moderate',
    route: async (p) =>
      (await routeAfterClick(p, 'pkg-staff/inbox/index', '统计与导出', `.inbox-card:has-text("${TITLE}")`)).replace(
        'pkg-staff/case/',
        'pkg-staff/moderate/'
      ),
    ready: '审核记录',
    as: '社区工作者'
  },
  { name: 'staff-admin', route: 'pkg-staff/staff-admin/index', ready: '返回', as: '区级管理员' },
  { name: 'staff-content', route: 'pkg-staff/content/index', ready: '发布到首页', as: '区级管理员' },
  { name: 'staff-audit', route: 'pkg-staff/audit/index', ready: '返回', as: '区级管理员' },
  {
    name: 'staff-places-import',
    route: 'pkg-staff/places-import/index',
    ready: '导入托育机构备案名录',
    as: '区级管理员'
  },
  {
    name: 'staff-corrections',
    route: 'pkg-staff/corrections/index',
    ready: '居民报告的地点信息问题',
    as: '区级管理员'
  },
  {
    name: 'staff-place-edit',
    route: (p) => routeAfterClick(p, 'pkg-staff/corrections/index', '居民报告的地点信息问题', '.correction-card'),
    ready: '修改“',
    as: '区级管理员'
  },
  {
    name: 'staff-place-admin',
    route: 'pkg-staff/place-admin/index?id=demo-childcare-03',
    ready: '托育信息（家长据此选择）',
    as: '区级管理员'
  },
  { name: 'staff-progress', route: 'pkg-staff/progress/index', ready: '录入历史', as: '区级管理员' },
  { name: 'staff-polls', route: 'pkg-staff/polls/index', ready: '发起新投票', as: '区级管理员' },
  { name: 'staff-council', route: 'pkg-staff/council/index', ready: '添加小代表', as: '区级管理员' },
  { name: 'staff-join', route: 'pkg-staff/join/index', ready: '输入邀请码' },
  { name: 'offices', route: 'pkg-places/offices/index?street=500103003', ready: '解放碑街道办事处' },
  { name: 'staff-offices', route: 'pkg-staff/offices/index', ready: '先选一个街道', as: '区级管理员' },
  { name: 'staff-walk-routes', route: 'pkg-staff/walk-routes/index', ready: '新增路线', as: '区级管理员' },
  { name: 'staff-activities', route: 'pkg-staff/activities/index', ready: '范围：', as: '社区工作者' },
  { name: 'staff-activity-edit', route: 'pkg-staff/activity-edit/index', ready: '发布新活动', as: '社区工作者' },
  { name: 'staff-visits', route: 'pkg-staff/visits/index', ready: '家长预约参观托育机构', as: '社区工作者' },
  { name: 'staff-deadlines', route: 'pkg-staff/deadlines/index', ready: '逾期后每天', as: '区级管理员' },
  { name: 'staff-tools', route: 'pkg-staff/tools/index', ready: '人员与记录', as: '区级管理员' }
]

function contactSheet(rows: Array<{ name: string; route: string }>, axe: Record<string, string[]>) {
  const cell = (name: string, mode: Mode) => {
    const file = `review-${name}-${mode}.png`
    const found = axe[`${name}/${mode}`] ?? []
    return `<td><a href="${file}"><img src="${file}" width="188" loading="lazy"></a><div class="${
      found.length ? 'bad' : 'ok'
    }">${found.length ? found.map((f) => f.replace(/</g, '&lt;')).join('<br>') : 'axe: 0 serious/critical'}</div></td>`
  }
  return `<!doctype html><meta charset="utf-8"><title>渝中 · 一米高度 — screenshot review</title>
<style>body{font:14px sans-serif;margin:16px}td{vertical-align:top;padding:4px}img{border:1px solid #ccc}
.ok{color:#14532d}.bad{color:#b42318;font-weight:600}th{text-align:left}</style>
<h1>Screenshot review · 375×667 · ${new Date().toISOString().slice(0, 16)}</h1>
<table><tr><th>page</th>${MODES.map((m) => `<th>${m}</th>`).join('')}</tr>
${rows
  .map((r) => `<tr><th>${r.name}<br><small>${r.route}</small></th>${MODES.map((m) => cell(r.name, m)).join('')}</tr>`)
  .join('\n')}</table>`
}

describe('screenshot review', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('every page in normal, care and dark mode: screenshots, a contact sheet and axe', async () => {
    const axe: Record<string, string[]> = {}
    // Citizens' pages never show the team's own notes (file names, coordinate systems, batch ids, raw coordinates).
    const internal: Record<string, string[]> = {}
    const routes: Record<string, string> = {}
    for (const mode of MODES) {
      const { page, context } = await phone(browser)
      await page.emulateMedia({ colorScheme: mode === 'dark' ? 'dark' : 'light' })
      await setCareMode(page, mode === 'care')
      let who: Shot['as'] = undefined
      for (const shot of SHOTS) {
        if (shot.as && shot.as !== who) {
          await setIdentity(page, shot.as)
          who = shot.as
        }
        // Written once, after the suggest tab's own shot (which shows the chooser).
        if (mode === 'normal' && shot.name === 'my-suggestion') await submitSuggestion(page)
        if (mode === 'normal' && shot.name === 'my-corrections') await reportCorrection(page)
        routes[shot.name] ??= typeof shot.route === 'string' ? shot.route : await shot.route(page)
        await open(page, routes[shot.name], shot.ready)
        await screenshot(page, `review-${shot.name}-${mode}`)
        if (!shot.as) {
          const marks = internalMarks(await page.locator('.page-shell').first().innerText())
          if (marks.length) internal[shot.name] = marks
        }
        axe[`${shot.name}/${mode}`] = await seriousViolations(page)
      }
      await context.close()
    }
    writeFileSync(
      join(SCREENSHOT_DIR, 'index.html'),
      contactSheet(
        SHOTS.map((s) => ({ name: s.name, route: routes[s.name] })),
        axe
      )
    )
    const found = Object.entries(axe).flatMap(([k, v]) => v.map((x) => `${k}: ${x}`))
    expect(found).toEqual([])
    expect(internal).toEqual({})
  })

  it('looks finished: buttons, fields, tags, rows, text size, back, dark tab bar', async () => {
    const { page, context } = await phone(browser)
    // Fields: one-line placeholders centred, 标题 and 描述 the same size, textarea fills its box.
    await open(page, 'pages/suggest/index', '我是小朋友')
    await page.locator('.mode-chooser__option', { hasText: '我是家长' }).click()
    const titleBox = await box(page, '.adult-form .ui-field__box')
    const titleInput = await box(page, '.adult-form .ui-field__input input')
    expect(Math.abs((titleInput.top + titleInput.bottom) / 2 - (titleBox.top + titleBox.bottom) / 2)).toBeLessThan(2)
    const textarea = await box(page, '.adult-form .ui-field__textarea textarea')
    expect(textarea.fontSize).toBe(titleInput.fontSize)
    expect(titleInput.fontSize).toBeGreaterThanOrEqual(15)
    const textareaBox = await box(page, '.adult-form .ui-field__box--multiline')
    expect(textareaBox.bottom - textarea.bottom).toBeLessThan(16)

    // Result buttons: styled, same height, tops aligned.
    await submitSuggestion(page)
    const [a, b] = await page
      .locator('.submit-result__actions .ui-button')
      .evaluateAll((els) =>
        els.map((e) => ({ ...e.getBoundingClientRect().toJSON(), bg: getComputedStyle(e).backgroundColor }))
      )
    expect(a.top).toBe(b.top)
    expect(a.height).toBe(b.height)
    expect(a.bg).not.toBe('rgb(248, 248, 248)')

    // Status tags stay on one line next to a long title; the 关怀模式 row has room around its text.
    await open(page, 'pages/mine/index', '关怀模式')
    const tag = await box(page, `.my-suggestions__item:has-text("${TITLE}") .ui-status-tag`)
    expect(tag.height).toBeLessThan(tag.fontSize * 2)
    const row = await box(page, '.mine__care-switch')
    const rowText = await box(page, '.mine__care-switch .ui-card-row__main')
    expect(rowText.top - row.top).toBeGreaterThanOrEqual(10)

    // Body text at least 15 px on every tab (a few map labels may be 13).
    for (const [route, ready] of [
      ['pages/home/index', '从一米高度看城市'],
      ['pages/suggest/index', ''],
      ['pages/mine/index', '关怀模式']
    ]) {
      await open(page, route, ready)
      const small = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.page-shell taro-text-core, .page-shell taro-view-core'))
          .filter((el) => Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim()))
          .filter((el) => (el as HTMLElement).offsetParent !== null && parseFloat(getComputedStyle(el).fontSize) < 14.5)
          .map((el) => `${el.className}: ${el.textContent!.trim().slice(0, 12)}`)
      )
      expect({ route, small }).toEqual({ route, small: [] })
    }

    // The map's filter chips: one line (现在开放 on it) that scrolls, each label whole.
    await open(page, 'pages/map/index', '附近的儿童服务')
    const chips = await page.locator('.place-filters__scroll--main .ui-chip').evaluateAll((els) =>
      els.map((e) => ({
        text: e.textContent ?? '',
        top: Math.round(e.getBoundingClientRect().top),
        cut: e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().height > 60
      }))
    )
    expect(chips.map((c) => c.text).pop()).toContain('现在开放')
    expect(new Set(chips.map((c) => c.top)).size).toBe(1)
    expect(chips.filter((c) => c.cut)).toEqual([])
    const scroller = await page
      .locator('.place-filters__scroll--main')
      .evaluate((el) => ({ scrolls: el.scrollWidth > el.clientWidth, overflow: getComputedStyle(el).overflowX }))
    expect(scroller).toEqual({ scrolls: true, overflow: 'auto' })

    // In 关怀模式 (larger text), 使用我的位置 and the other location buttons keep each label on one line.
    const tabLabelPx = () =>
      page
        .locator('.weui-tabbar__label')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    const normalTabLabel = await tabLabelPx()
    await setCareMode(page, true)
    await open(page, 'pages/map/index', '附近的儿童服务')
    // 关怀模式 enlarges the tab bar's labels too (the browser's tab bar; WeChat's is native).
    expect(await tabLabelPx()).toBeGreaterThan(normalTabLabel)
    const labelLines = await page.locator('.location-prompt__actions .ui-button').evaluateAll((els) =>
      els.map((e) => {
        const range = document.createRange()
        range.selectNodeContents(e)
        const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)))
        return `${e.textContent}: ${tops.size}`
      })
    )
    expect(labelLines).toContain('使用我的位置: 1')
    expect(labelLines.filter((l) => !l.endsWith(': 1'))).toEqual([])
    await setCareMode(page, false)

    // A subpage opened directly has a visible 返回 that leads to its tab.
    await open(page, 'pkg-info/about/index', '我们收集什么')
    await page.locator('.back-bar__button', { hasText: '返回' }).click()
    await page.locator('.page-shell', { hasText: '关怀模式' }).waitFor()

    // Dark mode: the tab bar is dark too.
    await page.emulateMedia({ colorScheme: 'dark' })
    const tabBg = await page.locator('.weui-tabbar').evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(tabBg).toBe('rgb(28, 28, 28)')
    await context.close()
  })
})
