import TestUtils from '@tarojs/test-utils-react'
import { callCloud } from '../../services/cloud'
import { useSessionStore } from '../../stores/useSessionStore'
import MinePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

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
    mockedCall.mockResolvedValue(worker)
    const u = new TestUtils()
    await u.mount(MinePage, {})
    await u.queries.waitForQueryByText('社区工作者')
    expect(document.body.textContent).toContain('示例社工 · 大井巷')
    expect(document.body.textContent).toContain('已连接本地云开发环境')
    expect(mockedCall).toHaveBeenCalledWith('user', { action: 'whoami' })
  })

  it('shows a Chinese error and recovers on retry', async () => {
    mockedCall.mockResolvedValueOnce({ ok: false, error: { code: 'NETWORK', message: '网络连接失败，请检查网络后重试' } })
    mockedCall.mockResolvedValueOnce(worker)
    const u = new TestUtils()
    await u.mount(MinePage, {})
    await u.queries.waitForQueryByText('网络连接失败，请检查网络后重试')
    const retry = document.querySelector('.mine__retry') as HTMLElement
    await u.act(() => u.fireEvent.click(retry))
    await u.queries.waitForQueryByText('社区工作者')
    expect(mockedCall).toHaveBeenCalledTimes(2)
  })
})
