/**
 * 邀请加入 journey: a district admin prepares a community worker's place on 人员管理 (no openid
 * typed) and reads the code out; the new worker, on a phone of their own (a fresh account, the
 * local backend's x-dev-openid), types it on 我的 → 我是工作人员 and lands on 工作台 as that
 * worker; the admin's list shows the place taken. The name names this test (e2e files share one
 * backend).
 */
import type { Browser } from 'playwright-core'
import { backendUrl, launch, openStaffTool, phone, screenshot, switchIdentity } from './browser'
import { seriousViolations } from './axe'

jest.setTimeout(120000)

const TAG = Date.now().toString(36).slice(-4)
const NAME = `王社工${TAG}`

describe('邀请加入 in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('an admin prepares a place and reads out the code; the new worker types it and works as that worker', async () => {
    const admin = await phone(browser)
    await switchIdentity(admin.page, '区级管理员')
    await openStaffTool(admin.page, '人员管理')
    await admin.page.locator('.staff-form-new').waitFor()
    expect(await admin.page.locator('.staff-form-new__openid').count()).toBe(0)
    await admin.page.locator('.staff-form-new .street-picker__streets .ui-chip', { hasText: '解放碑' }).click()
    await admin.page.locator('.staff-form-new__communities .ui-chip', { hasText: '大井巷' }).click()
    await admin.page.locator('.staff-form-new__name input').fill(NAME)
    await admin.page.locator('.staff-form-new__save').click()
    const row = admin.page.locator('.staff-admin__item', { hasText: NAME })
    const shown = (await row.locator('.muted').first().textContent()) ?? ''
    const code = /邀请码 ([2-9A-Z]{4}-[2-9A-Z]{4})/.exec(shown)![1]

    // The new worker's own phone: an account nobody has seen.
    const worker = await phone(browser, { extraHTTPHeaders: { 'x-dev-openid': `dev-invited-${TAG}` } })
    await worker.page.goto(`${backendUrl()}/#/pages/mine/index`)
    await worker.page.locator('.mine__join-staff').click()
    await worker.page.locator('.join-staff__code input').fill(code.replace('-', ' ').toLowerCase())
    await worker.page.locator('.join-staff__send').click()
    await worker.page.getByText(`你好，${NAME}！你现在是解放碑街道 · 大井巷社区的社区工作者。`).waitFor()
    await screenshot(worker.page, 'staff-joined')
    expect(await seriousViolations(worker.page)).toEqual([])
    await worker.page.locator('.join-staff__open').click()
    await worker.page.getByText('统计与导出').waitFor()

    // The admin's list: the place is taken (an account's hint, no code any more).
    await admin.page.reload()
    await row.waitFor()
    expect(await row.textContent()).not.toContain('待加入')
    expect(await row.textContent()).toContain('编号 …')
    expect([...admin.errors, ...worker.errors]).toEqual([])
    await admin.context.close()
    await worker.context.close()
  })
})
