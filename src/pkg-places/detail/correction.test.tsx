// 信息有误？纠错 on the place detail page: the sheet with the kinds and a note, the checks before
// sending, one id for every retry, the thank-you and the way to 我的纠错.
import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { CHILDCARE, resetPlaceStores } from '../../../tests/fixtures/places'
import { whoAmIAs } from '../../../tests/fixtures/staff'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import { callCloud } from '../../services/cloud'
import { askForStatusUpdates } from '../../services/subscribe'
import { useSessionStore } from '../../stores/useSessionStore'
import { usePlacesStore } from '../../stores/usePlacesStore'
import PlaceDetailPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/subscribe', () => ({ askForStatusUpdates: jest.fn() }))
const mockedAsk = askForStatusUpdates as jest.MockedFunction<typeof askForStatusUpdates>
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
/** The place page asks for its coming activities too: none here. */
const NO_ACTIVITIES = { list: answer('activities', 'list', { items: [] }) }
const PLACE = CHILDCARE[0]
const text = () => document.body.textContent ?? ''

async function openSheet(u: TestUtils) {
  setRouterParams({ id: PLACE.id })
  await u.mount(PlaceDetailPage, {})
  await waitUntil(() => document.querySelector('.place-detail__correct'), 'the 纠错 button')
  await click(u, document.querySelector('.place-detail__correct'))
  await waitUntil(() => document.querySelector('.correction-sheet'), 'the sheet')
}

describe('place detail: 纠错', () => {
  beforeEach(() => {
    resetPlaceStores()
    usePlacesStore.setState({ places: [...CHILDCARE] })
    mockedCall.mockReset()
  })

  it('offers one way to report wrong information: the 纠错 button, no sentence sending people elsewhere', async () => {
    stubCloud(mockedCall, {
      activities: NO_ACTIVITIES,
      places: { get: answer('places', 'get', { place: PLACE }) }
    })
    setRouterParams({ id: PLACE.id })
    const u = new TestUtils()
    await u.mount(PlaceDetailPage, {})
    await waitUntil(() => document.querySelector('.place-detail__correct'), 'the 纠错 button')
    expect(text().match(/信息有误/g)).toHaveLength(1)
    expect(document.querySelector('.place-detail__correct')?.textContent).toContain('信息有误？纠错')
  })

  it('asks what is wrong, sends it once with a note, thanks and leads to 我的纠错', async () => {
    let calls = 0
    stubCloud(mockedCall, {
      activities: NO_ACTIVITIES,
      places: {
        get: answer('places', 'get', { place: PLACE }),
        // The first send fails on the network; the retry carries the same id.
        reportCorrection: () =>
          ++calls === 1
            ? failure('NETWORK')
            : answer('places', 'reportCorrection', {
                id: 'x',
                status: 'pending',
                createdAt: '2026-12-01T01:00:00.000Z',
                duplicate: false
              })
      }
    })
    mockedAsk.mockReset().mockResolvedValue('accepted')
    useSessionStore.setState({ me: { ...whoAmIAs('citizen'), subscribeTemplateId: 'tmpl-reply' } })
    const u = new TestUtils()
    await openSheet(u)
    expect(document.querySelector('.ui-sheet__panel')?.getAttribute('aria-label')).toBe('信息有误？纠错')
    expect(text()).toContain('不需要留你的姓名和电话')
    await click(u, document.querySelector('.correction-sheet__submit'))
    expect(text()).toContain('请选择哪里不对')
    expect(requestsTo(mockedCall, 'places', 'reportCorrection')).toEqual([])

    await click(u, byText('.correction-sheet__kinds .ui-chip', '电话不对'))
    await type(u, '.correction-sheet__note', '我的号码 13800138000')
    await click(u, document.querySelector('.correction-sheet__submit'))
    expect(text()).toContain('不要写电话号码')
    expect(requestsTo(mockedCall, 'places', 'reportCorrection')).toEqual([])

    await type(u, '.correction-sheet__note', '打过去是空号（示例）')
    await click(u, document.querySelector('.correction-sheet__submit'))
    await waitUntil(() => text().includes('网络连接失败'), 'the network error')
    await click(u, document.querySelector('.correction-sheet__submit'))
    await waitUntil(() => text().includes('已收到！'), 'the thank-you')
    const sent = requestsTo(mockedCall, 'places', 'reportCorrection')
    expect(sent).toHaveLength(2)
    expect(sent[0]).toEqual({
      correction: {
        id: expect.stringMatching(/^corr-/),
        placeId: PLACE.id,
        kind: 'phone',
        note: '打过去是空号（示例）'
      }
    })
    expect(sent[1]).toEqual(sent[0])
    // Each send's tap asked to hear the outcome (WeChat grants one message per accepted tap);
    // the refused tries sent nothing and asked nothing.
    expect(mockedAsk.mock.calls).toEqual([['tmpl-reply'], ['tmpl-reply']])

    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    await click(u, document.querySelector('.correction-sheet__mine'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pkg-places/corrections/index' })
    expect(document.querySelector('.correction-sheet')).toBeNull()
    navigateTo.mockRestore()
  })

  it('asks for a sentence with 其他, and shows the server refusal in its words', async () => {
    stubCloud(mockedCall, {
      activities: NO_ACTIVITIES,
      places: {
        get: answer('places', 'get', { place: PLACE }),
        reportCorrection: failure('RATE_LIMITED', '每小时最多提交 10 条纠错，请稍后再试')
      }
    })
    const u = new TestUtils()
    await openSheet(u)
    await click(u, byText('.correction-sheet__kinds .ui-chip', '其他'))
    await click(u, document.querySelector('.correction-sheet__submit'))
    expect(text()).toContain('选了“其他”，请写一句哪里不对')
    await type(u, '.correction-sheet__note', '门牌换了（示例）')
    await click(u, document.querySelector('.correction-sheet__submit'))
    await waitUntil(() => text().includes('每小时最多提交 10 条纠错'), 'the refusal')
    expect(text()).not.toContain('已收到！')
  })
})
