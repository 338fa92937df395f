// "Open now" on China's public holidays: a place that says "PH off" is closed on 国庆 without
// anyone passing a list of dates (the calendar is chinese-days, src/domain/calendar), and its
// next opening is the first working day after.
import { openState } from './open-state'
import { parseHours } from './hours'
import type { OpeningHours } from './model'

const hours = (text: string): OpeningHours => {
  const r = parseHours(text)
  if (!r.ok) throw new Error(text)
  return r.hours
}
// 10:00 China time.
const at = (date: string) => new Date(`${date}T02:00:00Z`)

describe('open now on public holidays', () => {
  const weekdays = hours('Mo-Fr 08:00-18:00; PH off')

  it('is closed on National Day (a Thursday) and opens again on 10/8', () => {
    expect(openState(weekdays, at('2026-10-01'))).toMatchObject({ open: false, label: '已关门 · 10月8日 08:00 开门' })
  })

  it('is open on an ordinary Thursday, and a place without PH off keeps its weekday hours on the holiday', () => {
    expect(openState(weekdays, at('2026-10-15')).open).toBe(true)
    expect(openState(hours('Mo-Fr 08:00-18:00'), at('2026-10-01')).open).toBe(true)
  })

  it('follows the hours a place gives for holidays', () => {
    const own = hours('Mo-Su 09:00-17:00; PH 10:00-12:00')
    expect(openState(own, at('2026-02-17')).open).toBe(true) // 10:00, Spring Festival
    expect(openState(own, new Date('2026-02-17T05:00:00Z')).open).toBe(false) // 13:00
  })
})
