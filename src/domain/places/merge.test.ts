import { formatImportReport, mergeImported, samePlaceFacts, type ImportReport } from './merge'
import type { Place } from './model'

const stored: Place = {
  id: 'cc-52500103TY0000101L',
  name: '示例托育中心',
  category: 'childcare',
  street: '500103001',
  address: '七星岗街道（示例地址）',
  location: { latitude: 29.5592, longitude: 106.5688, approximate: false },
  phones: ['023-63622984'],
  hoursNote: '社工填写：寒暑假时间另行通知',
  facilities: ['nursing_room'],
  childcare: { careTypes: ['full_day'], capacity: 40, publicBenefit: true, registryCode: '52500103TY0000101L' },
  source: '备案名录',
  verifiedAt: '2026-01-01',
  updatedAt: '2026-01-01T00:00:00.000Z'
}

const incoming = (fields: Partial<Place> = {}): Place => ({
  id: stored.id,
  name: stored.name,
  category: 'childcare',
  location: { latitude: 29.5592, longitude: 106.5688, approximate: false },
  phones: [],
  facilities: [],
  childcare: { careTypes: [], registryCode: '52500103TY0000101L' },
  source: '备案名录',
  verifiedAt: '2026-01-01',
  ...fields
})

describe('mergeImported', () => {
  it('adds a new place as it is', () => {
    expect(mergeImported(null, incoming())).toEqual({ place: incoming(), outcome: 'added' })
  })

  it('never clears what a worker filled when the import leaves it empty', () => {
    const { place, outcome } = mergeImported(stored, incoming())
    expect(outcome).toBe('unchanged')
    expect(place.phones).toEqual(['023-63622984'])
    expect(place.hoursNote).toBe('社工填写：寒暑假时间另行通知')
    expect(place.facilities).toEqual(['nursing_room'])
    expect(place.childcare).toEqual(stored.childcare)
    expect(place.street).toBe('500103001')
  })

  it('lets non-empty imported values replace stored ones, field by field in childcare too', () => {
    const { place, outcome } = mergeImported(
      stored,
      incoming({
        name: '示例托育中心（更名）',
        phones: ['13800138000'],
        childcare: { careTypes: ['hourly'], capacity: 60 },
        verifiedAt: '2026-11-28'
      })
    )
    expect(outcome).toBe('updated')
    expect(place.name).toBe('示例托育中心（更名）')
    expect(place.phones).toEqual(['13800138000'])
    expect(place.childcare).toEqual({
      careTypes: ['hourly'],
      capacity: 60,
      publicBenefit: true,
      registryCode: '52500103TY0000101L'
    })
    expect(place.verifiedAt).toBe('2026-11-28')
    expect(place.id).toBe(stored.id)
  })

  it('does not let an approximate point replace a precise one, but the other way round', () => {
    const rough = { latitude: 29.56, longitude: 106.57, approximate: true }
    expect(mergeImported(stored, incoming({ location: rough })).place.location).toEqual(stored.location)
    const roughStored = { ...stored, location: rough }
    const precise = { latitude: 29.5593, longitude: 106.5689, approximate: false }
    expect(mergeImported(roughStored, incoming({ location: precise })).place.location).toEqual(precise)
    expect(
      mergeImported(roughStored, incoming({ location: { ...rough, latitude: 29.561 } })).place.location?.latitude
    ).toBe(29.561)
  })

  it('compares facts regardless of key order and updatedAt', () => {
    const reordered = JSON.parse(JSON.stringify({ updatedAt: 'later', ...stored })) as Place
    expect(samePlaceFacts(stored, { ...reordered, updatedAt: '2027-01-01' })).toBe(true)
    expect(samePlaceFacts(stored, { ...stored, free: true })).toBe(false)
  })
})

describe('formatImportReport', () => {
  it('prints the counts, the writes and every rejection with its reasons, in Chinese', () => {
    const report: ImportReport = {
      total: 4,
      added: 1,
      updated: 1,
      unchanged: 1,
      rejected: [{ row: 5, reasons: ['缺少机构名称（institution_name）', '缺少坐标（lat 纬度、lng 经度）'] }],
      changes: [
        { row: 2, id: 'cc-A', name: '示例甲', outcome: 'added' },
        { row: 3, id: 'cc-B', name: '示例乙', outcome: 'updated' },
        { row: 4, id: 'cc-C', name: '示例丙', outcome: 'unchanged' }
      ],
      warnings: ['未识别的列（已忽略）：备注'],
      dryRun: false
    }
    expect(formatImportReport(report).split('\n')).toEqual([
      '导入完成：共 4 行，新增 1，更新 1，未变 1，拒绝 1',
      '提示：未识别的列（已忽略）：备注',
      '已写入：',
      '  第 2 行 示例甲（新增，cc-A）',
      '  第 3 行 示例乙（更新，cc-B）',
      '拒绝（未写入，请修改后重新导入）：',
      '  第 5 行 （无名称）：缺少机构名称（institution_name）；缺少坐标（lat 纬度、lng 经度）'
    ])
    expect(formatImportReport({ ...report, dryRun: true })).toMatch(/^试运行（未写入）/)
  })
})
