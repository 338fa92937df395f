/**
 * 处理期限 over a 调休 weekend (issue 23, journey 3), on a backend of its own whose clock the test
 * sets (`--dev-clock`, from 1 October 2026: deadlines count from the day the rules started; the
 * shared backend keeps the machine's time). A resident's suggestion arrives on
 * Friday 9 October 2026; Saturday the 10th is a working day (调休 after 国庆), so 受理 within 2
 * working days is due Monday the 12th, not Tuesday. Monday night nothing is late; in the small
 * hours of Tuesday the nightly pass takes it to the street (督办): the street admin's inbox marks it
 * 逾期 with its due day, and the case's history says it was escalated.
 */
import { adultBase } from '../fixtures/validation-cases'
import { seriousViolations } from './axe'
import { clockedJourney } from './clocked'
import { cloud, phone, screenshot, switchIdentity } from './browser'

jest.setTimeout(120000)

const TITLE = '路口等了好久没人管（期限示例）'

describe('处理期限 over a 调休 weekend in Chromium', () => {
  const journey = clockedJourney('2026-10-01T09:00:00+08:00')

  // Calls to this journey's own backend, as the resident (the e2e helper: the backend's address given).
  const post = (name: string, body: object) => cloud('citizen', name, body, undefined, journey.backend.baseUrl)
  const at = (chinaTime: string) => journey.setClock(chinaTime)
  const nightlyPass = async () => (await post('_dev/timers', {})).data.purge.escalation

  it('is due on the Monday after a worked Saturday, and escalates to the street that night', async () => {
    await at('2026-10-09T10:00:00')
    const sent = await post('suggestions', {
      action: 'submit',
      suggestion: {
        ...adultBase,
        id: 'deadline-e2e-0001',
        title: TITLE,
        photoFileIds: [],
        street: '500103003',
        community: '500103003019'
      }
    })
    expect(sent).toMatchObject({ ok: true })

    const { page, context, errors } = await phone(journey.browser)
    await at('2026-10-12T23:00:00')
    expect(await nightlyPass()).toMatchObject({ escalated: 0 })
    await switchIdentity(page, '街道管理员', '街道管理员', journey.backend.baseUrl)
    await page.locator('.mine__staff').click()
    const card = page.locator('.inbox-card', { hasText: TITLE })
    await card.getByText('应于10月12日前受理').waitFor()
    expect(await card.locator('.ui-status-tag', { hasText: '逾期' }).count()).toBe(0)

    await at('2026-10-13T03:30:00')
    expect(await nightlyPass()).toMatchObject({ escalated: 1 })
    await page.reload()
    await card.locator('.ui-status-tag', { hasText: '逾期' }).waitFor()
    await card.getByText('受理已逾期（应于10月12日前）').waitFor()
    await screenshot(page, 'deadline-overdue-inbox')
    const found = { inbox: await seriousViolations(page) }
    await card.click()
    await page.getByText('逾期未办，已督办到街道').waitFor()
    Object.assign(found, { case: await seriousViolations(page) })
    expect(found).toEqual({ inbox: [], case: [] })
    expect(errors).toEqual([])
    await context.close()
  })
})
