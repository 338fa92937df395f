// A child in danger: as soon as the words suggest it, the form shows who can help (12355, 110,
// a trusted adult), again on the review step and after sending; the numbers are a tap to call.
import TestUtils from '@tarojs/test-utils-react'
import Taro from '@tarojs/taro'
import { answer, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { callCloud } from '../../services/cloud'
import { useOutboxStore } from '../../stores/useOutboxStore'
import { useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import WritePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const help = () => document.querySelector('.safety-help')

describe('a child in danger', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useOutboxStore.setState({ items: [], progress: {} })
    useSuggestDraftStore.getState().reset(null)
  })

  it('sees 12355, 110 and 告诉一个你信任的大人 as soon as the words match, on the review step and after sending', async () => {
    stubCloud(mockedCall, {
      suggestions: {
        submit: answer('suggestions', 'submit', {
          id: 'x',
          status: 'submitted',
          visibility: 'visible',
          createdAt: '2026-11-28T02:00:00Z',
          duplicate: false
        })
      }
    })
    const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    const u = new TestUtils()
    await u.mount(WritePage, {})
    await click(u, byText('.mode-chooser__option', '我是小朋友'))
    await click(u, document.querySelector('[data-topic="safety"]'))
    await click(u, document.querySelector('.child-wizard__next'))

    await type(u, '.child-wizard__text', '公园里想要秋千')
    expect(help()).toBeNull()
    await type(u, '.child-wizard__text', '爸爸天天 打 我')
    await waitUntil(() => help(), 'the help at once')
    expect(help()!.textContent).toContain('12355 青少年服务台')
    expect(help()!.textContent).toContain('110')
    expect(help()!.textContent).toContain('告诉一个你信任的大人')
    await click(u, document.querySelector('.safety-help__call--12355'))
    expect(call).toHaveBeenCalledWith({ phoneNumber: '12355' })

    await click(u, document.querySelector('.child-wizard__next'))
    await click(u, document.querySelector('.child-wizard__next'))
    await click(u, byText('.child-wizard__age', '6—9岁'))
    await click(u, document.querySelector('.child-wizard__next'))
    expect(help()).not.toBeNull() // the review step

    await click(u, document.querySelector('.child-wizard__send'))
    await waitUntil(() => document.querySelector('.submit-result')?.textContent?.includes('已提交'), '已提交')
    expect(document.querySelector('.submit-result .safety-help')).not.toBeNull()
    await click(u, document.querySelector('.submit-result .safety-help__call--110'))
    expect(call).toHaveBeenLastCalledWith({ phoneNumber: '110' })
    // The suggestion is sent as written: the help never stops it.
    expect(requestsTo(mockedCall, 'suggestions', 'submit')[0].suggestion).toMatchObject({ text: '爸爸天天 打 我' })
    call.mockRestore()
  })
})
