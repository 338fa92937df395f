import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { CHILDCARE, resetPlaceStores } from '../../../tests/fixtures/places'
import { waitUntil } from '../../../tests/setup/wait'
import { CONFIRMED_PLACES } from '../../domain/places'
import { useFavouritesStore } from '../../stores/useFavouritesStore'
import { usePlacesStore } from '../../stores/usePlacesStore'
import { PlaceList } from '../PlaceList'
import { FavouritePlaces } from './index'

const click = async (u: TestUtils, el: Element | null | undefined) => {
  if (!el) throw new Error('element not found')
  await u.act(async () => u.fireEvent.click(el as HTMLElement))
}

describe('FavouritePlaces', () => {
  beforeEach(() => resetPlaceStores())

  it('starts empty with a way to the map tab', async () => {
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    try {
      const u = new TestUtils()
      await u.mount(FavouritePlaces, {})
      await waitUntil(() => document.body.textContent?.includes('还没有收藏的地点。'), 'the empty state')
      await click(u, document.querySelector('.favourite-places__go'))
      expect(switchTab).toHaveBeenCalledWith({ url: '/pages/map/index' })
    } finally {
      switchTab.mockRestore()
    }
  })

  it('shows what the list’s star saved (persisted), opens details, and unsaves', async () => {
    const places = [CONFIRMED_PLACES[0], CHILDCARE[0]]
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    try {
      const u = new TestUtils()
      await u.mount(PlaceList, {
        props: {
          places,
          now: Date.now(),
          originLabel: '你的位置',
          selectedId: null,
          onOpen: () => undefined,
          onClearFilters: () => undefined
        }
      })
      for (const star of Array.from(document.querySelectorAll('.place-card__fav'))) await click(u, star)
      expect(useFavouritesStore.getState().items.map((f) => f.id)).toEqual([CHILDCARE[0].id, CONFIRMED_PLACES[0].id])
      expect(document.querySelectorAll('.place-card__fav--on')).toHaveLength(2)
      // Kept on the device (zustand persist over Taro storage).
      expect(window.localStorage.getItem('place-favourites')).toContain(CHILDCARE[0].id)

      const v = new TestUtils()
      await v.mount(FavouritePlaces, {})
      await waitUntil(() => document.querySelectorAll('.favourite-places__item').length === 2, 'two favourites')
      const first = document.querySelector('.favourite-places__item')!
      expect(first.textContent).toContain('示例托育园（上清寺 1）')
      expect(first.textContent).toContain('示例')
      await click(v, first.querySelector('.favourite-places__open'))
      expect(navigateTo).toHaveBeenCalledWith({ url: `/pkg-places/detail/index?id=${CHILDCARE[0].id}` })

      // A renamed place shows its current name.
      await v.act(async () => usePlacesStore.setState({ places: [{ ...CHILDCARE[0], name: '示例托育园（新名字）' }] }))
      expect(document.querySelector('.favourite-places__item')?.textContent).toContain('示例托育园（新名字）')

      await click(v, document.querySelector('.favourite-places__remove'))
      expect(useFavouritesStore.getState().items.map((f) => f.id)).toEqual([CONFIRMED_PLACES[0].id])
    } finally {
      navigateTo.mockRestore()
    }
  })
})
