/**
 * 签到 on the day (issue 25): a community worker marks who came from an hour before the start,
 * never days ahead. On a backend of its own whose clock the test sets (`--dev-clock`; the shared
 * backend keeps the machine's time), with the browser's clock set alike: the page offers 到了 and
 * 没到 only while attendance is open, and the server refuses it otherwise (cloud tests).
 */
import type { Page } from 'playwright-core'
import { activityForm, signUpFor } from '../fixtures/activities'
import { seriousViolations } from './axe'
import { clockedJourney } from './clocked'
import { cloud, phone, screenshot, switchIdentity } from './browser'

jest.setTimeout(120000)

// activityForm: 5 December 2026, 09:30–11:00 in China, in the worker's community.
const ID = 'act-e2e-attend-01'
const china = (local: string) => new Date(`${local}+08:00`)

describe('签到 on the day in Chromium', () => {
  const journey = clockedJourney('2026-12-01T10:00:00+08:00')

  /** The backend's and the browser's clocks, both at this time in China. */
  const at = async (page: Page, local: string) => {
    await journey.setClock(local)
    await page.clock.setSystemTime(china(local))
  }

  it('offers 到了 only from an hour before the start, and marks it then', async () => {
    expect(
      await cloud(
        'worker',
        'activities',
        { action: 'publish', form: activityForm(ID) },
        undefined,
        journey.backend.baseUrl
      )
    ).toMatchObject({
      ok: true
    })
    expect(
      await cloud(
        'citizen',
        'activities',
        { action: 'signUp', ...signUpFor(ID) },
        'dev-e2e-attend-parent',
        journey.backend.baseUrl
      )
    ).toMatchObject({ ok: true, data: { mine: { standing: 'confirmed' } } })

    const { page, context, errors } = await phone(journey.browser)
    await page.clock.install({ time: china('2026-12-01T10:00:00') })
    await switchIdentity(page, '社区工作者', '社区工作者', journey.backend.baseUrl)
    const list = `${journey.backend.baseUrl}/#/pkg-staff/activity-signups/index?id=${ID}`
    await page.goto(list)
    await page.locator('.activity-signups__no-marking', { hasText: '活动开始前 60 分钟起才能签到' }).waitFor()
    expect(await page.locator('.signup-row__came').count()).toBe(0)

    await at(page, '2026-12-05T08:40:00')
    await page.reload()
    await page.locator('.signup-row__came').click()
    await page.locator('.signup-row__attended', { hasText: '已到' }).waitFor()
    expect(await page.locator('.activity-signups__no-marking').count()).toBe(0)
    await screenshot(page, 'activities-attendance')
    expect(await seriousViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
