import {
  OFFICE_FIELDS,
  officeCodes,
  officeOf,
  toPublicOffice,
  toStaffOffice,
  validateOffice,
  type OfficeRecord
} from './offices'

const FULL: Required<OfficeRecord> = {
  _id: '500103003019',
  kind: 'community',
  street: '500103003',
  address: 'F地址大井巷1号',
  phones: ['023-63000001'],
  hours: { kind: 'always', text: '24/7' },
  hoursNote: 'F节假日值班',
  location: { latitude: 29.5581, longitude: 106.5772, approximate: false },
  source: 'F电话核实',
  verifiedOn: '2026-12-01',
  updatedAt: '2026-12-01T01:01:01.001Z',
  updatedBy: 'Fadminopenid',
  updatedByName: 'Fadminname'
}

describe('联系我的社区: the offices', () => {
  it('knows each office by its division code, the street’s first', () => {
    expect(officeOf('500103003')).toMatchObject({ kind: 'street', name: '解放碑街道办事处' })
    expect(officeOf('500103003019')).toMatchObject({ kind: 'community', streetName: '解放碑街道' })
    expect(officeOf('123')).toBeUndefined()
    const codes = officeCodes('500103003')
    expect(codes[0]).toBe('500103003')
    expect(codes.slice(1).every((c) => c.startsWith('500103003') && c.length === 12)).toBe(true)
    expect(officeCodes('nope')).toEqual([])
  })

  it('checks an office by the place edit’s rules: phones, hours, a point in Yuzhong, source and date', () => {
    const form = {
      address: '大井巷1号',
      phones: '023-63000001；13800138000',
      hours: 'Mo-Fr 09:00-17:00',
      hoursNote: '',
      latitude: '29.5581',
      longitude: '106.5772',
      source: '电话核实（示例）',
      verifiedOn: '2026-12-01'
    }
    const ok = validateOffice('500103003019', form, '2026-12-07')
    expect(ok).toMatchObject({
      ok: true,
      value: {
        code: '500103003019',
        address: '大井巷1号',
        phones: ['023-63000001', '13800138000'],
        location: { latitude: 29.5581, longitude: 106.5772, approximate: false },
        source: '电话核实（示例）'
      }
    })
    const bad = validateOffice(
      '500103003019',
      { ...form, phones: '123', source: '', verifiedOn: '2026-12-09' },
      '2026-12-07'
    )
    expect(bad.ok ? [] : bad.errors.map((e) => e.field)).toEqual(['phones', 'source', 'verifiedOn'])
    expect(validateOffice('999', form, '2026-12-07')).toMatchObject({ ok: false, errors: [{ field: 'code' }] })
  })

  it('shows an office nobody entered as 暂无, never a guess; staff see who saved it, the public never', () => {
    expect(toPublicOffice('500103003', undefined)).toMatchObject({
      entered: false,
      address: null,
      phones: [],
      hours: [],
      source: null
    })
    const shown = JSON.stringify(toPublicOffice(FULL._id, FULL))
    expect(shown).toContain('F电话核实')
    for (const field of Object.keys(OFFICE_FIELDS) as Array<keyof OfficeRecord>) {
      const ways = OFFICE_FIELDS[field] as readonly string[]
      const value = FULL[field]
      if (typeof value !== 'string' || !value.startsWith('F')) continue
      expect([field, shown.includes(value)]).toEqual([field, ways.includes('public')])
      expect([field, JSON.stringify(toStaffOffice(FULL._id, FULL, '2026-12-07')).includes(value)]).toEqual([
        field,
        ways.includes('staff')
      ])
    }
    expect(Object.keys(OFFICE_FIELDS).sort()).toEqual(Object.keys(FULL).sort())
  })
})
