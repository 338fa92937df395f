// The staff inbox's loading: one request per opening and showing, the last filter wins, 重试.
import TestUtils from '@tarojs/test-utils-react'
import { inboxItem, whoAmIAs } from '../../../tests/fixtures/staff'
import { answer, deferred, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, fireDidShow } from '../../../tests/setup/interact'
import {
  ALL,
  NEW_ONLY,
  cards,
  open,
  page,
  resetInbox,
  statusChip,
  type InboxAnswer
} from '../../../tests/setup/staff-inbox'
import { waitUntil } from '../../../tests/setup/wait'
import { callCloud } from '../../services/cloud'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

describe('staff inbox loading', () => {
  beforeEach(() => resetInbox(mockedCall))

  it('sends one list request when it opens, and one each time it shows again', async () => {
    const u = new TestUtils()
    await open(u)
    await u.queries.waitForQueryByText('公园缺少饮水点')
    expect(requestsTo(mockedCall, 'staff', 'inbox')).toHaveLength(1)
    // Who the worker is comes from the one who-am-I, asked once.
    expect(requestsTo(mockedCall, 'user', 'whoami')).toHaveLength(1)
    expect(
      mockedCall.mock.calls.filter(([name]) => name === 'staff').map(([, req]) => (req as { action: string }).action)
    ).toEqual(['inbox'])
    // Coming back to the page asks again, once.
    await u.act(async () => fireDidShow())
    await waitUntil(() => requestsTo(mockedCall, 'staff', 'inbox').length === 2, 'the refresh on show')
    await u.act(async () => fireDidShow())
    await waitUntil(() => requestsTo(mockedCall, 'staff', 'inbox').length === 3, 'the next refresh')
  })

  it('shows the last filter tapped even when an earlier answer comes later', async () => {
    const answers: Array<ReturnType<typeof deferred<InboxAnswer>>> = []
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('community_worker')) },
      staff: {
        inbox: () => {
          const d = deferred<InboxAnswer>()
          answers.push(d)
          return d.promise
        }
      }
    })
    const u = new TestUtils()
    await open(u)
    await click(u, statusChip('待受理')) // asks for submitted only
    await click(u, statusChip('全部')) // then everything: this is what must stay on screen
    expect(requestsTo(mockedCall, 'staff', 'inbox').map((r) => r.filter?.status)).toEqual([
      undefined,
      ['submitted'],
      undefined
    ])

    // The backend answers the last request first, then the older ones.
    await u.act(async () => answers[2].resolve(ALL))
    await waitUntil(() => cards().length === 2, 'the full list')
    await u.act(async () => answers[1].resolve(NEW_ONLY))
    await u.act(async () => answers[0].resolve(page(inboxItem('x', '旧的回答'))))
    await new Promise((r) => setTimeout(r, 50))
    expect(cards()).toHaveLength(2)
    expect(cards().join()).toContain('公园缺少饮水点')
    expect(cards().join()).not.toContain('旧的回答')
    expect(document.body.textContent).toContain('共 2 条')
    expect(statusChip('全部').getAttribute('aria-checked')).toBe('true')
  })

  it('says why the list failed and loads it again on 重试', async () => {
    let fail = true
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('community_worker')) },
      staff: {
        inbox: () => (fail ? { ok: false, error: { code: 'NETWORK', message: '网络连接失败，请检查网络后重试' } } : ALL)
      }
    })
    const u = new TestUtils()
    await open(u)
    await u.queries.waitForQueryByText('网络连接失败，请检查网络后重试')
    fail = false
    await click(u, byText('.ui-error__retry', '重试'))
    await waitUntil(() => cards().length === 2, 'the list after retry')
    expect(document.querySelector('.ui-error')).toBeNull()
  })
})
