import TestUtils from '@tarojs/test-utils-react'
import Taro from '@tarojs/taro'
import { answer, failure, stubCloud, type CloudAnswers } from '../../../tests/setup/cloud-stub'
import { click } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import type { WhoAmI } from '../../domain/cloud-api'
import { callCloud } from '../../services/cloud'
import { askForNewSuggestionNotices, askForStatusUpdates } from '../../services/subscribe'
import { closedChildSuggestion } from '../../../tests/fixtures/follow-up'
import { whoAmIAs } from '../../../tests/fixtures/staff'
import { useSessionStore } from '../../stores/useSessionStore'
import { useSettingsStore } from '../../stores/useSettingsStore'
import MinePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/subscribe', () => ({ askForNewSuggestionNotices: jest.fn(), askForStatusUpdates: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const mockedAsk = askForNewSuggestionNotices as jest.MockedFunction<typeof askForNewSuggestionNotices>

const worker: WhoAmI = {
  idHint: '…bei',
  role: 'community_worker',
  roleLabel: '社区工作者',
  name: '示例社工 · 大井巷',
  scope: {},
  backend: 'local'
}

// whoami for the identity card (or what the test says instead), an empty list for 我的建议.
const mineAnswers = (whoami: CloudAnswers['user'] = { whoami: answer('user', 'whoami', worker) }): CloudAnswers => ({
  user: whoami,
  suggestions: { listMine: answer('suggestions', 'listMine', { items: [] }) },
  staff: { waiting: answer('staff', 'waiting', { submitted: 0, noticeCredits: 0 }) }
})

describe('mine page', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useSessionStore.setState({ status: 'idle', me: null, error: null })
  })

  it('shows who the cloud says the user is', async () => {
    stubCloud(mockedCall, mineAnswers())
    const u = new TestUtils()
    await u.mount(MinePage, {})
    await u.queries.waitForQueryByText('社区工作者')
    expect(document.body.textContent).toContain('示例社工 · 大井巷')
    expect(document.querySelector('.mine__about')?.textContent).toMatch(/^本地开发环境（示例数据） · 编号 …/)
    expect(mockedCall).toHaveBeenCalledWith('user', { action: 'whoami' })
    expect(mockedCall).toHaveBeenCalledWith('suggestions', { action: 'listMine' })
    await u.queries.waitForQueryByText('还没有建议')
  })

  it.each([
    ['我的活动', '.mine__activities', '/pkg-activities/mine/index'],
    ['参观预约', '.mine__visits', '/pkg-places/visit/index'],
    // Staff (the default answers are a community worker's): every staff page beside the inbox.
    ['全部工作工具', '.mine__tools', '/pkg-staff/tools/index']
  ])('leads to %s', async (_name, selector, url) => {
    stubCloud(mockedCall, mineAnswers())
    const u = new TestUtils()
    await u.mount(MinePage, {})
    await waitUntil(() => document.querySelector(selector), `the ${_name} link`)
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    try {
      await click(u, document.querySelector(selector))
      expect(navigateTo).toHaveBeenCalledWith({ url })
    } finally {
      navigateTo.mockRestore()
    }
  })

  it('shows a Chinese error and recovers on retry', async () => {
    let online = false
    stubCloud(
      mockedCall,
      mineAnswers({
        whoami: () => (online ? answer('user', 'whoami', worker) : failure('NETWORK', '网络连接失败，请检查网络后重试'))
      })
    )
    const u = new TestUtils()
    await u.mount(MinePage, {})
    await u.queries.waitForQueryByText('网络连接失败，请检查网络后重试')
    const retry = document.querySelector('.mine__retry') as HTMLElement
    online = true
    await u.act(() => u.fireEvent.click(retry))
    await u.queries.waitForQueryByText('社区工作者')
    expect(mockedCall.mock.calls.filter(([name]) => name === 'user')).toHaveLength(2)
  })
})

describe('staff entry on 我的', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    mockedAsk.mockReset()
    useSessionStore.setState({ status: 'idle', me: null, error: null })
  })

  it('shows how many new suggestions wait, and subscribes to 新建议提醒 in the tap before telling the server', async () => {
    let credits = 0
    const order: string[] = []
    stubCloud(mockedCall, {
      ...mineAnswers({ whoami: answer('user', 'whoami', { ...worker, staffNoticeTemplateId: 'tpl-new' }) }),
      staff: {
        waiting: () => answer('staff', 'waiting', { submitted: 3, noticeCredits: credits }),
        subscribeNotice: (r) => {
          order.push('server')
          credits += r.accepted ? 1 : 0
          return answer('staff', 'subscribeNotice', { noticeCredits: credits })
        }
      }
    })
    mockedAsk.mockImplementation(() => {
      order.push('ask')
      return Promise.resolve('accepted')
    })
    const u = new TestUtils()
    await u.mount(MinePage, {})
    await u.queries.waitForQueryByText('3 条待受理 ›')
    // 工作台 comes first, right under who I am, before 我的建议 and 设置.
    const sections = Array.from(document.querySelectorAll('.mine__card, .mine__workbench, .section-title'))
    expect(sections.slice(0, 3).map((e) => e.textContent?.slice(0, 4))).toEqual(['社区工作', '工作台：', '我的建议'])
    await click(u, document.querySelector('.staff-entry-card__subscribe'))
    await waitUntil(() => document.body.textContent?.includes('还能提醒你 1 次'), 'one notice allowed')
    expect(mockedAsk).toHaveBeenCalledWith('tpl-new')
    expect(order).toEqual(['ask', 'server'])
    expect(document.querySelector('.staff-entry-card__subscribe')?.textContent).toContain('再订阅一次')
  })

  it.each([
    ['community_worker', '有新建议或参观预约时，用微信提醒你'],
    ['department_staff', '有新建议时，用微信提醒你']
  ] as const)(
    'says visit requests come with the reminder only to staff who arrange visits (%s)',
    async (role, says) => {
      stubCloud(
        mockedCall,
        mineAnswers({ whoami: answer('user', 'whoami', { ...whoAmIAs(role), staffNoticeTemplateId: 'tpl-new' }) })
      )
      const u = new TestUtils()
      await u.mount(MinePage, {})
      await waitUntil(() => document.querySelector('.staff-entry-card__notice-text'), 'the reminder row')
      expect(document.querySelector('.staff-entry-card__notice-text')?.textContent).toContain(says)
    }
  )

  it('tells the server nothing when the request is declined, and offers no 订阅 without a template', async () => {
    stubCloud(
      mockedCall,
      mineAnswers({ whoami: answer('user', 'whoami', { ...worker, staffNoticeTemplateId: 'tpl-new' }) })
    )
    mockedAsk.mockResolvedValue('rejected')
    const u = new TestUtils()
    await u.mount(MinePage, {})
    await waitUntil(() => document.querySelector('.staff-entry-card__subscribe'), 'the subscribe button')
    await click(u, document.querySelector('.staff-entry-card__subscribe'))
    await waitUntil(() => mockedAsk.mock.calls.length === 1, 'the request')
    await new Promise((r) => setTimeout(r, 50))
    expect(mockedCall.mock.calls.filter(([, p]) => (p as { action: string }).action === 'subscribeNotice')).toEqual([])

    useSessionStore.setState({ status: 'idle', me: null, error: null })
    mockedCall.mockReset()
    stubCloud(mockedCall, mineAnswers())
    const v = new TestUtils()
    await v.mount(MinePage, {})
    await v.queries.waitForQueryByText('社区工作者')
    await waitUntil(() => document.querySelector('.mine__staff'), 'the staff entry')
    expect(document.querySelector('.staff-entry-card__subscribe')).toBeNull()
  })
})

describe('care mode (关怀模式)', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    stubCloud(mockedCall, mineAnswers())
    useSettingsStore.setState({ careMode: null })
  })

  it('the switch puts the care-mode class on the page root, and it survives a restart', async () => {
    const u = new TestUtils()
    await u.mount(MinePage, {})
    await u.queries.waitForQueryByText('关怀模式')
    expect(document.querySelector('.page-shell')!.classList.contains('care-mode')).toBe(false)

    const toggle = document.querySelector('.mine__care-switch') as HTMLElement
    expect(toggle.getAttribute('aria-checked')).toBe('false')
    await u.act(async () => u.fireEvent.click(toggle))
    await waitUntil(() => document.querySelector('.page-shell')!.classList.contains('care-mode'), 'care-mode class')
    expect(useSettingsStore.getState().careMode).toBe(true)
    expect(toggle.textContent).toContain('已开启')
    // The browser's tab bar sits outside every page: the document root carries care mode for it.
    expect(document.documentElement.classList.contains('care-mode-chrome')).toBe(true)
    await u.act(async () => u.fireEvent.click(toggle))
    await waitUntil(
      () => !document.documentElement.classList.contains('care-mode-chrome'),
      'care mode off for the tab bar'
    )
    await u.act(async () => u.fireEvent.click(toggle))

    // A restart: a fresh copy of the store module reads the setting back from storage.
    jest.isolateModules(() => {
      const fresh = require('../../stores/useSettingsStore') as typeof import('../../stores/useSettingsStore')
      expect(fresh.useSettingsStore.getState().careMode).toBe(true)
    })
  })
})

describe('进展提醒 on 我的', () => {
  const mockedStatusAsk = askForStatusUpdates as jest.MockedFunction<typeof askForStatusUpdates>
  beforeEach(() => {
    mockedCall.mockReset()
    mockedStatusAsk.mockReset()
    useSessionStore.setState({ status: 'idle', me: null, error: null })
  })
  const citizen: WhoAmI = { ...worker, role: 'citizen', roleLabel: '居民', subscribeTemplateId: 'tpl-progress' }

  it('offers one more message per tap while a suggestion of mine is open, asking in the tap itself', async () => {
    let resolveAsk: (o: 'accepted') => void = () => undefined
    mockedStatusAsk.mockImplementation(() => new Promise((r) => (resolveAsk = r)))
    stubCloud(mockedCall, {
      ...mineAnswers({ whoami: answer('user', 'whoami', citizen) }),
      suggestions: {
        listMine: answer('suggestions', 'listMine', {
          items: [closedChildSuggestion('s1', { status: 'in_progress', closedAt: undefined, followUps: [] })]
        })
      }
    })
    const u = new TestUtils()
    await u.mount(MinePage, {})
    await waitUntil(() => document.querySelector('.progress-notices'), 'the 进展提醒 row')
    await click(u, document.querySelector('.progress-notices'))
    // Asked synchronously in the tap (WeChat refuses a request made after an await).
    expect(mockedStatusAsk).toHaveBeenCalledWith('tpl-progress')
    resolveAsk('accepted')
  })

  it('is not offered when nothing of mine is open', async () => {
    stubCloud(mockedCall, {
      ...mineAnswers({ whoami: answer('user', 'whoami', citizen) }),
      suggestions: { listMine: answer('suggestions', 'listMine', { items: [closedChildSuggestion('s1')] }) }
    })
    const u = new TestUtils()
    await u.mount(MinePage, {})
    await waitUntil(() => document.querySelector('.my-suggestions__item'), 'my suggestion')
    expect(document.querySelector('.progress-notices')).toBeNull()
  })
})
