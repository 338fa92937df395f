// 预约参观: a parent fills the form (each error beside its field, in Chinese), sends it once with
// the id a retry keeps, sees it 待联系 and can withdraw it; with an answer, reads it. Without a
// centre: every request of mine.
import TestUtils from '@tarojs/test-utils-react'
import { CHILDCARE, resetPlaceStores } from '../../../tests/fixtures/places'
import { answer, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import { CONFIRMED_PLACES } from '../../domain/places'
import type { MyVisit } from '../../domain/places/visit-egress'
import { callCloud } from '../../services/cloud'
import { confirm, toast } from '../../services/feedback'
import { usePlacesStore } from '../../stores/usePlacesStore'
import VisitPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn(), confirm: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const mockedConfirm = confirm as jest.MockedFunction<typeof confirm>
const text = () => document.body.textContent ?? ''
const centre = CHILDCARE[1]

const visit = (over: Partial<MyVisit> = {}): MyVisit => ({
  id: 'visit-client-0001',
  placeId: centre.id,
  placeName: centre.name,
  childAge: 'age2',
  slot: 'weekday_am',
  guardianName: '王女士',
  guardianPhone: '13812345678',
  status: 'pending',
  createdAt: '2026-12-07T02:00:00.000Z',
  ...over
})

describe('预约参观', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    resetPlaceStores()
    usePlacesStore.setState({ places: [...CONFIRMED_PLACES, ...CHILDCARE] })
  })

  it('checks the form beside each field, sends it once, and shows it waiting', async () => {
    setRouterParams({ placeId: centre.id })
    let mine: MyVisit[] = []
    stubCloud(mockedCall, {
      places: {
        myVisits: () => answer('places', 'myVisits', { items: mine }),
        requestVisit: (req) => {
          const v = req.visit as Record<string, string>
          mine = [visit({ id: v.id, childAge: 'age2', slot: 'weekday_pm', note: v.note })]
          return answer('places', 'requestVisit', { visit: mine[0], duplicate: false })
        }
      }
    })
    const u = new TestUtils()
    await u.mount(VisitPage, {})
    await waitUntil(() => document.querySelector('.visit-form__submit'), 'the form')
    expect(text()).toContain(`预约参观 · ${centre.name}`)
    expect(text()).toContain('示例：这是本地开发用的演示机构')

    await click(u, document.querySelector('.visit-form__submit'))
    await waitUntil(() => text().includes('请选择孩子的年龄'), 'the errors')
    for (const message of ['请选择方便参观的时间', '请填写家长的称呼', '请家长先阅读并同意预约信息的使用说明'])
      expect(text()).toContain(message)
    expect(requestsTo(mockedCall, 'places', 'requestVisit')).toEqual([])

    await click(u, byText('.visit-form__age [role=radio]', '2 岁多'))
    await click(u, byText('.visit-form__slot [role=radio]', '工作日下午'))
    await type(u, '.visit-form__note', '想看看午睡的地方')
    await type(u, '.visit-form__name', '王女士')
    await type(u, '.visit-form__phone', '13812345678')
    await click(u, document.querySelector('.visit-form__consent'))
    await click(u, document.querySelector('.visit-form__submit'))
    await waitUntil(() => text().includes('待联系'), 'the request shown')
    const [sent] = requestsTo(mockedCall, 'places', 'requestVisit')
    expect(sent.visit).toMatchObject({
      placeId: centre.id,
      childAge: 'age2',
      slot: 'weekday_pm',
      note: '想看看午睡的地方',
      guardianName: '王女士',
      guardianPhone: '13812345678',
      consentVersion: 1
    })
    expect(toast).toHaveBeenCalledWith('已提交预约')
    // One open request per centre: no second form until staff answered.
    expect(document.querySelector('.visit-form')).toBeNull()
    expect(text()).toContain('工作人员联系你之前，不用再约这家机构')
  })

  it('a refusal the server sends shows beside its field, and the retry keeps the request’s id', async () => {
    setRouterParams({ placeId: centre.id })
    let calls = 0
    stubCloud(mockedCall, {
      places: {
        myVisits: answer('places', 'myVisits', { items: [] }),
        requestVisit: () => {
          calls += 1
          if (calls === 1)
            return {
              ok: false as const,
              error: { code: 'NOT_FOUND' as const, message: '没有找到这家机构', field: 'placeId' }
            }
          return calls === 2
            ? { ok: false as const, error: { code: 'NETWORK' as const, message: '网络不太好，请稍后重试' } }
            : {
                ok: false as const,
                error: { code: 'VALIDATION' as const, message: '手机号码格式不对', field: 'guardianPhone' }
              }
        }
      }
    })
    const u = new TestUtils()
    await u.mount(VisitPage, {})
    await waitUntil(() => document.querySelector('.visit-form__submit'), 'the form')
    await click(u, byText('.visit-form__age [role=radio]', '还在孕期'))
    await click(u, byText('.visit-form__slot [role=radio]', '都可以'))
    await type(u, '.visit-form__name', '王女士')
    await type(u, '.visit-form__phone', '13812345678')
    await click(u, document.querySelector('.visit-form__consent'))
    await click(u, document.querySelector('.visit-form__submit'))
    // A refusal about a field the form does not show, or about none, is the page's; one about a
    // field the form shows goes beside it.
    await waitUntil(() => document.querySelector('.ui-error')?.textContent?.includes('没有找到这家机构'), 'the error')
    expect(document.querySelector('.visit-form')?.textContent).not.toContain('没有找到这家机构')
    await click(u, document.querySelector('.visit-form__submit'))
    await waitUntil(() => document.querySelector('.ui-error')?.textContent?.includes('网络不太好'), 'the error')
    await click(u, document.querySelector('.visit-form__submit'))
    await waitUntil(
      () => document.querySelector('.visit-form__phone .ui-field__error')?.textContent?.includes('手机号码格式不对'),
      'the field error'
    )
    expect(document.querySelector('.ui-error')).toBeNull()
    const [first, second] = requestsTo(mockedCall, 'places', 'requestVisit')
    expect((second.visit as { id: string }).id).toBe((first.visit as { id: string }).id)
  })

  it('reads the answer; withdraws a waiting request only after confirming', async () => {
    setRouterParams({})
    const answered = visit({
      id: 'visit-answered-01',
      status: 'arranged',
      answer: '已和机构约好 12月10日 上午10点（示例）',
      closedAt: '2026-12-08T02:00:00.000Z'
    })
    stubCloud(mockedCall, {
      places: {
        myVisits: answer('places', 'myVisits', { items: [visit(), answered] }),
        withdrawVisit: answer('places', 'withdrawVisit', { visit: visit({ status: 'withdrawn' }) })
      }
    })
    const u = new TestUtils()
    await u.mount(VisitPage, {})
    await waitUntil(() => text().includes('已约好'), 'the list')
    expect(text()).toContain('答复：已和机构约好 12月10日 上午10点（示例）')
    expect(document.querySelector('.visit-form')).toBeNull()
    expect(document.querySelectorAll('.visit-page__withdraw')).toHaveLength(1)

    mockedConfirm.mockResolvedValueOnce(false)
    await click(u, document.querySelector('.visit-page__withdraw'))
    expect(requestsTo(mockedCall, 'places', 'withdrawVisit')).toEqual([])
    mockedConfirm.mockResolvedValueOnce(true)
    await click(u, document.querySelector('.visit-page__withdraw'))
    await waitUntil(() => text().includes('已撤回'), 'withdrawn')
    expect(requestsTo(mockedCall, 'places', 'withdrawVisit')).toEqual([{ id: 'visit-client-0001' }])
  })

  it('says so when I never asked', async () => {
    setRouterParams({})
    stubCloud(mockedCall, { places: { myVisits: answer('places', 'myVisits', { items: [] }) } })
    const u = new TestUtils()
    await u.mount(VisitPage, {})
    await waitUntil(() => text().includes('还没有参观预约'), 'the empty state')
  })
})
