// Before sending, see similar ones: once a topic and a street are chosen, up to three public
// suggestions about the same thing nearby, each with 我也想要 (support); sending stays possible.
import TestUtils from '@tarojs/test-utils-react'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import type { PublicSuggestion } from '../../domain/suggestions/model'
import { callCloud } from '../../services/cloud'
import { useOutboxStore } from '../../stores/useOutboxStore'
import { useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import WritePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const JIEFANGBEI = '500103003'
const swing: PublicSuggestion = {
  id: 'pub-1',
  topic: 'play',
  title: '小区空地想要秋千',
  text: '孩子们没有地方玩',
  street: JIEFANGBEI,
  status: 'adopted',
  supportCount: 4,
  createdAt: '2026-11-01T00:00:00Z'
}

describe('suggest: similar ones before sending', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useOutboxStore.setState({ items: [], progress: {} })
    useSuggestDraftStore.getState().reset(null)
  })

  it('a parent sees a similar public one after topic and street, supports it, and can still send', async () => {
    let supportFails = true
    stubCloud(mockedCall, {
      suggestions: {
        similar: answer('suggestions', 'similar', { items: [swing] }),
        support: () =>
          supportFails
            ? failure('RATE_LIMITED', '每小时最多为 60 条建议点“我也想要”')
            : answer('suggestions', 'support', { supportCount: 5, added: true })
      }
    })
    const u = new TestUtils()
    await u.mount(WritePage, {})
    await click(u, byText('.mode-chooser__option', '我是家长'))
    await click(u, document.querySelector('[data-topic="play"]'))
    // A topic alone is not "nearby": nothing is asked yet.
    expect(requestsTo(mockedCall, 'suggestions', 'similar')).toEqual([])

    await click(u, byText('.street-picker__streets .ui-chip', '解放碑'))
    await waitUntil(() => document.querySelector('.similar'), 'the similar ones')
    expect(requestsTo(mockedCall, 'suggestions', 'similar')).toEqual([{ topic: 'play', street: JIEFANGBEI }])
    expect(document.querySelector('.similar')?.textContent).toContain('附近已有类似的建议')
    expect(document.querySelector('.similar__item')?.textContent).toContain('小区空地想要秋千')
    expect(document.querySelector('.similar__item')?.textContent).toContain('4 人想要')

    await click(u, byText('.similar__support', '我也想要'))
    await waitUntil(() => document.querySelector('.similar__error'), 'the refusal')
    expect(document.querySelector('.similar__error')?.textContent).toContain('每小时最多')
    supportFails = false
    await click(u, byText('.similar__support', '我也想要'))
    await waitUntil(() => byText('.similar__support', '已支持'), 'supported')
    expect(requestsTo(mockedCall, 'suggestions', 'support')).toEqual([{ id: 'pub-1' }, { id: 'pub-1' }])
    expect(document.querySelector('.similar__item')?.textContent).toContain('5 人想要')
    expect(document.querySelector('.adult-form__submit')).not.toBeNull()
  })

  it('shows nothing when there is nothing similar (the form just goes on)', async () => {
    stubCloud(mockedCall, { suggestions: { similar: answer('suggestions', 'similar', { items: [] }) } })
    useSuggestDraftStore.getState().update({ mode: 'child', step: 2, topic: 'play' })
    const u = new TestUtils()
    await u.mount(WritePage, {})
    await click(u, byText('.street-picker__streets .ui-chip', '解放碑'))
    await waitUntil(() => requestsTo(mockedCall, 'suggestions', 'similar').length === 1, 'the question')
    expect(document.querySelector('.similar')).toBeNull()
    expect(document.querySelector('.child-wizard__next')).not.toBeNull()
  })

  it('a child sees them in child words at the 在哪里 step', async () => {
    stubCloud(mockedCall, { suggestions: { similar: answer('suggestions', 'similar', { items: [swing] }) } })
    useSuggestDraftStore.getState().update({ mode: 'child', step: 2, topic: 'play', street: JIEFANGBEI })
    const u = new TestUtils()
    await u.mount(WritePage, {})
    await waitUntil(() => document.querySelector('.similar'), 'the similar ones')
    expect(document.querySelector('.similar')?.textContent).toContain('别人也提过这些，你也想要吗？')
  })
})
