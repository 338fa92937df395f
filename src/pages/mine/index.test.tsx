import TestUtils from '@tarojs/test-utils-react'
import { answer, failure, stubCloud, type CloudAnswers } from '../../../tests/setup/cloud-stub'
import { waitUntil } from '../../../tests/setup/wait'
import type { WhoAmI } from '../../domain/cloud-api'
import { callCloud } from '../../services/cloud'
import { useSessionStore } from '../../stores/useSessionStore'
import { useSettingsStore } from '../../stores/useSettingsStore'
import MinePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

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
  suggestions: { listMine: answer('suggestions', 'listMine', { items: [] }) }
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
    expect(document.body.textContent).toContain('已连接本地云开发环境')
    expect(mockedCall).toHaveBeenCalledWith('user', { action: 'whoami' })
    expect(mockedCall).toHaveBeenCalledWith('suggestions', { action: 'listMine' })
    await u.queries.waitForQueryByText('还没有建议')
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

    // A restart: a fresh copy of the store module reads the setting back from storage.
    jest.isolateModules(() => {
      const fresh = require('../../stores/useSettingsStore') as typeof import('../../stores/useSettingsStore')
      expect(fresh.useSettingsStore.getState().careMode).toBe(true)
    })
  })
})
