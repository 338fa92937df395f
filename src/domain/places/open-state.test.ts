import dayjs from 'dayjs'
import { parseHours } from './hours'
import type { OpeningHours } from './model'
import { isOpenAt, openState } from './open-state'

function hours(text: string): OpeningHours {
  const r = parseHours(text)
  if (!r.ok) throw new Error(r.errors.join('; '))
  return r.hours
}

/** An instant given as China wall-clock time, independent of the machine's zone. */
const cn = (local: string) => dayjs(`${local}+08:00`)

// 2026-11-27 is a Friday, 2026-11-28 a Saturday, 2026-11-30 a Monday.
describe('openState (China time, any machine time zone)', () => {
  const office = hours('Mo-Fr 08:00-18:00; Sa 09:30-17:00; PH off')

  it('says open with the closing time, and closed with the next opening', () => {
    expect(openState(office, cn('2026-11-27T10:00:00'))).toMatchObject({
      known: true,
      open: true,
      label: '营业中 · 18:00 关门'
    })
    expect(openState(office, cn('2026-11-27T07:15:00'))).toMatchObject({ open: false, label: '已关门 · 08:00 开门' })
    expect(openState(office, cn('2026-11-27T18:00:00'))).toMatchObject({
      open: false,
      label: '已关门 · 明天 09:30 开门'
    })
    expect(openState(office, cn('2026-11-28T17:30:00'))).toMatchObject({
      open: false,
      label: '已关门 · 周一 08:00 开门'
    })
  })

  it('gives the exact instant of the next change', () => {
    const s = openState(office, cn('2026-11-27T10:00:00'))
    expect(s.changesAt?.toISOString()).toBe('2026-11-27T10:00:00.000Z')
  })

  it('handles ranges across midnight, including the spill into the next day', () => {
    const bar = hours('Fr 20:00-02:00')
    expect(openState(bar, cn('2026-11-27T23:00:00')).label).toBe('营业中 · 明天 02:00 关门')
    expect(openState(bar, cn('2026-11-28T01:30:00'))).toMatchObject({ open: true, label: '营业中 · 02:00 关门' })
    expect(openState(bar, cn('2026-11-28T02:00:00'))).toMatchObject({ open: false, label: '已关门 · 周五 20:00 开门' })
  })

  it('merges back-to-back ranges and reads a midnight close as 24:00', () => {
    const late = hours('Mo-Su 10:00-24:00')
    expect(openState(late, cn('2026-11-27T23:00:00')).label).toBe('营业中 · 24:00 关门')
    const joined = hours('Fr 18:00-24:00; Sa 00:00-03:00')
    expect(openState(joined, cn('2026-11-27T23:00:00')).label).toBe('营业中 · 明天 03:00 关门')
  })

  it('applies holiday rules only on the dates given', () => {
    const holidays = new Set(['2026-11-27'])
    expect(openState(office, cn('2026-11-27T10:00:00'), holidays)).toMatchObject({
      open: false,
      label: '已关门 · 明天 09:30 开门'
    })
    const special = hours('Mo-Fr 08:00-18:00; PH 10:00-16:00')
    expect(openState(special, cn('2026-11-27T09:00:00'), holidays).label).toBe('已关门 · 10:00 开门')
    const regular = hours('Mo-Fr 08:00-18:00')
    expect(openState(regular, cn('2026-11-27T09:00:00'), holidays).open).toBe(true)
  })

  it('finds the next opening after a week of closed holidays', () => {
    const guoqing = new Set([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07'
    ])
    expect(openState(office, cn('2026-09-30T19:00:00'), guoqing).label).toBe('已关门 · 10月8日 08:00 开门')
  })

  it('knows 24/7, all-day hours, unknown hours and never-open hours', () => {
    expect(openState(hours('24/7'), cn('2026-11-27T03:00:00'))).toEqual({
      known: true,
      open: true,
      label: '24 小时营业'
    })
    expect(openState(hours('Mo-Su 24h'), cn('2026-11-27T03:00:00'))).toMatchObject({ open: true, label: '营业中' })
    expect(openState(undefined, cn('2026-11-27T10:00:00'))).toEqual({
      known: false,
      open: false,
      label: '营业时间未知'
    })
    expect(openState(hours('Mo-Su off'), cn('2026-11-27T10:00:00'))).toEqual({
      known: true,
      open: false,
      label: '已关门'
    })
  })

  it('treats unknown hours as not open for filters', () => {
    expect(isOpenAt(undefined, cn('2026-11-27T10:00:00'))).toBe(false)
    expect(isOpenAt(office, cn('2026-11-27T10:00:00'))).toBe(true)
  })

  it('gives the same answer whatever TZ the process runs in', () => {
    // The instant below is 2026-11-27 23:30 in China but still the 27th 15:30 UTC and the 27th
    // 07:30 in Los Angeles: a local-time implementation would answer differently.
    const instant = new Date('2026-11-27T15:30:00Z')
    expect(openState(hours('Fr 20:00-02:00'), instant).label).toBe('营业中 · 明天 02:00 关门')
    expect(openState(office, instant).label).toBe('已关门 · 明天 09:30 开门')
  })
})
