// 已支持 in the similar ones before sending, as on the board: the server says which I supported.
import TestUtils from '@tarojs/test-utils-react'
import { answer, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import type { BoardItem } from '../../domain/suggestions/model'
import { callCloud } from '../../services/cloud'
import { SimilarSuggestions } from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const item = (id: string, title: string, supportedByMe: boolean): BoardItem => ({
  id,
  topic: 'play',
  title,
  text: '',
  street: '500103003',
  status: 'adopted',
  supportCount: 3,
  createdAt: '2026-11-01T00:00:00Z',
  supportedByMe
})

describe('SimilarSuggestions', () => {
  it('shows 已支持 on the ones I supported before, 我也想要 on the others', async () => {
    stubCloud(mockedCall, {
      suggestions: {
        similar: answer('suggestions', 'similar', {
          items: [item('mine', '想要秋千', true), item('other', '想要沙坑', false)]
        }),
        support: answer('suggestions', 'support', { supportCount: 4, added: true })
      }
    })
    const u = new TestUtils()
    await u.mount(SimilarSuggestions, { props: { topic: 'play', street: '500103003', child: true } })
    await waitUntil(() => document.querySelectorAll('.similar__item').length === 2, 'the similar ones')
    const buttons = () => Array.from(document.querySelectorAll('.similar__support')).map((b) => b.textContent)
    expect(buttons()).toEqual(['已支持', '我也想要'])
    await click(u, byText('.similar__support', '我也想要'))
    await waitUntil(() => buttons()[1] === '已支持', 'supported')
    expect(requestsTo(mockedCall, 'suggestions', 'support')).toEqual([{ id: 'other' }])
    expect(document.querySelectorAll('.similar__item')[1].textContent).toContain('4 人想要')
  })
})
