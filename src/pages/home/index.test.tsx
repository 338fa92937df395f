import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import HomePage from './index'

describe('home page', () => {
  it('says what the app is and takes each user to a task in one tap', async () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockImplementation(() => Promise.resolve({ errMsg: 'switchTab:ok' }))
    const u = new TestUtils()
    await u.mount(HomePage, {})
    await u.queries.waitForQueryByText('从一米高度看城市')
    const tiles = document.querySelectorAll('.entry-tile')
    expect(tiles).toHaveLength(4)
    expect(tiles[0].getAttribute('aria-label')).toContain('找托育和医院')

    await u.act(() => u.fireEvent.click(tiles[1]))
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/suggest/index' })
    switchTab.mockRestore()
  })
})
