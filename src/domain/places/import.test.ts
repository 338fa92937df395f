import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateImport, type ImportValidation } from './import'
import { canonicalColumn, parseImportText } from './import-parse'

const SAMPLE = readFileSync(join(__dirname, '../../../scripts/fixtures/places-sample.csv'), 'utf8')
const OPTIONS = { today: '2026-11-28', source: '测试导入' }

/** One valid registry row with our columns; tests change one cell at a time. */
const GOOD = {
  institution_name: '示例托育中心',
  credit_code: '52500103TY0000101L',
  institution_type: '托育机构',
  address: '七星岗街道（示例地址）',
  zoning_code: '500103001',
  lat: '29.5592',
  lng: '106.5688'
}

function check(changes: Record<string, string>, extra: object[] = []): ImportValidation {
  return validateImport([{ ...GOOD, ...changes }, ...extra], OPTIONS)
}

function reasonsOf(changes: Record<string, string>): string[] {
  const r = check(changes)
  expect(r.places).toHaveLength(0)
  return r.rejected[0].reasons
}

describe('validateImport: the sample file', () => {
  const result = validateImport(SAMPLE, OPTIONS)

  it('accepts the good rows as whole places and rejects the bad ones with their row numbers', () => {
    expect(result.errors).toEqual([])
    expect(result.places.map((p) => p.row)).toEqual([2, 3, 4])
    expect(result.rejected.map((r) => r.row)).toEqual([5, 6, 7, 8, 9, 10])
  })

  it('builds the place from registry and own columns', () => {
    const { place } = result.places[0]
    expect(place).toEqual({
      id: 'cc-52500103TY0000001Y',
      name: '示例托育中心（导入一）',
      alias: '示例一号',
      category: 'childcare',
      street: '500103001',
      community: '500103001003',
      address: '七星岗街道（示例地址）',
      location: { latitude: 29.5592, longitude: 106.5688, approximate: false },
      phones: [],
      hours: expect.objectContaining({ kind: 'weekly', text: 'Mo-Fr 07:30-18:00; PH off' }),
      facilities: ['nursing_room', 'child_toilet'],
      childcare: {
        careTypes: ['full_day', 'half_day'],
        ageMonths: { min: 6, max: 36 },
        capacity: 40,
        publicBenefit: true,
        registered: true,
        registryCode: '52500103TY0000001Y',
        registryType: '托育机构',
        registeredAt: '2025-06-30',
        qualityGrade: 'A'
      },
      source: '测试导入',
      verifiedAt: '2026-11-28',
      demo: true
    })
    expect(result.places[1].place.childcare?.registered).toBe(false)
    expect(result.places[2].place.childcare?.registryType).toBe('家庭托育点')
  })

  it('gives one Chinese reason per problem', () => {
    const byRow = new Map(result.rejected.map((r) => [r.row, r]))
    expect(byRow.get(5)).toMatchObject({ code: '52500103TY00000048', reasons: ['缺少机构名称（institution_name）'] })
    expect(byRow.get(6)?.reasons).toEqual(['坐标（29.559, 106.452）不在渝中区范围内'])
    expect(byRow.get(7)?.reasons).toEqual([expect.stringMatching(/^电话“12345”格式不对/)])
    expect(byRow.get(8)?.reasons).toEqual([expect.stringMatching(/^营业时间格式有误：“Mo-Fr 8-18”/)])
    expect(byRow.get(9)).toMatchObject({ name: '示例托育中心（代码重复）', reasons: ['统一社会信用代码与第 2 行重复'] })
    expect(byRow.get(10)?.reasons).toEqual(['坐标（106.5701, 29.5521）不在渝中区范围内（纬度和经度是否写反了？）'])
  })
})

describe('validateImport: every rejection reason', () => {
  it.each([
    [{ institution_name: '' }, '缺少机构名称'],
    [{ institution_name: '名'.repeat(101) }, '超过 100 个字'],
    [{ credit_code: 'ABC' }, '应为 18 位'],
    // One character mistyped (the last 0 → 8) in an otherwise valid code.
    [{ credit_code: '52500103TY0000181L' }, '校验位不符'],
    [{ credit_code: '' }, '缺少统一社会信用代码'],
    [{ lat: '', lng: '' }, '缺少坐标'],
    [{ lat: '北纬29度' }, '坐标不是数字'],
    [{ lat: '30.2', lng: '106.5688' }, '不在渝中区范围内'],
    [{ coord_type: 'bd09' }, '坐标系“bd09”无法识别'],
    [{ phone: '023-123' }, '电话“023-123”号码位数不对'],
    [{ hours: 'Mo-Fr 08:00-18:00; Xx off' }, '营业时间格式有误'],
    [{ zoning_code: '500106001' }, '不在渝中区'],
    [{ street: '望龙门' }, '街道“望龙门”无法识别'],
    [{ community: '不存在社区' }, '不在已知社区列表中'],
    [{ category: '幼儿园' }, '类别“幼儿园”无法识别'],
    [{ care_types: '全日托、周末托' }, '“周末托”无法识别'],
    [{ age_months: '36-6' }, '最小值大于最大值'],
    [{ age_months: '六个月' }, '应写成 6-36 这样的范围'],
    [{ capacity: '-3' }, '“托位”应为 1–2000 的整数'],
    [{ public_benefit: '也许' }, '“普惠”一栏应填 是 或 否'],
    [{ quality_grade: 'E' }, '质量等级“E”应为 A、B、C 或 D'],
    [{ facilities: '游泳池' }, '“游泳池”无法识别'],
    [{ verified_at: '2026-02-30' }, '“核实日期”应为日期'],
    [{ category: '公园', care_types: '全日托' }, '只有托育机构可填写托育类型']
  ])('%p → %p', (changes, reason) => {
    expect(reasonsOf(changes as Record<string, string>).join('\n')).toContain(reason)
  })

  it('lists every problem of a row, not just the first', () => {
    expect(reasonsOf({ institution_name: '', phone: '1', hours: 'nonsense' })).toHaveLength(3)
  })

  it('rejects a duplicate code and keeps the first occurrence', () => {
    const r = check({}, [{ ...GOOD, institution_name: '第二个' }])
    expect(r.places.map((p) => p.place.name)).toEqual(['示例托育中心'])
    expect(r.rejected).toEqual([
      { row: 2, name: '第二个', code: '52500103TY0000101L', reasons: ['统一社会信用代码与第 1 行重复'] }
    ])
  })
})

describe('validateImport: credit codes', () => {
  it('keys a place by its checked code, upper-cased and without spaces', () => {
    const r = check({ credit_code: '52500103ty0000101l ' })
    expect(r.places[0].place.id).toBe('cc-52500103TY0000101L')
    expect(r.places[0].notes).toBeUndefined()
  })

  it('accepts a city-level registration (500000) without a note', () => {
    expect(check({ credit_code: '91500000TY00000096' }).places[0]).not.toHaveProperty('notes')
  })

  it('accepts a code registered in another district with a note for the report', () => {
    const r = check({ credit_code: '91500105TY0000009K' })
    expect(r.rejected).toEqual([])
    expect(r.places[0].notes?.[0]).toContain('重庆市其他区县（500105）')
  })
})

describe('validateImport: what it accepts', () => {
  it('converts WGS-84 coordinates to GCJ-02 once', () => {
    const r = check({ coord_type: 'WGS84', lat: '29.5559', lng: '106.565' })
    const loc = r.places[0].place.location!
    expect(loc.longitude).not.toBeCloseTo(106.565, 3)
    expect(loc.latitude).toBeGreaterThan(29.55)
  })

  it('accepts places outside the registry with an id and a category, and our own source', () => {
    const r = validateImport(
      [
        {
          institution_name: '示例儿童之家',
          id: 'demo-home-x',
          category: '社区儿童之家',
          lat: '29.56',
          lng: '106.57',
          source: '社区上报',
          verified_at: '2026/3/5'
        }
      ],
      OPTIONS
    )
    expect(r.places[0].place).toMatchObject({
      id: 'demo-home-x',
      category: 'children_home',
      source: '社区上报',
      verifiedAt: '2026-03-05'
    })
    expect(r.places[0].place.childcare).toBeUndefined()
  })

  it('reads JSON arrays, wrapped lists and Chinese headings', () => {
    const json = JSON.stringify({
      data: [{ ...GOOD, phone: ['023-63622984', '13800138000'], capacity: 30, care_types: ['全日托'] }]
    })
    const r = validateImport(json, OPTIONS)
    expect(r.places[0].place.phones).toEqual(['023-63622984', '13800138000'])
    expect(r.places[0].place.childcare?.capacity).toBe(30)
    const csv =
      '机构名称,统一社会信用代码,纬度,经度,营业时间,托育类型,备注\n示例,52500103TY0000102P,29.56,106.57,周一至周五 8:00-18:00,全日托,x'
    const c = validateImport(csv, OPTIONS)
    expect(c.places[0].place.hours?.text).toBe('Mo-Fr 08:00-18:00')
    expect(c.warnings).toEqual(['未识别的列（已忽略）：备注'])
  })

  it('reads the childcare facts parents decide on, with their Chinese headings, and names a wrong one', () => {
    const csv =
      '机构名称,统一社会信用代码,纬度,经度,托育类型,收费,各类型时间,餐食,余位,余位确认日期\n' +
      '示例,52500103TY0000102P,29.56,106.57,全日托、计时托,全日托 2800；计时托 45,全日托 周一至周五 07:30-17:30,午餐和两次点心,2,2026-11-20\n' +
      '示例B,52500103TY0000103T,29.56,106.57,全日托,全日托 约2800,,,3,'
    const r = validateImport(csv, OPTIONS)
    expect(r.places[0].place.childcare).toMatchObject({
      careTypes: ['full_day', 'hourly'],
      fees: [
        { careType: 'full_day', yuan: 2800 },
        { careType: 'hourly', yuan: 45 }
      ],
      careHours: [{ careType: 'full_day', text: '周一至周五 07:30-17:30' }],
      meals: '午餐和两次点心',
      freePlaces: { count: 2, confirmedOn: '2026-11-20' }
    })
    expect(r.rejected[0].reasons).toEqual([
      '“收费”中全日托的金额应为整数元（如 全日托 2800），现为“约2800”',
      '写了余位，请同时写上确认的日期'
    ])
    const park = validateImport(
      [{ institution_name: '公园', id: 'park-x', category: '公园', lat: '29.56', lng: '106.57', fees: '全日托 1' }],
      OPTIONS
    )
    expect(park.rejected[0].reasons).toEqual(['只有托育机构可填写收费（类别为“park”）'])
  })

  it('reports a wrong number of cells as that row’s problem, not the file’s', () => {
    const csv =
      'institution_name,credit_code,lat,lng\n示例A,52500103TY0000103T,29.56,106.57\n示例B,52500103TY0000104X,29.56\n\n示例C,52500103TY00001051,29.56,106.57'
    const r = validateImport(csv, OPTIONS)
    expect(r.places.map((p) => p.row)).toEqual([2, 5])
    expect(r.rejected[0].row).toBe(3)
    expect(r.rejected[0].reasons[0]).toBe('该行有 3 列，表头有 4 列')
  })

  it('refuses files it cannot read at all', () => {
    expect(parseImportText('').errors).toEqual(['文件是空的'])
    expect(parseImportText('{"oops": 1}').errors[0]).toContain('JSON 应为数组')
    expect(parseImportText('[1,').errors[0]).toContain('JSON 格式有误')
    expect(parseImportText('lat,lng\n1,2').errors[0]).toContain('缺少名称列')
    expect(validateImport([42], OPTIONS).rejected[0].reasons[0]).toContain('不是一个对象')
  })

  it('maps headings in English, Chinese and odd spacing', () => {
    expect(canonicalColumn('\uFEFFinstitution_name')).toBe('institution_name')
    expect(canonicalColumn(' Credit Code ')).toBe('credit_code')
    expect(canonicalColumn('纬度')).toBe('lat')
    expect(canonicalColumn('whatever')).toBeUndefined()
  })
})
