import dayjs from 'dayjs'
import { PLAN_END_DATE, formatChineseDate, policyCountdown } from './countdown'

describe('policyCountdown', () => {
  it('counts down across the 2025 → 2026 year end', () => {
    expect(policyCountdown('2025-12-31')).toMatchObject({
      state: 'running',
      daysLeft: 365,
      label: '距行动计划收官还有365天'
    })
    expect(policyCountdown('2026-01-01')).toMatchObject({ state: 'running', daysLeft: 364 })
  })

  it('loses exactly one day per calendar day, including across a leap day', () => {
    let day = dayjs('2025-12-20')
    for (let i = 0; i < 20; i++) {
      const next = day.add(1, 'day')
      expect(
        policyCountdown(day.format('YYYY-MM-DD')).daysLeft - policyCountdown(next.format('YYYY-MM-DD')).daysLeft
      ).toBe(1)
      day = next
    }
    expect(policyCountdown('2024-02-28').daysLeft - policyCountdown('2024-03-01').daysLeft).toBe(2)
  })

  it('has a last day and then ends at zero', () => {
    expect(policyCountdown('2026-12-30')).toMatchObject({
      state: 'running',
      daysLeft: 1,
      label: '距行动计划收官还有1天'
    })
    expect(policyCountdown('2026-12-31')).toMatchObject({
      state: 'lastDay',
      daysLeft: 0,
      label: '今天是行动计划的最后一天'
    })
    expect(policyCountdown('2027-01-01')).toMatchObject({
      state: 'ended',
      daysLeft: 0,
      label: '行动计划已于2026年12月31日收官'
    })
    expect(policyCountdown('2031-06-01')).toMatchObject({ state: 'ended', daysLeft: 0 })
  })

  it('counts by the calendar day in China (UTC+8), whatever the runtime time zone', () => {
    expect(policyCountdown('2025-12-31T23:59:59+08:00').daysLeft).toBe(365)
    expect(policyCountdown('2026-01-01T00:00:00+08:00').daysLeft).toBe(364)
    // 16:30 UTC on 31 Dec is already 00:30 on 1 Jan in Chongqing.
    expect(policyCountdown(new Date('2025-12-31T16:30:00Z')).daysLeft).toBe(364)
    expect(policyCountdown(new Date('2026-12-30T16:00:00Z')).state).toBe('lastDay')
    expect(policyCountdown(dayjs('2027-01-01T08:00:00+08:00')).state).toBe('ended')
    expect(policyCountdown(Date.parse('2026-12-31T15:59:59Z')).state).toBe('lastDay')
  })

  it('defaults to now and rejects an invalid date', () => {
    expect(policyCountdown().daysLeft).toBe(policyCountdown(new Date()).daysLeft)
    expect(() => policyCountdown('not a date')).toThrow(RangeError)
  })

  it('formats the end date in Chinese', () => {
    expect(PLAN_END_DATE).toBe('2026-12-31')
    expect(policyCountdown('2026-06-01').endDateLabel).toBe('2026年12月31日 星期四')
    expect(formatChineseDate('2024-04-02')).toBe('2024年4月2日 星期二')
  })
})
