import {
  activityReminderData,
  isReminderDue,
  isReminderTimer,
  reminderAt,
  reminderLine,
  reminderWindowEnd
} from './reminder'

// 2026-12-10 09:30 in China is 01:30 UTC.
const START = '2026-12-10T01:30:00.000Z'
const at = (iso: string) => Date.parse(iso)

describe('the day-before reminder', () => {
  it('goes at 18:00 China time on the China day before, whatever the hour in UTC', () => {
    expect(reminderAt(START)).toBe('2026-12-09T10:00:00.000Z')
    // 07:00 China on the 10th is still the 9th in UTC: the day before is the 9th in China.
    expect(reminderAt('2026-12-09T23:00:00.000Z')).toBe('2026-12-09T10:00:00.000Z')
    // 23:30 China on the 10th: the reminder goes on the 9th too.
    expect(reminderAt('2026-12-10T15:30:00.000Z')).toBe('2026-12-09T10:00:00.000Z')
    expect(reminderAt('not a time')).toBe('')
  })

  it('is due from its time until the activity starts, never once cancelled', () => {
    const a = { startAt: START, status: 'published' as const }
    expect(isReminderDue(a, at('2026-12-09T09:59:59.000Z'))).toBe(false)
    expect(isReminderDue(a, at('2026-12-09T10:00:00.000Z'))).toBe(true)
    expect(isReminderDue({ ...a, status: 'changed' }, at('2026-12-09T10:00:00.000Z'))).toBe(true)
    expect(isReminderDue(a, at('2026-12-10T01:29:59.000Z'))).toBe(true)
    expect(isReminderDue(a, at(START))).toBe(false)
    expect(isReminderDue({ ...a, status: 'cancelled' }, at('2026-12-09T10:00:00.000Z'))).toBe(false)
  })

  it('a run looks no further than the start of the China day after tomorrow', () => {
    // A run at 18:00 China on the 9th: activities up to the end of the 10th in China.
    expect(reminderWindowEnd(at('2026-12-09T10:00:00.000Z'))).toBe('2026-12-10T16:00:00.000Z')
    expect(
      isReminderDue({ startAt: '2026-12-10T15:59:00.000Z', status: 'published' }, at('2026-12-09T10:00:00.000Z'))
    ).toBe(true)
    expect(
      isReminderDue({ startAt: '2026-12-10T16:00:00.000Z', status: 'published' }, at('2026-12-09T10:00:00.000Z'))
    ).toBe(false)
  })

  it('the sign-up card says when the reminder goes, until it has gone', () => {
    const a = { startAt: START, status: 'published' as const }
    const before = at('2026-12-01T02:00:00.000Z')
    expect(reminderLine(a, 'confirmed', before)).toBe('12月9日 18:00 会发微信提醒（报名时允许了通知才会收到）')
    expect(reminderLine(a, 'waitlisted', before)).toBe('补上名额的话，12月9日 18:00 会发微信提醒')
    expect(reminderLine(a, 'cancelled', before)).toBeNull()
    expect(reminderLine({ ...a, status: 'cancelled' }, 'confirmed', before)).toBeNull()
    expect(reminderLine(a, 'confirmed', at('2026-12-09T10:00:00.000Z'))).toBeNull()
  })

  it("only the reminders' timer event starts a run", () => {
    expect(isReminderTimer({ Type: 'Timer', TriggerName: 'activityReminders', Time: '2026-12-09T10:00:00Z' })).toBe(
      true
    )
    expect(isReminderTimer({ Type: 'Timer', TriggerName: 'purgePersonalData' })).toBe(false)
    expect(isReminderTimer({ action: 'sendReminders' })).toBe(false)
    expect(isReminderTimer(null)).toBe(false)
  })

  it('the message names the activity, its time and place, and opens its page; nothing of the family', () => {
    const m = activityReminderData({
      _id: 'act 1',
      title: '亲子绘本会：一起读绘本、做手工，家长陪同，欢迎三到八岁的小朋友',
      startAt: START,
      place: { kind: 'address', address: '大井巷社区活动室' }
    })
    expect(m.page).toBe('pkg-activities/detail/index?id=act%201')
    expect(m.data.thing1.value).toHaveLength(20)
    expect(m.data.time2.value).toBe('2026年12月10日 09:30')
    expect(m.data.thing3.value).toBe('大井巷社区活动室')
    for (const { value } of Object.values(m.data)) expect(Array.from(value).length).toBeLessThanOrEqual(20)
  })
})
