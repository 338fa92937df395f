import {
  describeFees,
  describeFreePlaces,
  freePlacesState,
  hasFreshFreePlaces,
  lowestMonthlyFee,
  monthlyFeeAtMost
} from './childcare-facts'
import {
  childcareFactsForm,
  formatCareHours,
  formatFees,
  parseCareHours,
  parseFees,
  readChildcareFacts
} from './childcare-facts-form'
import type { ChildcareInfo } from './model'

describe('fees by care type', () => {
  it('reads the written form, in any order and with units written out, and writes it back', () => {
    const r = parseFees('半日托 1,600元/月；全日托：2800 ; 计时托 45 元/小时')
    expect(r).toEqual({
      ok: true,
      value: [
        { careType: 'half_day', yuan: 1600 },
        { careType: 'full_day', yuan: 2800 },
        { careType: 'hourly', yuan: 45 }
      ]
    })
    if (!r.ok) return
    expect(formatFees(r.value)).toBe('半日托 1600；全日托 2800；计时托 45')
    expect(parseFees(formatFees(r.value))).toEqual(r)
    // Shown in the order of the care types, with each one's unit.
    expect(describeFees(r.value)).toEqual(['全日托 2,800 元/月', '半日托 1,600 元/月', '计时托 45 元/小时'])
    expect(parseFees('')).toEqual({ ok: true, value: [] })
  })

  it('refuses what a parent could misread, naming the care type', () => {
    expect(parseFees('托班 2800')).toMatchObject({ ok: false, error: expect.stringContaining('应以托育类型开头') })
    expect(parseFees('全日托 约2800')).toMatchObject({ ok: false, error: expect.stringContaining('整数元') })
    expect(parseFees('全日托 2800.5')).toMatchObject({ ok: false })
    expect(parseFees('全日托 28000')).toMatchObject({ ok: false, error: expect.stringContaining('请核对') })
    expect(parseFees('全日托 2800；全日托 2600')).toMatchObject({ ok: false, error: expect.stringContaining('两次') })
    expect(parseFees('计时托 45 元/月')).toMatchObject({ ok: false, error: '计时托按“元/小时”填写（现为“元/月”）' })
    expect(parseFees('临时托 120 元/日')).toEqual({ ok: true, value: [{ careType: 'temporary', yuan: 120 }] })
  })

  it('the monthly filter looks at 全日托 and 半日托 only; unknown fees never match', () => {
    const c: ChildcareInfo = {
      careTypes: ['full_day', 'hourly'],
      fees: [
        { careType: 'full_day', yuan: 2800 },
        { careType: 'hourly', yuan: 45 }
      ]
    }
    expect(lowestMonthlyFee(c)).toBe(2800)
    expect(monthlyFeeAtMost(c, 2800)).toBe(true)
    expect(monthlyFeeAtMost(c, 2500)).toBe(false)
    expect(monthlyFeeAtMost({ careTypes: ['hourly'], fees: [{ careType: 'hourly', yuan: 45 }] }, 2500)).toBe(false)
    expect(monthlyFeeAtMost({ careTypes: [] }, 99999)).toBe(false)
  })
})

describe('hours by care type', () => {
  it('keeps each care type’s words and refuses an empty or long one', () => {
    const r = parseCareHours('全日托 周一至周五 07:30-17:30；半日托 08:00-12:00')
    expect(r).toEqual({
      ok: true,
      value: [
        { careType: 'full_day', text: '周一至周五 07:30-17:30' },
        { careType: 'half_day', text: '08:00-12:00' }
      ]
    })
    if (r.ok) expect(formatCareHours(r.value)).toBe('全日托 周一至周五 07:30-17:30；半日托 08:00-12:00')
    expect(parseCareHours('全日托')).toMatchObject({ ok: false, error: expect.stringContaining('请写出全日托的时间') })
    expect(parseCareHours(`全日托 ${'很'.repeat(41)}`)).toMatchObject({ ok: false })
  })
})

describe('free places (余位)', () => {
  const c: ChildcareInfo = { careTypes: [], freePlaces: { count: 3, confirmedOn: '2026-11-07' } }
  it('counts as 有余位 only while confirmed within 30 days and above 0', () => {
    expect(hasFreshFreePlaces(c, '2026-12-07')).toBe(true)
    expect(hasFreshFreePlaces(c, '2026-12-08')).toBe(false)
    expect(
      hasFreshFreePlaces({ careTypes: [], freePlaces: { count: 0, confirmedOn: '2026-12-07' } }, '2026-12-07')
    ).toBe(false)
    expect(hasFreshFreePlaces({ careTypes: [] }, '2026-12-07')).toBe(false)
  })
  it('always says the date, and tells a parent to call when it is old', () => {
    expect(describeFreePlaces(freePlacesState(c, '2026-12-07')!)).toBe('3 个（2026-11-07 确认）')
    expect(describeFreePlaces(freePlacesState(c, '2027-01-07')!)).toBe(
      '3 个（2026-11-07 确认，可能已有变化，请致电确认）'
    )
    expect(describeFreePlaces({ count: 0, confirmedOn: '2026-12-01', fresh: true })).toBe('已满（2026-12-01 确认）')
  })
})

describe('readChildcareFacts', () => {
  const empty = { fees: '', careHours: '', meals: '', freePlaces: '', freePlacesOn: '' }
  it('reads the form back into the record it came from', () => {
    const c: ChildcareInfo = {
      careTypes: ['full_day'],
      fees: [{ careType: 'full_day', yuan: 2800 }],
      careHours: [{ careType: 'full_day', text: '周一至周五 07:30-17:30' }],
      meals: '午餐和两次点心',
      freePlaces: { count: 2, confirmedOn: '2026-12-01' }
    }
    const { careTypes: _t, ...facts } = c
    expect(readChildcareFacts(childcareFactsForm(c), '2026-12-07')).toEqual({ value: facts, errors: [] })
    expect(readChildcareFacts(empty, '2026-12-07')).toEqual({ value: {}, errors: [] })
  })
  it('wants a 余位 count and its date together, the date not in the future', () => {
    expect(readChildcareFacts({ ...empty, freePlaces: '3' }, '2026-12-07').errors).toEqual([
      { field: 'freePlacesOn', message: '写了余位，请同时写上确认的日期' }
    ])
    expect(readChildcareFacts({ ...empty, freePlacesOn: '2026-12-01' }, '2026-12-07').errors).toEqual([
      { field: 'freePlaces', message: '写了余位确认日期，请同时写上余位个数' }
    ])
    expect(readChildcareFacts({ ...empty, freePlaces: '3', freePlacesOn: '2026-12-08' }, '2026-12-07').errors).toEqual([
      { field: 'freePlacesOn', message: '余位确认日期不能晚于今天（2026-12-07）' }
    ])
    expect(
      readChildcareFacts({ ...empty, freePlaces: '三个', freePlacesOn: '2026-12-01' }, '2026-12-07').errors
    ).toEqual([{ field: 'freePlaces', message: '“余位”应为 0–2000 的整数（现为“三个”）' }])
    expect(readChildcareFacts({ ...empty, meals: '饭'.repeat(61) }, '2026-12-07').errors[0].field).toBe('meals')
  })
})
