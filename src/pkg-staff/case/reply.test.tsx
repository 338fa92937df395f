// The staff case page: a reply in the worker's own words (a template only starts it), sent once;
// and a reply waits for 公开.
import TestUtils from '@tarojs/test-utils-react'
import { CHILD_CASE as kid } from '../../../tests/fixtures/staff'
import { answer, deferred, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import type { StaffSuggestion } from '../../domain/staff/api'
import { callCloud } from '../../services/cloud'
import StaffCasePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

describe('staff case: 发送回复 sends once', () => {
  beforeEach(() => mockedCall.mockReset())
  const template = {
    _id: 'tpl-1',
    title: '已收到',
    text: '您好，{社区}已收到您关于“{标题}”的建议。',
    textForChildren: '收到你的建议啦！',
    topics: [],
    active: true,
    updatedAt: '2026-11-28T00:00:00Z',
    updatedBy: '区管理员'
  }
  const open = { ...kid, status: 'accepted' as const, allowed: { ...kid.allowed, reply: true } }
  const pick = async (u: TestUtils) => {
    await waitUntil(() => document.querySelector('.reply-composer__template'), 'the templates')
    await click(u, document.querySelector('.reply-composer__template'))
    await waitUntil(() => document.querySelector('.reply-composer__preview'), 'the preview')
  }
  const field = (name: string) =>
    document.querySelector(`.reply-composer__${name} textarea, .reply-composer__${name} taro-textarea-core`)!
  const type = async (u: TestUtils, name: string, value: string) => {
    await u.act(async () => {
      field(name).dispatchEvent(new CustomEvent('input', { detail: { value } }))
    })
  }

  it('disarms while sending and after success; a retry after a failure sends the same client id', async () => {
    const answers = [deferred<ReturnType<typeof answer<'staff', 'reply'>>>()]
    let calls = 0
    stubCloud(mockedCall, {
      staff: {
        get: answer('staff', 'get', open),
        listTemplates: answer('staff', 'listTemplates', { items: [template] }),
        reply: () => (calls++ === 0 ? failure('NETWORK', '网络不好') : answers[0].promise)
      }
    })
    setRouterParams({ id: 'kid-1' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await pick(u)
    // The preview names the topic, never the child's words.
    expect(document.querySelector('.reply-composer__preview')!.textContent).toContain('关于“玩的地方”的建议')
    expect(document.querySelector('.reply-composer__preview')!.textContent).not.toContain('想要秋千')

    const send = () => click(u, byText('.reply-composer__send', '发送回复'))
    await send()
    await waitUntil(() => document.body.textContent?.includes('网络不好'), 'the failure')
    await send()
    await send()
    expect(requestsTo(mockedCall, 'staff', 'reply')).toHaveLength(2)
    const [first, second] = requestsTo(mockedCall, 'staff', 'reply')
    expect(first.clientId).toEqual(expect.stringMatching(/^reply-/))
    expect(second.clientId).toBe(first.clientId)

    answers[0].resolve(
      answer('staff', 'reply', {
        suggestion: {
          ...open,
          rev: 4,
          replies: [{ id: first.clientId, at: '2026-11-29T00:00:00Z', by: '社工', text: '您好' }]
        },
        notification: { status: 'sent' },
        duplicate: false
      })
    )
    await waitUntil(() => !document.querySelector('.reply-composer__preview'), 'the draft to clear')
    await send()
    expect(requestsTo(mockedCall, 'staff', 'reply')).toHaveLength(2)
    expect(document.body.textContent).toContain('请先写回复，或选一个模板作为开头')

    // A new reply is a new send.
    await pick(u)
    await send()
    const third = requestsTo(mockedCall, 'staff', 'reply')[2]
    expect(third.clientId).not.toBe(first.clientId)
  })

  it('shows each template with its text, starts the draft from it, and sends the worker’s own words', async () => {
    stubCloud(mockedCall, {
      staff: {
        get: answer('staff', 'get', open),
        listTemplates: answer('staff', 'listTemplates', { items: [template] }),
        reply: answer('staff', 'reply', {
          suggestion: { ...open, rev: 4 },
          notification: { status: 'sent' },
          duplicate: false
        })
      }
    })
    setRouterParams({ id: 'kid-1' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.reply-composer__template'), 'the templates')
    // The template's text is there to read before choosing, filled for this suggestion.
    expect(document.querySelector('.reply-composer__template')!.textContent).toContain('已收到您关于“玩的地方”的建议')
    // The status steps come before the reply on the page.
    const order = Array.from(document.querySelectorAll('.case-actions, .reply-composer')).map((e) => e.className)
    expect(order[0]).toContain('case-actions')
    expect(order[1]).toContain('reply-composer')
    await pick(u)
    await type(u, 'text', '您好，秋千下个月装好。')
    await type(u, 'child-text', '')
    await click(u, byText('.reply-composer__send', '发送回复'))
    // A child's suggestion needs words for the child: said at the field, nothing sent.
    expect(document.querySelector('.reply-composer__child-text')!.textContent).toContain('请写一段给小朋友看的回复')
    expect(requestsTo(mockedCall, 'staff', 'reply')).toEqual([])
    await type(u, 'child-text', '秋千下个月就装好啦！')
    await waitUntil(
      () => document.querySelector('.reply-composer__preview')!.textContent!.includes('给小朋友：秋千下个月就装好啦！'),
      'both in the preview'
    )
    await click(u, byText('.reply-composer__send', '发送回复'))
    await waitUntil(() => requestsTo(mockedCall, 'staff', 'reply').length === 1, 'the send')
    expect(requestsTo(mockedCall, 'staff', 'reply')[0]).toMatchObject({
      id: 'kid-1',
      templateId: 'tpl-1',
      text: '您好，秋千下个月装好。',
      textForChildren: '秋千下个月就装好啦！'
    })
  })
})

describe('staff case: a reply waits for 公开', () => {
  beforeEach(() => mockedCall.mockReset())

  it('marks it waiting with what will not leave, and an admin approves exactly what is shown', async () => {
    const text = '秋千下个月装好，有问题请打13900139000'
    const waiting: StaffSuggestion = {
      ...kid,
      publication: 'approved',
      replies: [{ id: 'reply-abc-0001', at: '2026-11-29T00:00:00Z', by: '社工', text, publication: 'pending' }],
      allowed: { ...kid.allowed, publish: false, publishReply: true }
    }
    stubCloud(mockedCall, {
      staff: {
        get: answer('staff', 'get', waiting),
        publishReply: () =>
          answer('staff', 'publishReply', {
            ...waiting,
            rev: 4,
            replies: [{ ...waiting.replies[0], publication: 'approved' }],
            allowed: { ...waiting.allowed, publishReply: false }
          })
      }
    })
    setRouterParams({ id: 'kid-1' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.reply-card__approve'), 'the approve button')
    const card = document.querySelector('.reply-card')!
    expect(card.textContent).toContain('待公开审核')
    expect(card.querySelector('.highlighted__hit')?.textContent).toBe('13900139000')
    expect(card.textContent).toContain('不会出现在公示栏')
    await click(u, document.querySelector('.reply-card__approve'))
    await waitUntil(() => !document.querySelector('.reply-card__approve'), 'the approval')
    expect(document.querySelector('.reply-card')!.textContent).not.toContain('待公开审核')
    expect(requestsTo(mockedCall, 'staff', 'publishReply')).toEqual([
      { id: 'kid-1', replyId: 'reply-abc-0001', text, rev: 3 }
    ])
  })
})
