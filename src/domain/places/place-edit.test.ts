import {
  applyPlaceEdit,
  editFormOf,
  editMisfit,
  NEW_PLACE_ID,
  newPlaceOf,
  validatePlaceEdit,
  type PlaceEditForm
} from './place-edit'
import type { Place } from './model'

const PLACE: Place = {
  id: 'demo-corr-1',
  name: '示例托育中心（纠错）',
  category: 'childcare',
  address: '示例路 1 号',
  location: { latitude: 29.557, longitude: 106.577, approximate: false },
  phones: ['400-000-0001'],
  facilities: [],
  source: '示例数据',
  verifiedAt: '2026-01-01',
  demo: true
}

const form = (patch: Partial<PlaceEditForm> = {}): PlaceEditForm => ({
  ...editFormOf(PLACE, '2026-12-01'),
  source: '电话核实（示例）',
  ...patch
})

describe('validatePlaceEdit', () => {
  it('fills the form from the place and accepts it back unchanged but for source and date', () => {
    const r = validatePlaceEdit(form(), '2026-12-01')
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const { place, changed } = applyPlaceEdit(PLACE, r.value, '2026-12-01T02:00:00.000Z')
    expect(changed).toEqual([])
    expect(place).toEqual({
      ...PLACE,
      source: '电话核实（示例）',
      verifiedAt: '2026-12-01',
      updatedAt: '2026-12-01T02:00:00.000Z'
    })
  })

  it('normalises the phone and hours as the import does, and names what changed', () => {
    const r = validatePlaceEdit(
      form({ phones: '4000000002', hours: '周一至周五 8:00-18:00', closed: true }),
      '2026-12-01'
    )
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const { place, changed } = applyPlaceEdit(PLACE, r.value, '2026-12-01T02:00:00.000Z')
    expect(place.phones).toEqual(['400-000-0002'])
    expect(place.hours?.kind).toBe('weekly')
    expect(place.closed).toBe(true)
    expect(changed).toEqual(['电话', '开放时间', '已停业'])
  })

  it('moves the point when given, inside 渝中区 only', () => {
    const r = validatePlaceEdit(form({ latitude: '29.56', longitude: '106.57' }), '2026-12-01')
    expect(r.ok && applyPlaceEdit(PLACE, r.value, 'x').changed).toEqual(['位置'])
    const out = validatePlaceEdit(form({ latitude: '39.9', longitude: '116.4' }), '2026-12-01')
    expect(out.ok).toBe(false)
    if (!out.ok) expect(out.errors[0]).toMatchObject({ field: 'latitude' })
  })

  it('says what is wrong with the point in the form’s words, not the import’s column names', () => {
    const only = validatePlaceEdit(form({ latitude: '29.56', longitude: '' }), '2026-12-01')
    expect(!only.ok && only.errors).toEqual([{ field: 'latitude', message: '纬度和经度都要填写' }])
    const words = validatePlaceEdit(form({ latitude: '北纬', longitude: '106.57' }), '2026-12-01')
    expect(!words.ok && words.errors).toEqual([{ field: 'latitude', message: '纬度“北纬”和经度“106.57”应为数字' }])
  })

  it.each([
    [{ name: '' }, 'name', '缺少机构名称'],
    [{ name: '名'.repeat(101) }, 'name', '机构名称超过 100 个字'],
    [{ phones: '12345' }, 'phones', '电话“12345”'],
    [{ hours: '早上到晚上' }, 'hours', '开放时间格式有误'],
    [{ source: '  ' }, 'source', '请写明信息来源'],
    [{ verifiedOn: '' }, 'verifiedOn', '请选择核实日期'],
    [{ verifiedOn: '2026-02-30' }, 'verifiedOn', '“核实日期”应为日期'],
    [{ verifiedOn: '2026-12-02' }, 'verifiedOn', '核实日期不能晚于今天（2026-12-01）']
  ])('refuses %j', (patch, field, message) => {
    const r = validatePlaceEdit(form(patch), '2026-12-01')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.find((e) => e.field === field)?.message).toContain(message)
  })
})

describe('the childcare facts in the edit', () => {
  const childcare = (patch: Partial<NonNullable<PlaceEditForm['childcare']>>) => ({
    ...editFormOf(PLACE, '2026-12-01').childcare!,
    ...patch
  })

  it('asks them of childcare only, and writes them with the care types, naming each change', () => {
    expect(editFormOf(PLACE, '2026-12-01').childcare).toEqual({
      careTypes: [],
      fees: '',
      careHours: '',
      meals: '',
      freePlaces: '',
      freePlacesOn: ''
    })
    expect(editFormOf({ ...PLACE, category: 'park' }, '2026-12-01').childcare).toBeUndefined()
    const r = validatePlaceEdit(
      form({
        childcare: childcare({
          careTypes: ['full_day', 'full_day'],
          fees: '全日托 2800',
          freePlaces: '3',
          freePlacesOn: '2026-11-30',
          meals: '午餐'
        })
      }),
      '2026-12-01'
    )
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const { place, changed } = applyPlaceEdit(PLACE, r.value, 'at')
    expect(place.childcare).toEqual({
      careTypes: ['full_day'],
      fees: [{ careType: 'full_day', yuan: 2800 }],
      meals: '午餐',
      freePlaces: { count: 3, confirmedOn: '2026-11-30' }
    })
    expect(changed).toEqual(['托育类型', '收费', '餐食', '余位'])
    expect(editFormOf(place, '2026-12-01').childcare).toMatchObject({ fees: '全日托 2800', freePlaces: '3' })
  })

  it('clears a fact left empty and keeps what the registry said', () => {
    const stored: Place = {
      ...PLACE,
      childcare: {
        careTypes: ['full_day'],
        registered: true,
        capacity: 40,
        meals: '午餐',
        fees: [{ careType: 'full_day', yuan: 1 }]
      }
    }
    const r = validatePlaceEdit({ ...editFormOf(stored, '2026-12-01'), source: 's' }, '2026-12-01')
    if (!r.ok) throw new Error('refused')
    const cleared = { ...r.value, childcare: { careTypes: ['full_day' as const] } }
    const { place, changed } = applyPlaceEdit(stored, cleared, 'at')
    expect(place.childcare).toEqual({ careTypes: ['full_day'], registered: true, capacity: 40 })
    expect(changed).toEqual(['收费', '餐食'])
  })

  it('names the childcare field that is wrong, and fits childcare only', () => {
    const r = validatePlaceEdit(form({ childcare: childcare({ fees: '全日托 很多' }) }), '2026-12-01')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[0].field).toBe('childcare.fees')
    const bad = validatePlaceEdit(form({ childcare: { careTypes: ['nap'] } as never }), '2026-12-01')
    expect(!bad.ok && bad.errors[0]).toEqual({ field: 'childcare', message: '托育信息格式不正确' })
    const ok = validatePlaceEdit(form(), '2026-12-01')
    if (!ok.ok) throw new Error('refused')
    expect(editMisfit({ category: 'park' }, ok.value)).toEqual({
      field: 'childcare',
      message: '只有托育机构可以填写托育信息'
    })
    expect(editMisfit({ category: 'childcare' }, ok.value)).toBeNull()
  })

  it('builds a new place from the form: its category, area and the edit, nothing invented', () => {
    const r = validatePlaceEdit(
      { ...form({ name: '新托育点', phones: '', hours: '', latitude: '', longitude: '' }), address: '' },
      '2026-12-01'
    )
    if (!r.ok) throw new Error('refused')
    expect(NEW_PLACE_ID.test('place-mj3k2x1a-abcdefghijkl')).toBe(true)
    expect(NEW_PLACE_ID.test('cc-91500103MA5U')).toBe(false)
    const place = newPlaceOf(
      { id: 'place-mj3k2x1a-abcdefghijkl', category: 'childcare', street: '500103003' },
      r.value,
      'at'
    )
    expect(place).toEqual({
      id: 'place-mj3k2x1a-abcdefghijkl',
      name: '新托育点',
      category: 'childcare',
      street: '500103003',
      phones: [],
      facilities: [],
      childcare: { careTypes: [] },
      source: '电话核实（示例）',
      verifiedAt: '2026-12-01',
      updatedAt: 'at'
    })
  })
})
