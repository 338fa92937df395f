import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import { policyDocument } from '../../domain/policy/content'
import { kidsAnswerFor, kidsSentences } from '../../domain/policy/kids'
import { useIntentStore } from '../../stores/useIntentStore'
import { useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import PolicyQaDetailPage from './index'

// WeChat's single-page mode (a page opened from 朋友圈) is off unless a test turns it on.
const mockSinglePage = jest.fn(() => false)
jest.mock('../../services/launch', () => ({ isSinglePageMode: () => mockSinglePage() }))

const q3 = policyDocument.qa.find((q) => q.id === 'q3')!

describe('policy answer page', () => {
  let switchTab: jest.SpyInstance
  beforeEach(() => {
    switchTab = jest.spyOn(Taro, 'switchTab').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }))
    useIntentStore.setState({ mapCategory: null })
  })
  afterEach(() => switchTab.mockRestore())

  it('shows the official answer with the search hits, then the version for children', async () => {
    setRouterParams({ id: 'q3', q: encodeURIComponent('托育') })
    const u = new TestUtils()
    await u.mount(PolicyQaDetailPage, {})
    await u.queries.waitForQueryByText(q3.question)
    expect(document.body.textContent).toContain(q3.answer[0].slice(0, 30))
    expect(Array.from(document.querySelectorAll('.highlighted__hit')).some((n) => n.textContent === '托育')).toBe(true)

    const kidsTab = Array.from(document.querySelectorAll('.segment-tabs__tab')).find(
      (t) => t.textContent === '给小朋友'
    ) as HTMLElement
    await u.act(() => u.fireEvent.click(kidsTab))
    const kids = kidsAnswerFor('q3')!
    await waitUntil(() => document.querySelector('.qa-detail__kids'), 'the children’s version')
    expect(document.body.textContent).toContain(kidsSentences(kids.text)[0])
    expect(document.body.textContent).toContain(kids.question)
    expect(document.body.textContent).not.toContain(q3.answer[0].slice(0, 30))
  })

  it('links the childcare target to the childcare map, and any answer to a prefilled suggestion', async () => {
    setRouterParams({ id: 'q3' })
    const u = new TestUtils()
    await u.mount(PolicyQaDetailPage, {})
    await u.queries.waitForQueryByText('查看附近的托育机构')
    expect(document.body.textContent).toContain('分享给朋友')

    await u.act(() =>
      u.fireEvent.click(u.queries.queryByText('查看附近的托育机构', '.qa-detail__action') as HTMLElement)
    )
    expect(useIntentStore.getState().mapCategory).toBe('childcare')
    expect(switchTab).toHaveBeenLastCalledWith({ url: '/pages/map/index' })

    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    try {
      await u.act(() =>
        u.fireEvent.click(u.queries.queryByText('就这个问题提建议', '.qa-detail__action') as HTMLElement)
      )
      expect(useSuggestDraftStore.getState().prefill).toEqual({ source: 'policy', refId: 'q3', about: q3.question })
      expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pkg-suggest/write/index' })
    } finally {
      navigateTo.mockRestore()
    }
  })

  it('offers no childcare link where the answer states no childcare target', async () => {
    setRouterParams({ id: 'q5' })
    const u = new TestUtils()
    await u.mount(PolicyQaDetailPage, {})
    await u.queries.waitForQueryByText('就这个问题提建议')
    expect(document.body.textContent).not.toContain('查看附近的托育机构')
  })

  it('explains an unknown question instead of showing a blank page', async () => {
    setRouterParams({ id: 'q99' })
    const u = new TestUtils()
    await u.mount(PolicyQaDetailPage, {})
    await u.queries.waitForQueryByText('没有找到这个问题', '*')
  })

  describe('opened from 朋友圈 (single-page mode: no tab bar, no other page, no share button)', () => {
    beforeEach(() => mockSinglePage.mockReturnValue(true))
    afterEach(() => mockSinglePage.mockReturnValue(false))

    it('shows the whole answer and its children’s version, and no action that cannot work there', async () => {
      setRouterParams({ id: 'q3' })
      const u = new TestUtils()
      await u.mount(PolicyQaDetailPage, {})
      await u.queries.waitForQueryByText(q3.question)
      expect(document.body.textContent).toContain(q3.answer[0].slice(0, 30))
      // No button at all: each would lead to another page, or is a button open-type.
      expect(document.querySelectorAll('.qa-detail__action, taro-button-core')).toHaveLength(0)
      expect(document.body.textContent).toContain('点下方“前往小程序”')
      const kidsTab = Array.from(document.querySelectorAll('.segment-tabs__tab')).find(
        (t) => t.textContent === '给小朋友'
      ) as HTMLElement
      await u.act(() => u.fireEvent.click(kidsTab))
      await waitUntil(() => document.querySelector('.qa-detail__kids'), 'the children’s version')
    })

    it('an unknown question says so without a link to another page', async () => {
      setRouterParams({ id: 'q99' })
      const u = new TestUtils()
      await u.mount(PolicyQaDetailPage, {})
      await u.queries.waitForQueryByText('没有找到这个问题', '*')
      expect(document.querySelectorAll('taro-button-core')).toHaveLength(0)
    })
  })
})
