// The day-before reminders on SQLite: at 18:00 China time the day before, each seat (not the
// waitlist, not a cancelled sign-up) gets one message; a second run, or a caller with an account,
// sends nothing; a seat freed and taken again is reminded for its new holder; an activity moved to
// another day is reminded again for its new time, a cancelled one never. The timer in config.json
// is the one the entry answers.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { NotificationRecord } from '../../server/adapters/notifier'
import type { CloudFunction } from '../../server/function'
import type { FunctionName } from '../../src/domain/cloud-api'
import { seededFunction } from '../../tests/server/test-kit'
import { activityForm, signUpFor } from '../../tests/fixtures/activities'
import { REMINDER_CRON, REMINDER_TRIGGER } from '../../src/domain/activities/reminder'
import { DEV_IDENTITIES } from '../../src/domain/roles'
import { activitiesFunction } from './handler'

const WORKER = DEV_IDENTITIES.worker.openid
const parent = (n: number) => `o-parent-${n}`
// The form's activity: 2026-12-05 09:30 in China (01:30 UTC); its reminder 2026-12-04 18:00 (10:00 UTC).
const REMINDER_TIME = '2026-12-04T10:00:00.000Z'

describe('activity reminders (SQLite)', () => {
  const k = seededFunction(activitiesFunction as CloudFunction<FunctionName>, '2026-11-28T02:00:00.000Z')
  const { call, data } = k

  const runAt = async (iso: string) => {
    k.setNow(iso)
    return data(null, 'sendReminders')
  }
  const reminded = async () =>
    (await k.repo.collection<NotificationRecord>('notifications').find({ kind: 'activity_reminder' }))
      .map((m) => m.touser)
      .sort()

  it('reminds each seat once at 18:00 the day before; not the waitlist, not a caller with an account', async () => {
    const a = (await data(WORKER, 'publish', { form: activityForm() })).activity
    for (const n of [1, 2, 3]) await data(parent(n), 'signUp', signUpFor(a.id))

    expect(await runAt('2026-12-04T09:59:00.000Z')).toEqual({ activities: 0, reminded: 0, outcomes: {} })
    expect(await call(parent(1), 'sendReminders')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await reminded()).toEqual([])

    expect(await runAt(REMINDER_TIME)).toEqual({ activities: 1, reminded: 2, outcomes: { recorded: 2 } })
    expect(await reminded()).toEqual([parent(1), parent(2)])
    const [message] = await k.repo.collection<NotificationRecord>('notifications').find({ kind: 'activity_reminder' })
    expect(message).toMatchObject({
      templateId: 'local-activity-reminder-template',
      page: `pkg-activities/detail/index?id=${a.id}`,
      data: { thing1: { value: '周末亲子绘本会' }, time2: { value: '2026年12月5日 09:30' } }
    })
    expect(JSON.stringify(message)).not.toMatch(/13812345678|王女士/)

    // The timer again (a retry, or the next hour's run): nothing more.
    expect(await runAt('2026-12-04T11:00:00.000Z')).toMatchObject({ activities: 1, reminded: 0 })
    expect(await reminded()).toEqual([parent(1), parent(2)])
  })

  it('a seat taken after the run is reminded by the next run while the activity has not started', async () => {
    const a = (await data(WORKER, 'publish', { form: activityForm() })).activity
    for (const n of [1, 2, 3]) await data(parent(n), 'signUp', signUpFor(a.id))
    await runAt(REMINDER_TIME)
    k.setNow('2026-12-04T12:00:00.000Z')
    await data(parent(1), 'cancelSignUp', { activityId: a.id })
    expect(await runAt('2026-12-04T23:00:00.000Z')).toMatchObject({ reminded: 1 })
    expect(await reminded()).toEqual([parent(1), parent(2), parent(3)])
    // Once it has started, no run reminds anyone.
    k.setNow('2026-12-05T01:00:00.000Z')
    await data(parent(2), 'cancelSignUp', { activityId: a.id })
    await data(parent(4), 'signUp', signUpFor(a.id, '13900001111'))
    expect(await runAt('2026-12-05T01:31:00.000Z')).toEqual({ activities: 0, reminded: 0, outcomes: {} })
  })

  it('an activity moved to another day is reminded again for its new time; a cancelled one never', async () => {
    const a = (await data(WORKER, 'publish', { form: activityForm() })).activity
    await data(parent(1), 'signUp', signUpFor(a.id))
    await runAt(REMINDER_TIME)
    k.setNow('2026-12-04T12:00:00.000Z')
    const moved = await data(WORKER, 'change', {
      id: a.id,
      rev: a.rev,
      form: activityForm(a.id, { date: '2026-12-06' }),
      notice: '改到周日'
    })
    expect(await runAt('2026-12-04T13:00:00.000Z')).toMatchObject({ activities: 0, reminded: 0 })
    expect(await runAt('2026-12-05T10:00:00.000Z')).toMatchObject({ activities: 1, reminded: 1 })
    expect(await reminded()).toEqual([parent(1), parent(1)])

    const b = (await data(WORKER, 'publish', { form: activityForm('act-form-0002', { date: '2026-12-08' }) })).activity
    await data(parent(2), 'signUp', signUpFor(b.id))
    k.setNow('2026-12-06T12:00:00.000Z')
    await data(WORKER, 'cancel', { id: b.id, rev: b.rev, notice: '场地维修' })
    expect(await runAt('2026-12-07T10:00:00.000Z')).toEqual({ activities: 0, reminded: 0, outcomes: {} })
    expect(moved.activity.status).toBe('changed')
  })

  it("the function's timer is the reminders' trigger, at the reminder hour in UTC+8's seven-field cron", () => {
    const config = JSON.parse(readFileSync(join(__dirname, 'config.json'), 'utf8'))
    expect(config.triggers).toEqual([{ name: REMINDER_TRIGGER, type: 'timer', config: REMINDER_CRON }])
    expect(REMINDER_CRON.split(' ')).toHaveLength(7)
    expect(config.envVariables).toHaveProperty('SUBSCRIBE_TEMPLATE_ACTIVITY_REMINDER')
  })
})
