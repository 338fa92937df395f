import TestUtils from '@tarojs/test-utils-react'
import { callCloud } from '../../services/cloud'
import { useSessionStore } from '../../stores/useSessionStore'
import MinePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

// Answers by function: whoami for the identity card, an empty list for 我的建议.
const byFunction = (whoami: unknown) => async (name: string) => (name === 'user' ? whoami : { ok: true, data: { items: [] } })

const worker = {
  ok: true as const,
  data: { idHint: '…bei', role: 'community_worker' as const, roleLabel: '社区工作者', name: '示例社工 · 大井巷', scope: {}, backend: 'local' as const }
}

describe('mine page', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useSessionStore.setState({ status: 'idle', me: null, error: null })
  })

  it('shows who the cloud says the user is', async () => {
    mockedCall.mockImplementation(byFunction(worker) as never)
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
    mockedCall.mockImplementation(((name: string) =>
      online || name !== 'user' ? byFunction(worker)(name) : Promise.resolve({ ok: false, error: { code: 'NETWORK', message: '网络连接失败，请检查网络后重试' } })) as never)
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
