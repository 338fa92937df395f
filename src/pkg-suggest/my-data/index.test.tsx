// 我的数据: what is kept, a file to save, and one confirmation before everything is deleted.
import TestUtils from '@tarojs/test-utils-react'
import { myDataSignUp } from '../../../tests/fixtures/activities'
import { closedChildSuggestion, reopenedBy } from '../../../tests/fixtures/follow-up'
import { answer, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import type { MyDataView } from '../../domain/suggestions/my-data'
import { SELF_REP } from '../../../tests/fixtures/council'
import { callCloud } from '../../services/cloud'
import { prepareExport, shareExport } from '../../services/files'
import { confirm } from '../../services/feedback'
import MyDataPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn(), confirm: jest.fn() }))
jest.mock('../../services/files', () => ({
  exportActionLabel: () => '下载文件',
  discardExport: jest.fn(),
  prepareExport: jest.fn((f: { filename: string }) => ({ path: 'blob:my-data', filename: f.filename })),
  shareExport: jest.fn(async () => '已下载')
}))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const mockedConfirm = confirm as jest.MockedFunction<typeof confirm>
const text = () => document.body.textContent ?? ''

const view: MyDataView = {
  generatedAt: '2026-12-06T08:00:00.000Z',
  suggestions: [
    reopenedBy(
      closedChildSuggestion('s1', {
        drawingFileId: 'local://files/d.png',
        audioFileId: 'local://files/v.mp3',
        audioDurationMs: 5_000,
        contact: { name: '妈妈', phone: '13900139000' }
      }),
      { text: '滑梯还是坏的' }
    )
  ],
  supports: [{ title: '小区旁边想要一块空地', at: '2026-11-29T00:00:00.000Z' }],
  corrections: [],
  pendingUploads: [],
  activitySignUps: [myDataSignUp],
  visitRequests: [],
  council: { ...SELF_REP, picks: 1 },
  pollAnswers: [{ question: '放学后你最想去哪里？', option: '公园', as: 'parent', at: '2026-12-03T02:00:00.000Z' }]
}
const empty: MyDataView = {
  ...view,
  suggestions: [],
  supports: [],
  activitySignUps: [],
  council: null,
  pollAnswers: []
}

describe('我的数据', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    mockedConfirm.mockReset()
  })

  it('shows what is kept and for how long, and saves it as a file in two taps', async () => {
    stubCloud(mockedCall, { suggestions: { myData: answer('suggestions', 'myData', view) } })
    const u = new TestUtils()
    await u.mount(MyDataPage, {})
    await waitUntil(() => text().includes('建议 1 条'), 'what is kept')
    expect(text()).toContain('建议 1 条（含 1 幅画、1 段录音、1 个联系方式、1 次“解决了吗”回答）')
    expect(text()).toContain('“我也想要” 1 个')
    expect(text()).toContain('快问快答的回答 1 个（选了哪一项只有你看得到；投票结束、最后一次计票后删除，只留票数）')
    expect(text()).toContain('活动报名 1 个（家长称呼、手机和孩子年龄，活动结束 30 天后自动删除）')
    expect(text()).toContain('活动报名时留的家长称呼、手机号码和孩子年龄，在活动结束 30 天后删除')
    expect(text()).toContain('保存多久')
    expect(text()).toContain('“我也想要”记住是谁点的 365 天')

    await click(u, byText('.my-data__export', '导出我的数据'))
    expect(prepareExport).toHaveBeenCalledWith(expect.objectContaining({ filename: '我的数据-2026-12-06.json' }))
    const content = (prepareExport as jest.Mock).mock.calls[0][0].content as string
    expect(JSON.parse(content).建议[0]).toMatchObject({ 录音: '5 秒', 联系方式: { 电话: '13900139000' } })
    await waitUntil(() => text().includes('已生成 我的数据-2026-12-06.json'), 'the file is ready')
    await click(u, byText('.my-data__share', '下载文件'))
    expect(shareExport).toHaveBeenCalledWith({ path: 'blob:my-data', filename: '我的数据-2026-12-06.json' })
  })

  it('deletes everything after ONE confirmation that names what goes, the recording too; cancelled sends nothing', async () => {
    let state = view
    stubCloud(mockedCall, {
      suggestions: {
        myData: () => answer('suggestions', 'myData', state),
        deleteAllMyData: () => {
          state = empty
          return answer('suggestions', 'deleteAllMyData', {
            suggestions: 1,
            supports: 1,
            corrections: 0,
            uploads: 0,
            activitySignUps: 1,
            visitRequests: 0,
            council: 1,
            pollAnswers: 1,
            busy: 0,
            filesFailed: 0
          })
        }
      }
    })
    const u = new TestUtils()
    await u.mount(MyDataPage, {})
    await waitUntil(() => text().includes('建议 1 条'), 'what is kept')

    mockedConfirm.mockResolvedValueOnce(false)
    await click(u, byText('.my-data__delete', '删除我的全部数据'))
    expect(requestsTo(mockedCall, 'suggestions', 'deleteAllMyData')).toEqual([])

    mockedConfirm.mockResolvedValueOnce(true)
    await click(u, byText('.my-data__delete', '删除我的全部数据'))
    expect(mockedConfirm).toHaveBeenCalledTimes(2)
    const asked = mockedConfirm.mock.calls[1][0]
    expect(asked.title).toBe('删除我的全部数据？')
    for (const part of [
      '1 段录音',
      '1 幅画',
      '称呼和电话',
      '“解决了吗”回答里写的话',
      '1 个“我也想要”',
      '1 个活动报名',
      '儿童议事会小代表的身份',
      '不能恢复'
    ])
      expect(asked.content).toContain(part)
    await waitUntil(() => text().includes('已删除'), 'the result')
    expect(requestsTo(mockedCall, 'suggestions', 'deleteAllMyData')).toEqual([{ confirmed: true }])
    await waitUntil(() => text().includes('没有和你的微信账号关联的数据了'), 'nothing left')
    expect(document.querySelector('.my-data__delete')).toBeNull()
  })
})
