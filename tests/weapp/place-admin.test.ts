/**
 * 地点信息 in the WeChat build: a district admin types a childcare centre's fee and 余位 (the day
 * it was confirmed filled in as today), names the source and saves; the edit reaches
 * places.savePlace through wx.cloud.callFunction as the form holds it.
 */
import { chinaDate } from '../../src/domain/clock'
import type { Place } from '../../src/domain/places/model'
import { whoAmIAs } from '../fixtures/staff'
import {
  bootWithCloud,
  type SentCall,
  pause,
  renderPage,
  tap,
  teardownApp,
  typeInto,
  until,
  waitForText
} from './harness'

jest.setTimeout(20000)

describe('WeChat build: 地点信息', () => {
  afterEach(teardownApp)

  it('a district admin saves a centre’s fee and 余位 with its source', async () => {
    const sent: SentCall[] = []
    const place: Place = {
      id: 'demo-a',
      name: '示例托育园（上清寺 1）',
      category: 'childcare',
      street: '500103005',
      phones: [],
      facilities: [],
      childcare: { careTypes: ['full_day'] },
      source: '示例数据',
      demo: true
    }
    bootWithCloud(sent, (d) => {
      if (d.action === 'whoami') return whoAmIAs('district_admin')
      if (d.action === 'get') return { place }
      if (d.action === 'savePlace') return { place }
      if (d.action === 'placePhotos') return { photos: [], confirmedOn: null, updatedByName: null }
      return { items: [] }
    })
    const page = renderPage('pkg-staff/place-admin/index', { id: place.id })
    await waitForText(page, '托育信息（家长据此选择）')
    typeInto(page, '.childcare-facts-fields__fees .ui-field__input', '全日托 2800')
    typeInto(page, '.childcare-facts-fields__free-places .ui-field__input', '3')
    typeInto(page, '.place-edit-fields__source .ui-field__input', '电话核实（示例）')
    await pause()
    await waitForText(page, '余位确认日期')
    tap(page, '.place-admin__save')
    await until(() => sent.some((s) => s.data.action === 'savePlace'), 'the save')
    expect(sent.find((s) => s.data.action === 'savePlace')).toMatchObject({
      name: 'places',
      data: {
        id: place.id,
        update: {
          source: '电话核实（示例）',
          childcare: { fees: '全日托 2800', freePlaces: '3', freePlacesOn: chinaDate(Date.now()) }
        }
      }
    })
    await waitForText(page, '居民现在就能在地图和列表里看到')
  })
})
