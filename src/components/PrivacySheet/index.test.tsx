import TestUtils from '@tarojs/test-utils-react'
import { usePrivacyStore } from '../../stores/usePrivacyStore'
import { PrivacySheet } from './index'

describe('privacy sheet', () => {
  afterEach(() => usePrivacyStore.setState({ pending: null }))

  it('stays hidden until the platform asks, then answers the pending request once', async () => {
    const u = new TestUtils()
    await u.mount(PrivacySheet, {})
    expect(document.querySelector('.privacy-sheet')).toBeNull()

    const decide = jest.fn()
    await u.act(() => usePrivacyStore.getState().request(decide))
    await u.queries.waitForQueryByText('隐私保护提示')
    const agree = document.querySelector('#privacy-agree') as HTMLElement
    expect(agree.textContent).toContain('同意')
    // A tap alone does not agree: WeChat sends the button's own agree event after it.
    await u.act(() => u.fireEvent.click(agree))
    expect(decide).not.toHaveBeenCalled()
    await u.act(() => void agree.dispatchEvent(new CustomEvent('agreeprivacyauthorization', { bubbles: true })))
    expect(decide).toHaveBeenCalledTimes(1)
    expect(decide).toHaveBeenCalledWith('agree')
    expect(usePrivacyStore.getState().pending).toBeNull()
  })

  it('declines an unanswered request when a newer one arrives', () => {
    const first = jest.fn()
    const second = jest.fn()
    usePrivacyStore.getState().request(first)
    usePrivacyStore.getState().request(second)
    expect(first).toHaveBeenCalledWith('disagree')
    usePrivacyStore.getState().answer('disagree')
    expect(second).toHaveBeenCalledWith('disagree')
  })
})
