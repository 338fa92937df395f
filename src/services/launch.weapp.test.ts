// Single-page mode is told by the entry's scene (1154: opened from 朋友圈).
import Taro from '@tarojs/taro'
import { isSinglePageMode } from './launch.weapp'

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { getEnterOptionsSync: jest.fn() } }))
const getEnterOptionsSync = (Taro as unknown as { getEnterOptionsSync: jest.Mock }).getEnterOptionsSync

describe('single-page mode (WeChat)', () => {
  it('is scene 1154 only', () => {
    getEnterOptionsSync.mockReturnValue({ scene: 1154, path: 'pkg-policy/qa-detail/index', query: {} })
    expect(isSinglePageMode()).toBe(true)
    getEnterOptionsSync.mockReturnValue({ scene: 1155, path: 'pkg-policy/qa-detail/index', query: {} })
    expect(isSinglePageMode()).toBe(false)
    getEnterOptionsSync.mockReturnValue({ scene: 1001, path: 'pages/home/index', query: {} })
    expect(isSinglePageMode()).toBe(false)
  })

  it('an old client without the API is the full app', () => {
    getEnterOptionsSync.mockImplementation(() => {
      throw new Error('getEnterOptionsSync is not a function')
    })
    expect(isSinglePageMode()).toBe(false)
  })
})
