/**
 * 活动报名 journey: a community worker publishes an activity of 2 places through 工作台 → 活动管理;
 * a parent signs up on the activity page, two more parents sign up by their own accounts (one of
 * them twice: one sign-up), the third waits; one cancels and the waiting one takes the seat; the
 * worker sees the masked list, where attendance waits for the day (attendance.test.ts marks it). A parent with a seat is told when
 * the reminder the day before goes, and downloads the calendar file. The title names this test
 * (示例 · e2e): e2e files share one backend.
 */
import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { chinaDate, DAY_MS } from '../../src/domain/clock'
import { signUpFor } from '../fixtures/activities'
import { backendUrl, cloud, launch, phone, screenshot, switchIdentity } from './browser'
import { seriousViolations } from './axe'

jest.setTimeout(180000)

const TITLE = `亲子绘本会（示例 · e2e ${Date.now().toString(36)}）`
const parent = (n: number) => `dev-e2e-activity-parent-${n}`

describe('活动报名 in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('staff publish, parents sign up once, the waitlist moves on a cancel, staff see the masked list', async () => {
    const { page, context, errors } = await phone(browser)

    // A community worker publishes through the page.
    await switchIdentity(page, '社区工作者')
    await page.locator('.mine__staff').click()
    await page.locator('.staff-inbox__link', { hasText: '活动管理' }).click()
    await page.locator('.staff-activities__new').click()
    await page.getByText('已选：解放碑 · 大井巷', { exact: false }).waitFor()
    await page.locator('.activity-edit__save').click()
    await page.locator('.activity-fields__title .ui-field__error', { hasText: '请填写活动名称' }).waitFor()
    const fields: Record<string, string> = {
      title: TITLE,
      description: '一起读绘本、做手工，家长陪同。',
      address: '大井巷社区活动室',
      date: chinaDate(Date.now() + 3 * DAY_MS),
      startTime: '09:30',
      endTime: '11:00',
      ageMin: '3',
      ageMax: '8',
      capacity: '2'
    }
    for (const [key, value] of Object.entries(fields)) {
      const box = page.locator(`.activity-fields__${key} input, .activity-fields__${key} textarea`)
      await box.fill(value)
    }
    await screenshot(page, 'activities-publish')
    await page.locator('.activity-edit__save').click()
    await page.locator('.activity-edit__done', { hasText: `已发布：${TITLE}` }).waitFor()
    const listed = await cloud('worker', 'activities', { action: 'staffList' })
    const id: string = listed.data.items.find((a: { title: string }) => a.title === TITLE).id

    // A parent signs up on the activity page: free, two places.
    await switchIdentity(page, '居民')
    await page.goto(`${backendUrl()}/#/pkg-activities/detail/index?id=${encodeURIComponent(id)}`)
    await page.getByText('费用：免费').waitFor()
    await page.getByText('还剩 2 个名额', { exact: false }).waitFor()
    await page.locator('.activity-signup__age input').fill('5')
    await page.locator('.activity-signup__name input').fill('王女士')
    await page.locator('.activity-signup__phone input').fill('13812345678')
    await page.getByText('我是家长，同意以上说明').click()
    await page.locator('.activity-signup .ui-button', { hasText: '报名' }).last().click()
    await page.locator('.activity-detail__standing', { hasText: '已报名' }).waitFor()
    // The reminder the day before is due at 18:00 China time (the activities timer sends it).
    const [, month, day] = chinaDate(Date.now() + 2 * DAY_MS)
      .split('-')
      .map(Number)
    await page.locator('.activity-detail__reminder', { hasText: `${month}月${day}日 18:00 会发微信提醒` }).waitFor()
    // 报名成功 says so, then fades: the checks of this page and the next start once it is gone.
    await page.waitForFunction(() => document.querySelector('.taro__toast')?.textContent?.includes('报名成功'))
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.taro__toast')!).display === 'none')
    const found = { detail: await seriousViolations(page) }

    // Two more parents, each by their own account; the second signs up twice: one sign-up.
    const signUp = (n: number) =>
      cloud('citizen', 'activities', { action: 'signUp', ...signUpFor(id, `1391234567${n}`) }, parent(n))
    expect((await signUp(2)).data.mine).toMatchObject({ standing: 'confirmed' })
    expect((await signUp(2)).data).toMatchObject({ replayed: true, activity: { seatsLeft: 0 } })
    expect((await signUp(3)).data.mine).toMatchObject({ standing: 'waitlisted', waitlistPosition: 1 })

    // Parent 2 cancels: the waiting parent takes the seat.
    const cancelled = await cloud('citizen', 'activities', { action: 'cancelSignUp', activityId: id }, parent(2))
    expect(cancelled.data.mine).toMatchObject({ standing: 'cancelled' })
    const third = await cloud('citizen', 'activities', { action: 'get', id }, parent(3))
    expect(third.data.mine).toMatchObject({ standing: 'confirmed' })

    // The lists with this activity in them, as a parent sees them (the review may see them empty).
    await page.goto(`${backendUrl()}/#/pkg-activities/list/index`)
    await page.locator('.activity-card', { hasText: TITLE }).waitFor()
    Object.assign(found, { list: await seriousViolations(page) })
    await page.goto(`${backendUrl()}/#/pkg-activities/mine/index`)
    await page.locator('.activity-card', { hasText: TITLE }).waitFor()
    Object.assign(found, { mine: await seriousViolations(page) })

    // The worker sees the masked list; who came is marked on the day, not three days ahead.
    await switchIdentity(page, '社区工作者')
    await page.locator('.mine__staff').click()
    await page.locator('.staff-inbox__link', { hasText: '活动管理' }).click()
    const card = page.locator('.activity-card', { hasText: TITLE })
    await card.getByText('名额 2 · 已报名 2 · 候补 0', { exact: false }).waitFor()
    await card.locator('.staff-activity__signups').click()
    await page.locator('.signup-row').nth(2).waitFor()
    const listText = (await page.locator('.activity-signups__rows').textContent()) ?? ''
    expect(listText).toContain('138****5678')
    expect(listText).toContain('已取消报名')
    expect(listText).not.toContain('13812345678')
    await page.locator('.activity-signups__no-marking', { hasText: '活动开始前 60 分钟起才能签到' }).waitFor()
    expect(await page.locator('.signup-row__came').count()).toBe(0)
    await screenshot(page, 'activities-signups')
    Object.assign(found, { signups: await seriousViolations(page) })
    await page.goBack()
    await card.waitFor()
    Object.assign(found, { staffList: await seriousViolations(page) })
    expect(found).toEqual({ detail: [], list: [], mine: [], signups: [], staffList: [] })
    // The first parent's seat goes to the phone's calendar: here an .ics file, in UTC, reminding
    // the day before. Last: Taro fades a toast out again on the next page change, which axe would
    // catch half-drawn.
    await switchIdentity(page, '居民')
    await page.goto(`${backendUrl()}/#/pkg-activities/detail/index?id=${encodeURIComponent(id)}`)
    const download = page.waitForEvent('download')
    await page.locator('.activity-detail__calendar', { hasText: '下载日历文件' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe(`${TITLE}.ics`)
    const ics = readFileSync((await file.path())!, 'utf8').replace(/\r\n[ \t]/g, '')
    expect(ics).toContain(`SUMMARY:${TITLE}`)
    expect(ics).toContain('LOCATION:大井巷社区活动室')
    expect(ics).toMatch(/DTSTART:\d{8}T013000Z/)
    expect(ics).toContain('BEGIN:VALARM')
    // The page says so (a toast, kept in the page once it fades).
    await page.waitForFunction(() => document.querySelector('.taro__toast')?.textContent?.includes('日历文件已下载'))
    expect(errors).toEqual([])
    await context.close()
  })
})
