import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { ANSWERED, correctionView } from '../../../tests/fixtures/corrections'
import { answer, failure, stubCloud } from '../../../tests/setup/cloud-stub'
import { click } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { callCloud } from '../../services/cloud'
import MyCorrectionsPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''

describe('我的纠错', () => {
  beforeEach(() => mockedCall.mockReset())

  it('lists my reports with their status in words and the answer, and opens the place', async () => {
    const { resolvedBy: _r, changed: _c, ...mine } = ANSWERED
    stubCloud(mockedCall, {
      places: {
        myCorrections: answer('places', 'myCorrections', {
          items: [correctionView('corr-pending', { kind: 'hours', note: undefined }), mine]
        })
      }
    })
    const u = new TestUtils()
    await u.mount(MyCorrectionsPage, {})
    await waitUntil(() => document.querySelectorAll('.correction-card').length === 2, 'two reports')
    const cards = Array.from(document.querySelectorAll('.correction-card')).map((c) => c.textContent)
    expect(cards[0]).toContain('待处理')
    expect(cards[0]).toContain('开放时间不对')
    expect(cards[0]).toContain('提交于 2026-11-30 10:00')
    expect(cards[1]).toContain('已更正')
    expect(cards[1]).toContain('答复：已更新电话（示例）')
    // The reporter never sees who answered or the staff's change list.
    expect(text()).not.toContain('示例区级管理员')
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    await click(u, document.querySelectorAll('.correction-card')[1])
    expect(navigateTo).toHaveBeenCalledWith({ url: `/pkg-places/detail/index?id=${ANSWERED.placeId}` })
    navigateTo.mockRestore()
  })

  it('says when there is none, and the error with 重试', async () => {
    stubCloud(mockedCall, { places: { myCorrections: answer('places', 'myCorrections', { items: [] }) } })
    const u = new TestUtils()
    await u.mount(MyCorrectionsPage, {})
    await waitUntil(() => text().includes('还没有纠错'), 'the empty state')

    stubCloud(mockedCall, { places: { myCorrections: failure('NETWORK') } })
    const v = new TestUtils()
    await v.mount(MyCorrectionsPage, {})
    await waitUntil(() => text().includes('网络连接失败'), 'the error')
    expect(text()).toContain('重试')
  })
})
