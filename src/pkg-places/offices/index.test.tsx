import TestUtils from '@tarojs/test-utils-react'
import { answer, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import { OFFICES } from '../../../tests/fixtures/places'
import { callCloud } from '../../services/cloud'
import { callPhone } from '../../services/phone'
import OfficesPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/phone', () => ({ callPhone: jest.fn(async () => true) }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''

describe('联系我的社区', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    stubCloud(mockedCall, { places: { offices: answer('places', 'offices', { offices: OFFICES }) } })
  })

  it('from a suggestion: the street office first, then that suggestion’s community; each fact or 暂无, never a guess', async () => {
    setRouterParams({ street: '500103003', community: '500103003019' })
    const u = new TestUtils()
    await u.mount(OfficesPage, {})
    await waitUntil(() => text().includes('大井巷社区居民委员会（你选的社区）'), 'the offices')
    const names = Array.from(document.querySelectorAll('.office-card__name')).map((n) => n.textContent)
    expect(names).toEqual(['解放碑街道办事处', '大井巷社区居民委员会（你选的社区）', '自力巷社区居民委员会'])
    expect(text()).toContain('街道还没有录入这里的地址和电话，暂无。')
    expect(text()).toContain('地址：渝中区大井巷（示例）')
    expect(text()).toContain('办公时间：周一至周五 09:00–17:30周六、周日 休息')
    // Said once, beside each group of days.
    expect(text().split('办公时间').length - 1).toBe(1)
    expect(text()).toContain('信息来源：电话核实（示例） · 2026-12-01 核实')
    await click(u, byText('.office-card__call', '拨打 023-63000001'))
    expect(callPhone).toHaveBeenCalledWith('023-63000001')
    expect(requestsTo(mockedCall, 'places', 'offices')).toEqual([{ street: '500103003' }])
    // No division code on the screen.
    expect(text()).not.toContain('500103003')
  })

  it('from 我的 with no street known: asks for one first, and asks nothing of the cloud until then', async () => {
    setRouterParams({})
    const u = new TestUtils()
    await u.mount(OfficesPage, {})
    await waitUntil(() => text().includes('先选你住的或孩子上学的街道'), 'the prompt')
    expect(requestsTo(mockedCall, 'places', 'offices')).toEqual([])
    await click(u, byText('.street-picker__streets .ui-chip', '解放碑'))
    await waitUntil(() => text().includes('大井巷社区居民委员会'), 'the offices')
  })
})
