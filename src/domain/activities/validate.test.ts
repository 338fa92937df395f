import { chinaInstant, validateActivity, validateNotice, validateSignUp } from './validate'
import { SIGNUP_CONSENT_VERSION } from './consent'

const NOW = Date.parse('2026-12-01T02:00:00.000Z') // 10:00 in Chongqing
const FORM = {
  id: 'act-form-0001',
  title: '周末亲子绘本会',
  description: '一起读绘本、做手工。',
  placeId: '',
  address: '解放碑街道大井巷社区活动室',
  street: '500103001',
  community: '',
  date: '2026-12-05',
  startTime: '09:30',
  endTime: '11:00',
  ageMin: '3',
  ageMax: '6',
  capacity: '2',
  feeYuan: '',
  feeNote: '',
  howToSignUp: '请带水杯',
  coverFileId: '',
  coverConfirmed: false
}
const errorsOf = (r: ReturnType<typeof validateActivity>) => (r.ok ? [] : r.errors.map((e) => e.field))

describe('validateActivity', () => {
  it('reads the China date and times as instants, free by default', () => {
    const r = validateActivity(FORM, NOW)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.startAt).toBe('2026-12-05T01:30:00.000Z')
    expect(r.value.endAt).toBe('2026-12-05T03:00:00.000Z')
    expect(r.value.fee).toBeNull()
    expect(r.value.place).toEqual({ address: FORM.address })
  })

  it('never reads a fee that was not typed; a fee typed is kept as typed', () => {
    expect(validateActivity({ ...FORM, feeYuan: '0' }, NOW)).toMatchObject({ ok: true, value: { fee: null } })
    expect(validateActivity({ ...FORM, feeYuan: '25.5', feeNote: '材料费' }, NOW)).toMatchObject({
      ok: true,
      value: { fee: { amountYuan: 25.5, note: '材料费' } }
    })
    expect(errorsOf(validateActivity({ ...FORM, feeNote: '材料费' }, NOW))).toEqual(['feeYuan'])
    expect(errorsOf(validateActivity({ ...FORM, feeYuan: '二十' }, NOW))).toEqual(['feeYuan'])
  })

  it('refuses each bad field with a Chinese message beside it', () => {
    const r = validateActivity(
      { ...FORM, title: '', address: '', endTime: '09:00', ageMin: '7', capacity: '0', street: 'x' },
      NOW
    )
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.map((e) => e.field).sort()).toEqual(['address', 'ageMax', 'capacity', 'endTime', 'street', 'title'])
    expect(r.errors.every((e) => /[\u4e00-\u9fa5]/.test(e.message))).toBe(true)
  })

  it('refuses a time already past, a date that does not exist, a community of another street', () => {
    expect(errorsOf(validateActivity({ ...FORM, date: '2026-12-01', startTime: '09:00' }, NOW))).toEqual(['startTime'])
    expect(errorsOf(validateActivity({ ...FORM, date: '2026-02-30' }, NOW))).toEqual(['date'])
    expect(errorsOf(validateActivity({ ...FORM, community: '500103002001' }, NOW))).toEqual(['community'])
  })

  it('keeps a change from dropping below the seats taken', () => {
    expect(errorsOf(validateActivity({ ...FORM, capacity: '2' }, NOW, 3))).toEqual(['capacity'])
    expect(validateActivity({ ...FORM, capacity: '3' }, NOW, 3).ok).toBe(true)
  })

  it('takes a cover only with the confirmation that no child in it can be recognised', () => {
    const cover = 'local://files/0123456789abcdef0123456789abcdef.jpg'
    expect(validateActivity({ ...FORM, coverFileId: cover }, NOW)).toMatchObject({
      ok: false,
      errors: [{ field: 'coverConfirmed', message: '请先确认封面里没有能认出来的孩子，或不用封面' }]
    })
    expect(validateActivity({ ...FORM, coverFileId: cover, coverConfirmed: true }, NOW)).toMatchObject({
      ok: true,
      value: { coverFileId: cover }
    })
    expect(validateActivity({ ...FORM, coverFileId: 'cover.mp3', coverConfirmed: true }, NOW)).toMatchObject({
      ok: false,
      errors: [{ field: 'coverFileId' }]
    })
  })

  it('China midnight is the day before in UTC', () => {
    expect(chinaInstant('2026-12-05', '00:00')).toBe('2026-12-04T16:00:00.000Z')
    expect(chinaInstant('2026-12-05', '24:00')).toBeNull()
  })
})

describe('validateNotice', () => {
  it('asks why for a cancellation and what for a change', () => {
    expect(validateNotice('', 'cancel')).toMatchObject({ ok: false, errors: [{ message: '请写明取消的原因' }] })
    expect(validateNotice(' 改到下午 ', 'change')).toEqual({ ok: true, value: '改到下午' })
  })
})

describe('validateSignUp', () => {
  const activity = { ageMin: 3, ageMax: 6 }
  const good = {
    childAge: 4,
    guardianName: '王女士',
    guardianPhone: '138 1234 5678',
    consentVersion: SIGNUP_CONSENT_VERSION
  }
  it('keeps only the known fields, the phone without spaces', () => {
    expect(validateSignUp({ ...good, childName: '王小明' }, activity)).toEqual({
      ok: true,
      value: {
        childAge: 4,
        guardianName: '王女士',
        guardianPhone: '13812345678',
        consentVersion: SIGNUP_CONSENT_VERSION
      }
    })
  })
  it('needs the guardian’s consent, an age in range and a phone', () => {
    const r = validateSignUp({ childAge: 8, guardianName: '', guardianPhone: '123', consentVersion: 0 }, activity)
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual([
      'childAge',
      'guardianName',
      'guardianPhone',
      'consentVersion'
    ])
    expect(r.ok ? '' : r.errors[0].message).toBe('这个活动适合 3–6 岁的孩子')
  })
})
