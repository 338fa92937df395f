import { describeHours, formatHours, parseHours } from './hours'
import type { OpeningHours } from './model'

function parsed(text: string): OpeningHours {
  const r = parseHours(text)
  if (!r.ok) throw new Error(r.errors.join('; '))
  return r.hours
}

function errorsOf(text: string): string[] {
  const r = parseHours(text)
  return r.ok ? [] : r.errors
}

describe('parseHours', () => {
  it('reads weekday ranges, several ranges a day and closes unmentioned days', () => {
    const h = parsed('Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:30-17:00')
    if (h.kind !== 'weekly') throw new Error('weekly expected')
    expect(h.week[0]).toEqual([
      { from: '08:00', to: '12:00' },
      { from: '14:00', to: '18:00' }
    ])
    expect(h.week[4]).toEqual(h.week[0])
    expect(h.week[5]).toEqual([{ from: '09:30', to: '17:00' }])
    expect(h.week[6]).toEqual([])
    expect(h.holidays).toBe('regular')
  })

  it('understands 24/7, 24h days, holidays off or with their own hours', () => {
    expect(parsed('24/7')).toEqual({ kind: 'always', text: '24/7' })
    const h = parsed('Sa,Su 24h; PH off')
    if (h.kind !== 'weekly') throw new Error('weekly expected')
    expect(h.week[5]).toEqual([{ from: '00:00', to: '24:00' }])
    expect(h.holidays).toBe('closed')
    const ph = parsed('Mo-Fr 08:00-18:00; PH 10:00-16:00')
    expect(ph.kind === 'weekly' && ph.holidays).toEqual([{ from: '10:00', to: '16:00' }])
  })

  it('keeps ranges across midnight on the day they start', () => {
    const h = parsed('Fr 20:00-02:00')
    expect(h.kind === 'weekly' && h.week[4]).toEqual([{ from: '20:00', to: '02:00' }])
    expect(h.kind === 'weekly' && h.week[5]).toEqual([])
  })

  it('lets a later rule replace an earlier one for the same day, and wraps Sa-Mo', () => {
    const h = parsed('Mo-Su 09:00-17:00; Mo off')
    expect(h.kind === 'weekly' && h.week[0]).toEqual([])
    expect(h.kind === 'weekly' && h.week[1]).toEqual([{ from: '09:00', to: '17:00' }])
    const wrap = parsed('Sa-Mo 10:00-12:00')
    expect(wrap.kind === 'weekly' && wrap.week.map((d) => d.length)).toEqual([1, 0, 0, 0, 0, 1, 1])
  })

  it('accepts what people type in Chinese: 周一至周五, full-width punctuation, 8:00, 节假日 休息', () => {
    const h = parsed('周一至周五 8:00－18:00；周六 9:30-17:00；节假日 休息')
    expect(h).toEqual(parsed('Mo-Fr 08:00-18:00; Sa 09:30-17:00; PH off'))
    expect(parsed('08:00-22:00')).toEqual(parsed('Mo-Su 08:00-22:00'))
    expect(parsed('工作日 08:00-18:00')).toEqual(parsed('Mo-Fr 08:00-18:00'))
  })

  it.each([
    ['', '营业时间为空'],
    ['Mo-Fx 08:00-18:00', '无法识别的星期“Mo-Fx”'],
    ['Mo-Fr 8-18', '时间“8”格式不对'],
    ['Mo 08:00-25:00', '时间“25:00”超出范围'],
    ['Mo 08:60-09:00', '超出范围'],
    ['Mo 08:00', '时间段“08:00”格式不对'],
    ['Mo 08:00-08:00', '开始和结束相同'],
    ['Mo 08:00-12:00,11:00-14:00', '重叠'],
    ['Mo-Fr', '缺少时间'],
    ['24/7; PH off', '不能再和其他规则一起写'],
    ['Mo 24:00-02:00', '开始时间不能是 24:00']
  ])('rejects %p with a Chinese message', (text, message) => {
    const errors = errorsOf(text)
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.join('\n')).toContain(message)
  })

  it('names each bad rule and reports all of them', () => {
    const errors = errorsOf('Mo 08:00-18:00; Xx 09:00-10:00; Sa 9.30-17')
    expect(errors).toHaveLength(2)
    expect(errors[0]).toMatch(/^“Xx 09:00-10:00”/)
    expect(errors[1]).toMatch(/^“Sa 9\.30-17”/)
  })
})

describe('formatHours and describeHours', () => {
  it.each([
    '24/7',
    'Mo-Fr 08:00-18:00; Sa 09:30-17:00; PH off',
    'Mo,Tu 08:00-12:00,14:00-18:00; Fr 20:00-02:00',
    'Mo-Su off',
    'Tu-Su 09:00-17:00; PH 10:00-16:00'
  ])('round-trips %p', (text) => {
    const h = parsed(text)
    expect(formatHours(h)).toBe(text)
    expect(h.text).toBe(text)
    expect(parsed(formatHours(h))).toEqual(h)
  })

  it('writes Chinese lines for the detail page', () => {
    expect(describeHours(parsed('Mo-Fr 08:00-18:00; Sa 09:30-17:00; PH off'))).toEqual([
      '周一至周五 08:00–18:00',
      '周六 09:30–17:00',
      '周日 休息',
      '节假日 休息'
    ])
    expect(describeHours(undefined)).toEqual(['营业时间未知'])
    expect(describeHours(parsed('24/7'))).toEqual(['全年 24 小时营业'])
  })
})
