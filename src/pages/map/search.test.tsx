// The map tab's name search: across every category, results at the top, pinyin too, the map fitted.
import TestUtils from '@tarojs/test-utils-react'
import {
  ALL_PLACES,
  CHILDCARE,
  cardNames,
  listAnswer,
  placesCloud,
  resetPlaceStores
} from '../../../tests/fixtures/places'
import { stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { pinyinKey } from '../../domain/places/pinyin'
import { callCloud } from '../../services/cloud'
import MapPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/location', () => require('../../../tests/setup/location-mock'))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const chip = (label: string) => byText('.place-filters__chip', label)

describe('map tab search', () => {
  beforeEach(() => {
    resetPlaceStores()
    mockedCall.mockReset()
  })

  it('searches by name across every category, results at the top, in pinyin too, with the map fitted to them', async () => {
    // The cloud adds each name in pinyin (places.list); the bundled copy has none.
    const withPinyin = ALL_PLACES.map((p) => ({ ...p, pinyin: pinyinKey(`${p.name} ${p.alias ?? ''}`) }))
    stubCloud(mockedCall, placesCloud(listAnswer(withPinyin)))
    const u = new TestUtils()
    await u.mount(MapPage, {})
    await waitUntil(() => cardNames().some((n) => n.includes('示例托育园')), 'the cloud list')
    expect(document.querySelector('.map-page__search')).toBeNull()
    await click(u, chip('托育'))
    await click(u, byText('.map-page__search-toggle', '按名称搜索'))
    await type(u, '.map-page__search', '托育园 解放碑')
    await waitUntil(() => cardNames().length === 1, 'one match')
    expect(cardNames()).toEqual(['示例托育园（解放碑 1）'])

    // With 托育 chosen, a park is found all the same: the search looks in every category.
    await type(u, '.map-page__search', '公园')
    await waitUntil(() => cardNames().length === 5, 'the parks by name')
    expect(cardNames()).toContain('鹅岭公园')
    // The results come right under the field, before the filters and the map.
    const results = document.querySelector('.map-page__results')!
    expect(results.textContent).toContain('找到 5 个地点')
    expect(results.compareDocumentPosition(document.querySelector('.place-filters')!)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING
    )
    expect(document.querySelectorAll('.place-list')).toHaveLength(1)
    // The map shows all five: it is fitted to the results.
    await waitUntil(() => document.querySelectorAll('.place-plane__marker, .place-plane__cluster').length > 0, 'pins')
    const pinned = Array.from(document.querySelectorAll('.place-plane__marker')).map((m) =>
      m.getAttribute('data-place-id')
    )
    const grouped = Array.from(document.querySelectorAll('.place-plane__cluster')).reduce(
      (n, c) => n + Number(c.textContent),
      0
    )
    expect(pinned.length + grouped).toBe(5)

    // Pinyin, whole or by initials.
    await type(u, '.map-page__search', 'jiefangbei')
    await waitUntil(() => cardNames().length === 1, 'pinyin')
    expect(cardNames()).toEqual(['示例托育园（解放碑 1）'])
    await type(u, '.map-page__search', 'elgy')
    await waitUntil(() => cardNames().length === 1, 'initials')
    expect(cardNames()).toEqual(['鹅岭公园'])

    await type(u, '.map-page__search', '游泳馆')
    await waitUntil(() => document.querySelector('.ui-empty'), 'the empty state')
    expect(document.querySelector('.ui-empty')?.textContent).toContain('没有名称含“游泳馆”的地点。')
    await click(u, byText('.ui-empty .ui-button', '清除搜索'))
    // Without a search the category chosen before applies again.
    await waitUntil(() => cardNames().length === CHILDCARE.length, 'the childcare again')
    expect(document.querySelector('.ui-empty')).toBeNull()
    expect(document.querySelector('.map-page__results')).toBeNull()

    // 取消搜索 closes the field and forgets the query.
    await type(u, '.map-page__search', '医院')
    await waitUntil(() => cardNames().length === 3, 'the three hospitals')
    await click(u, byText('.map-page__search-toggle', '取消搜索'))
    await waitUntil(() => cardNames().length === CHILDCARE.length, 'the search dropped')
    expect(document.querySelector('.map-page__search')).toBeNull()
  })

  it('goes back to the map as it was when a search that zoomed in on one place is cancelled', async () => {
    stubCloud(mockedCall, placesCloud(listAnswer(ALL_PLACES)))
    const u = new TestUtils()
    await u.mount(MapPage, {})
    await waitUntil(() => cardNames().some((n) => n.includes('示例托育园')), 'the list')
    const scale = () => document.querySelector('.place-plane__scale-label')?.textContent
    const before = scale()
    await click(u, byText('.map-page__search-toggle', '按名称搜索'))
    await type(u, '.map-page__search', '鹅岭公园')
    await waitUntil(() => cardNames().length === 1, 'one match')
    await waitUntil(() => scale() !== before, 'zoomed in on it')
    await click(u, byText('.map-page__search-toggle', '取消搜索'))
    await waitUntil(() => scale() === before, 'the map as it was')
  })
})
