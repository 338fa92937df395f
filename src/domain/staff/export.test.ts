import Papa from 'papaparse'
import { chinaIso } from '../clock'
import { haversineM } from '../places/geo'
import { toExportRow } from '../suggestions/egress/outbound'
import type { Suggestion } from '../suggestions/model'
import { CSV_BOM, CSV_COLUMNS, csvCell, exportFilename, toCsv, toOpen311, toOpen311Request, toWgs84 } from './export'

const base: Suggestion = {
  _id: 'adult-0001-abcd',
  mode: 'adult',
  topic: 'school_way',
  title: '上学路口需要护学岗',
  text: '中山二路路口早上车多，孩子过马路很危险，希望早高峰有人护学。',
  photoFileIds: ['local://files/0f0e0d0c-0b0a-4909-8887-868584838281.jpg'],
  street: '500103004',
  community: '500103004002',
  location: { latitude: 29.5585, longitude: 106.5561, source: 'place', placeId: 'p-1', placeName: '中山二路口' },
  // An adult writing for themselves: their words and their point go out as they are.
  onBehalfOfChild: false,
  contact: { name: '王女士', phone: '13800138000' },
  authorId: 'o-parent',
  visibility: 'visible',
  publication: 'auto',
  status: 'answered',
  history: [{ status: 'submitted', at: '2026-11-28T02:00:00.000Z', by: 'author' }],
  replies: [{ at: '2026-11-29T03:00:00.000Z', by: '王社工', text: '已联系交巡警，早高峰增派护学岗。' }],
  supportCount: 3,
  createdAt: '2026-11-28T02:00:00.000Z',
  updatedAt: '2026-11-29T03:00:00.000Z'
}

// Awkward content on purpose: quotes, commas, line breaks, a formula, an emoji, leading space.
const tricky: Suggestion = {
  ...base,
  _id: 'child-0002-abcd',
  mode: 'child',
  ageGroup: '6to9',
  title: '=HYPERLINK("http://x")',
  text: '滑梯"坏了"，\n能修吗？🛝 ',
  photoFileIds: [],
  contact: undefined,
  location: undefined,
  channel: 'paper',
  publication: 'approved',
  status: 'rejected',
  history: [
    ...base.history,
    { status: 'rejected', at: '2026-11-30T00:00:00.000Z', by: '街道', note: '已列入明年计划' }
  ],
  replies: []
}

// WGS-84 → GCJ-02, the published algorithm, written out here independently of gcoord.
function wgsToGcj(lat: number, lng: number): [number, number] {
  const a = 6378245.0
  const ee = 0.006693421622965943
  const x = lng - 105
  const y = lat - 35
  let dLat = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  dLat += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3
  dLat += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3
  dLat += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3
  let dLng = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  dLng += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3
  dLng += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3
  dLng += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3
  const rad = (lat / 180) * Math.PI
  const magic = 1 - ee * Math.sin(rad) ** 2
  const sqrtMagic = Math.sqrt(magic)
  dLat = (dLat * 180) / (((a * (1 - ee)) / (magic * sqrtMagic)) * Math.PI)
  dLng = (dLng * 180) / ((a / sqrtMagic) * Math.cos(rad) * Math.PI)
  return [lat + dLat, lng + dLng]
}

describe('CSV export', () => {
  it('starts with a BOM and round-trips through a CSV parser', () => {
    const csv = toCsv([base, tricky].map(toExportRow))
    expect(csv.startsWith(CSV_BOM)).toBe(true)
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    const [header, first, second] = parsed.data
    expect(header).toEqual(CSV_COLUMNS.map((c) => c.header))
    expect(parsed.data).toHaveLength(3)
    const col = (name: string) => header.indexOf(name)
    expect(first[col('编号')]).toBe('adult-0001-abcd')
    expect(first[col('提交时间')]).toBe('2026-11-28 10:00')
    expect(first[col('状态')]).toBe('已答复')
    expect(first[col('街道')]).toBe('两路口')
    expect(first[col('社区')]).toBe('中山二路')
    expect(first[col('联系方式(已隐去)')]).toBe('王** 138****8000')
    expect(first[col('最新回复')]).toBe('已联系交巡警，早高峰增派护学岗。')
    expect(second[col('内容')]).toBe(tricky.text)
    expect(second[col('标题')]).toBe(`'${tricky.title}`)
    expect(second[col('录入方式')]).toBe('代录·纸质')
    expect(second[col('年龄段')]).toBe('6—9岁')
    expect(csv).not.toContain('13800138000')
  })

  it('carries the answers to 解决了吗 with their sentences, never a drawing', () => {
    const drawing = 'local://files/0f0e0d0c-0b0a-4909-8887-868584838299.png'
    const row: Suggestion = {
      ...base,
      status: 'closed',
      followUps: [
        {
          answer: 'not_yet',
          at: '2026-11-30T02:00:00Z',
          closedAt: '2026-11-29T02:00:00Z',
          text: '路口还是没人',
          drawingFileId: drawing
        },
        { answer: 'solved', at: '2026-12-05T02:00:00Z', closedAt: '2026-12-04T02:00:00Z' }
      ]
    }
    const csv = toCsv([row, base].map(toExportRow))
    const [header, first, second] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data
    expect(first[header.indexOf('解决了吗')]).toBe('2026-11-30 10:00 还没有：路口还是没人；2026-12-05 10:00 解决了')
    expect(second[header.indexOf('解决了吗')]).toBe('')
    expect(csv).not.toContain(drawing)
    expect(JSON.stringify(toOpen311([toExportRow(row)]))).not.toContain(drawing)
  })

  it('leaves a time it cannot read empty in both formats, never NaN', () => {
    const broken = toExportRow({ ...base, createdAt: 'not a date', updatedAt: '' })
    const [header, row] = Papa.parse<string[]>(toCsv([broken]).slice(1), { skipEmptyLines: true }).data
    expect(row[header.indexOf('提交时间')]).toBe('')
    expect(row[header.indexOf('最后更新')]).toBe('')
    expect(JSON.parse(toOpen311([broken]))[0]).toMatchObject({ requested_datetime: '', updated_datetime: '' })
  })

  it('quotes only what needs quoting and defuses formulas', () => {
    expect(csvCell('普通')).toBe('普通')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('-1+1')).toBe("'-1+1")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell(true)).toBe('是')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell(29.5585)).toBe('29.5585')
  })

  it('names the file by the China date', () => {
    expect(exportFilename('csv', '2026-11-28T17:00:00.000Z')).toBe('yimi-suggestions-2026-11-29.csv')
    expect(exportFilename('open311', '2026-11-28T01:00:00.000Z')).toBe('yimi-suggestions-2026-11-28.json')
  })
})

describe('Open311 GeoReport v2 export', () => {
  const REQUIRED = [
    'service_request_id',
    'status',
    'status_notes',
    'service_name',
    'service_code',
    'description',
    'agency_responsible',
    'service_notice',
    'requested_datetime',
    'updated_datetime',
    'expected_datetime',
    'address',
    'address_id',
    'zipcode',
    'lat',
    'long',
    'media_url'
  ]

  it('has every field of a service request', () => {
    const json = JSON.parse(toOpen311([base, tricky].map(toExportRow)))
    expect(json).toHaveLength(2)
    for (const r of json) expect(Object.keys(r).sort()).toEqual([...REQUIRED].sort())
    expect(json[0]).toMatchObject({
      service_request_id: 'adult-0001-abcd',
      status: 'open',
      status_notes: '已答复：已联系交巡警，早高峰增派护学岗。',
      service_code: 'school_way',
      service_name: '上学路上',
      description: `${base.title}：${base.text}`,
      agency_responsible: '渝中区两路口街道办事处',
      requested_datetime: '2026-11-28T10:00:00+08:00',
      updated_datetime: '2026-11-29T11:00:00+08:00',
      address: '重庆市渝中区两路口街道中山二路社区 中山二路口',
      // Storage is private: a file that leaves the system carries no image links.
      media_url: null
    })
    expect(json[1]).toMatchObject({
      status: 'closed',
      status_notes: '不予采纳：已列入明年计划',
      lat: null,
      long: null,
      media_url: null
    })
    expect(Date.parse(json[0].requested_datetime)).toBe(Date.parse(base.createdAt))
    expect(chinaIso('2026-12-31T20:30:00.000Z')).toBe('2027-01-01T04:30:00+08:00')
  })

  it('converts GCJ-02 to WGS-84 within 10 m of a published conversion', () => {
    // coordtransform's documented example: gcj02towgs84(116.404, 39.915).
    const beijing = toWgs84(39.915, 116.404)
    expect(haversineM(beijing.lat, beijing.long, 39.91359571849836, 116.39775550083061)).toBeLessThan(10)
    // In Yuzhong: applying the forward (WGS → GCJ) formula to our answer gives the stored point back.
    const r = toOpen311Request(toExportRow(base))
    expect(r.lat).not.toBeNull()
    const [lat, lng] = wgsToGcj(r.lat!, r.long!)
    expect(haversineM(lat, lng, base.location!.latitude, base.location!.longitude)).toBeLessThan(10)
    // And the datum shift itself is the few hundred metres GCJ-02 is known for, not zero.
    expect(haversineM(r.lat!, r.long!, base.location!.latitude, base.location!.longitude)).toBeGreaterThan(200)
  })

  it('leaves out the coordinates of a child’s suggestion (street level is enough), in both formats', () => {
    const child: Suggestion = { ...tricky, location: base.location, street: '500103004' }
    const r = toOpen311Request(toExportRow(child))
    expect([r.lat, r.long]).toEqual([null, null])
    expect(r.address).toContain('两路口')
    const [, row] = Papa.parse<string[]>(toCsv([toExportRow(child)]).slice(1)).data
    const header = CSV_COLUMNS.map((c) => c.header)
    expect(row[header.indexOf('纬度(GCJ-02)')]).toBe('')
    expect(row[header.indexOf('经度(GCJ-02)')]).toBe('')
    // An adult's own point still goes out; a parent's for a child, or one with an age group, does not.
    expect(toOpen311Request(toExportRow(base)).lat).not.toBeNull()
    expect(toOpen311Request(toExportRow({ ...base, onBehalfOfChild: true })).lat).toBeNull()
    expect(toOpen311Request(toExportRow({ ...base, ageGroup: '10to13' })).lat).toBeNull()
    // A name picked on a map or typed in can be a home: only a registry place's name goes out.
    const picked = toExportRow({ ...base, location: { ...base.location!, source: 'map', placeName: '人和街88号' } })
    expect(toOpen311Request(picked).address).not.toContain('88号')
  })
})
