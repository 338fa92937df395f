import TestUtils from '@tarojs/test-utils-react'
import { whoAmIAs } from '../../../tests/fixtures/staff'
import { answer, failure, requestsTo, stubCloud, type CloudAnswers } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import type { ImportReport } from '../../domain/places/api'
import type { Role } from '../../domain/roles'
import { callCloud } from '../../services/cloud'
import { pickImportFile, type PickResult } from '../../services/import-file'
import { useSessionStore } from '../../stores/useSessionStore'
import PlacesImportPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/import-file', () => ({
  pickImportFile: jest.fn(),
  PICK_FILE_LABEL: '选择文件',
  PICK_FILE_HINT: '选择电脑上的 CSV 或 JSON 文件'
}))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const mockedPick = pickImportFile as jest.MockedFunction<typeof pickImportFile>

const FILE = { name: '备案名录（示例）.csv', size: 3072, base64: 'bmFtZQo=' }
const DRY: ImportReport = {
  total: 4,
  added: 2,
  updated: 1,
  unchanged: 0,
  rejected: [{ row: 5, name: '示例托育（代码有误）', reasons: ['统一社会信用代码“52500103TY0000181L”校验位不符'] }],
  changes: [
    { row: 2, id: 'cc-52500103TY0000001Y', name: '示例托育中心（一）', outcome: 'added' },
    {
      row: 3,
      id: 'cc-91500105TY0000009K',
      name: '示例托育中心（二）',
      outcome: 'added',
      notes: ['统一社会信用代码的登记机关在重庆市其他区县（500105）']
    },
    { row: 4, id: 'cc-52500103TY00000022', name: '示例托育中心（三）', outcome: 'updated' }
  ],
  warnings: ['未识别的列（已忽略）：备注'],
  dryRun: true,
  encoding: 'gbk'
}

const setup = (role: Role, importAnswer?: NonNullable<CloudAnswers['places']>['import']) =>
  stubCloud(mockedCall, {
    user: { whoami: answer('user', 'whoami', whoAmIAs(role)) },
    staff: {},
    places: importAnswer ? { import: importAnswer } : {}
  })
const picks = (result: PickResult) => mockedPick.mockResolvedValue(result)
const text = () => document.body.textContent ?? ''

describe('places import', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    mockedPick.mockReset()
    useSessionStore.setState({ me: null, status: 'idle' })
  })

  it('picks a file, shows the dry run with the encoding and every rejected row, then imports on confirm', async () => {
    setup('district_admin', (req) => answer('places', 'import', req.dryRun ? DRY : { ...DRY, dryRun: false }))
    picks({ ok: true, file: FILE })
    const u = new TestUtils()
    await u.mount(PlacesImportPage, {})
    await type(u, '.places-import__source', '全国托育机构备案信息（示例）')
    await click(u, document.querySelector('.places-import__pick'))
    await waitUntil(() => text().includes('试运行结果（还没有写入）'), 'the dry run')
    expect(mockedPick).toHaveBeenCalledTimes(1)
    expect(text()).toContain('共 4 行：将新增 2，将更新 1，未变 0，拒绝 1')
    expect(text()).toContain('文件编码：GBK')
    expect(text()).toContain('提示：未识别的列（已忽略）：备注')
    expect(document.querySelector('.import-report__rejected')?.textContent).toContain(
      '第 5 行 示例托育（代码有误）· 统一社会信用代码“52500103TY0000181L”校验位不符'
    )
    expect(document.querySelector('.import-report__notes')?.textContent).toContain('重庆市其他区县（500105）')
    expect(text()).toContain('文件：备案名录（示例）.csv（3 KB）')
    expect(requestsTo(mockedCall, 'places', 'import')).toEqual([
      { base64: 'bmFtZQo=', format: 'csv', source: '全国托育机构备案信息（示例）', dryRun: true }
    ])

    await click(u, byText('.places-import__confirm', '确认导入（3 条）'))
    await waitUntil(() => text().includes('导入完成'), 'the result')
    expect(text()).toContain('共 4 行：已新增 2，已更新 1')
    expect(requestsTo(mockedCall, 'places', 'import')[1]).toEqual({
      base64: 'bmFtZQo=',
      format: 'csv',
      source: '全国托育机构备案信息（示例）',
      dryRun: false
    })
    expect(document.querySelector('.places-import__confirm')).toBeNull()
    await click(u, document.querySelector('.places-import__again'))
    await waitUntil(() => document.querySelector('.places-import__pick'), 'the picker again')
  })

  it('offers no confirm when nothing would be written', async () => {
    const nothing = { ...DRY, added: 0, updated: 0, unchanged: 1, changes: [], rejected: [] }
    setup('district_admin', answer('places', 'import', nothing))
    picks({ ok: true, file: FILE })
    const u = new TestUtils()
    await u.mount(PlacesImportPage, {})
    await click(u, document.querySelector('.places-import__pick'))
    await waitUntil(() => text().includes('没有要写入的行'), 'the disabled confirm')
    await click(u, document.querySelector('.places-import__confirm'))
    expect(requestsTo(mockedCall, 'places', 'import')).toHaveLength(1)
  })

  it('shows why a picked file was refused, by the picker or by the server, and sends nothing else', async () => {
    setup('district_admin', failure('VALIDATION', '导入文件无法读取：这是 Excel 工作簿（.xlsx）', 'base64'))
    picks({ ok: false, cancelled: false, message: '“名录.xlsx”是 Excel 工作簿：请另存为 CSV' })
    const u = new TestUtils()
    await u.mount(PlacesImportPage, {})
    await click(u, document.querySelector('.places-import__pick'))
    await waitUntil(() => text().includes('“名录.xlsx”是 Excel 工作簿'), 'the picker’s refusal')
    expect(requestsTo(mockedCall, 'places', 'import')).toHaveLength(0)

    picks({ ok: true, file: { ...FILE, name: '伪装.csv' } })
    await click(u, document.querySelector('.places-import__pick'))
    await waitUntil(() => text().includes('导入文件无法读取：这是 Excel 工作簿（.xlsx）'), 'the server’s refusal')
    expect(document.querySelectorAll('.ui-error')).toHaveLength(1)
    expect(document.querySelector('.import-report')).toBeNull()
  })

  it('does nothing on a cancelled pick', async () => {
    setup('district_admin')
    picks({ ok: false, cancelled: true })
    const u = new TestUtils()
    await u.mount(PlacesImportPage, {})
    await click(u, document.querySelector('.places-import__pick'))
    await u.act(async () => undefined)
    expect(document.querySelector('.ui-error')).toBeNull()
    expect(mockedCall.mock.calls.filter(([name]) => name === 'places')).toHaveLength(0)
  })

  it('tells anyone but a district admin that only district admins import', async () => {
    setup('street_admin')
    const u = new TestUtils()
    await u.mount(PlacesImportPage, {})
    await waitUntil(() => text().includes('只有区级管理员可以导入地点数据'), 'the refusal')
    expect(document.querySelector('.places-import__pick')).toBeNull()
  })
})
