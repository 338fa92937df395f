import TestUtils from '@tarojs/test-utils-react'
import Taro from '@tarojs/taro'
import { click } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { BackBar } from './BackBar.h5'

const button = () => document.querySelector('.back-bar__button')

describe('返回 in the browser build', () => {
  afterEach(() => jest.restoreAllMocks())

  it('is on every subpackage page, one opened directly going to its tab (home when it has none)', async () => {
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{} as never])
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    for (const [path, tab] of [
      ['/pkg-places/detail/index', '/pages/map/index'],
      ['/pkg-activities/detail/index', '/pages/home/index'],
      ['/pkg-polls/vote/index', '/pages/policy/index']
    ]) {
      setRouterParams({}, path)
      document.body.innerHTML = ''
      const u = new TestUtils()
      await u.mount(BackBar, {})
      expect(button()?.textContent).toContain('返回')
      await click(u, button())
      expect(switchTab).toHaveBeenLastCalledWith({ url: tab })
    }
  })

  it('is not on a tab page, which has the tab bar', async () => {
    setRouterParams({}, '/pages/home/index')
    const u = new TestUtils()
    await u.mount(BackBar, {})
    expect(button()).toBeNull()
  })
})
