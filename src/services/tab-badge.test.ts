import Taro from '@tarojs/taro'
import { MINE_TAB_INDEX, showMineBadge } from './tab-badge'

describe('the 我的 tab badge', () => {
  it('points at the 我的 tab of the app config', async () => {
    // app.config.ts runs in Taro's build, where defineAppConfig is a global.
    ;(globalThis as { defineAppConfig?: (c: unknown) => unknown }).defineAppConfig = (c) => c
    const { default: appConfig } = await import('../app.config')
    expect(appConfig.tabBar?.list[MINE_TAB_INDEX].pagePath).toBe('pages/mine/index')
  })

  it('sets and removes the badge, and does not repeat an unchanged one', async () => {
    const set = jest.spyOn(Taro, 'setTabBarBadge').mockResolvedValue({ errMsg: 'ok' })
    const remove = jest.spyOn(Taro, 'removeTabBarBadge').mockResolvedValue({ errMsg: 'ok' })
    await showMineBadge('2')
    await showMineBadge('2')
    expect(set).toHaveBeenCalledTimes(1)
    expect(set).toHaveBeenCalledWith({ index: MINE_TAB_INDEX, text: '2' })
    await showMineBadge(null)
    expect(remove).toHaveBeenCalledWith({ index: MINE_TAB_INDEX })
    // A failure (no tab bar yet) is tried again on the next change.
    set.mockRejectedValueOnce(new Error('no tab bar'))
    await expect(showMineBadge('1')).resolves.toBeUndefined()
    await showMineBadge('1')
    expect(set).toHaveBeenCalledTimes(3)
  })
})
