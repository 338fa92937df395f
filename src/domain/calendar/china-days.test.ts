import { addWorkingDays, calendarKnows, isPublicHoliday, isWorkingDay, workingDaysBetween } from './china-days'

describe('China’s official calendar (chinese-days)', () => {
  it('knows 2026’s National Day and its 调休: 9/20 (Sunday) and 10/10 (Saturday) are worked', () => {
    expect(['2026-10-01', '2026-10-03', '2026-10-07'].map(isPublicHoliday)).toEqual([true, true, true])
    expect(['2026-09-20', '2026-10-10'].map(isWorkingDay)).toEqual([true, true])
    // A plain weekend is a day off but not a public holiday ("PH off" does not apply to it).
    expect([isWorkingDay('2026-10-11'), isPublicHoliday('2026-10-11')]).toEqual([false, false])
  })

  it('knows the 2026 Spring Festival: 2/14 and 2/28 (Saturdays) are worked, 2/15–2/23 are off', () => {
    expect(['2026-02-14', '2026-02-28'].map(isWorkingDay)).toEqual([true, true])
    expect(['2026-02-15', '2026-02-17', '2026-02-23'].map(isPublicHoliday)).toEqual([true, true, true])
  })

  it('counts working days over a 调休 weekend', () => {
    // Friday 10/9 + 1 working day: Saturday 10/10 is a make-up day.
    expect(addWorkingDays('2026-10-09', 1)).toBe('2026-10-10')
    // Over the holiday: from 9/30, the first working day is 10/8.
    expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08')
    // Friday 2/13 + 2: Saturday 2/14 (worked), then the holiday until Tuesday 2/24.
    expect(addWorkingDays('2026-02-13', 2)).toBe('2026-02-24')
    expect(workingDaysBetween('2026-09-30', '2026-10-12')).toBe(4) // 10/8, 10/9, 10/10, 10/12
    expect(workingDaysBetween('2026-10-12', '2026-10-12')).toBe(0)
  })

  it('says which years it knows; past them only the weekday counts', () => {
    expect(calendarKnows('2026-12-31')).toBe(true)
    expect(calendarKnows('2027-01-01')).toBe(false)
    // Unknown year: New Year's Day 2027 (a Friday) counts as a working day, not a holiday.
    expect([isPublicHoliday('2027-01-01'), isWorkingDay('2027-01-01')]).toEqual([false, true])
  })
})
