// The browser build's 导航: no map page to open, so it says where the place is, in words a
// parent understands (no coordinates, no coordinate system).
import Taro from '@tarojs/taro'
import { internalMarks } from '../domain/citizen-text'
import { openMapTo } from './open-location.h5'

describe('navigation in the browser', () => {
  it('shows the address and how to navigate, without raw coordinates', async () => {
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'ok' })
    try {
      const opened = await openMapTo({
        latitude: 29.562635,
        longitude: 106.56104,
        name: '鹅岭公园',
        address: '渝中区鹅岭正街'
      })
      expect(opened).toBe(false)
      const shown = modal.mock.calls[0][0] ?? {}
      expect(shown.title).toBe('鹅岭公园')
      expect(shown.content).toContain('渝中区鹅岭正街')
      expect(shown.content).toContain('请在微信小程序中使用“导航”')
      expect(internalMarks(`${shown.title} ${shown.content}`)).toEqual([])
    } finally {
      modal.mockRestore()
    }
  })
})
