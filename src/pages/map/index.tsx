// 找地方: places on a map and in a list, nearest first, with category, "open now" and childcare
// filters. Distances are measured from the user's position when they choose to share it, or
// from a street (or the district centre) otherwise, so the list always has an order.
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, useShareAppMessage } from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import { LocationPrompt } from '../../components/LocationPrompt'
import { PageShell } from '../../components/PageShell'
import { PlaceFilters } from '../../components/PlaceFilters'
import { PlaceList } from '../../components/PlaceList'
import { PlaceMap } from '../../components/PlaceMap'
import type { MapFrame } from '../../components/PlaceMap/types'
import { WalkRouteList } from '../../components/WalkRouteList'
import { useWalkRoutes } from '../../data/walk-routes'
import { Button } from '../../components/ui/Button'
import { Field } from '../../components/ui/Field'
import { categoryInfo, type Place } from '../../domain/places'
import type { PublicWalkRoute } from '../../domain/places/walk-routes'
import { MAX_QUERY_LENGTH } from '../../domain/policy/normalize'
import { usePlaceOrigin } from '../../hooks/usePlaceOrigin'
import { scrollToTop } from '../../services/page-scroll'
import { useIntentStore } from '../../stores/useIntentStore'
import { NO_FILTERS, usePlacesStore } from '../../stores/usePlacesStore'
import { DataNote } from './DataNote'
import { SearchResults } from './SearchResults'
import { filteredPlaces, nearestFirst, searchedPlaces } from './view'
import './index.scss'

export default function MapPage() {
  const places = usePlacesStore((s) => s.places)
  const filters = usePlacesStore((s) => s.filters)
  const user = usePlacesStore((s) => s.user)
  const street = usePlacesStore((s) => s.street)
  const locationStatus = usePlacesStore((s) => s.locationStatus)
  const { setFilters, locate, chooseStreet, openSettings } = usePlacesStore.getState()
  // "Open now" is judged at this instant, renewed each time the tab is shown.
  const [now, setNow] = useState(() => Date.now())
  const [selectedId, setSelectedId] = useState<string | null>(null)
  // The user's choice wins; until they make one, a chosen category shrinks the map so the first
  // places of the list show on the first screen (the filters above take room).
  const [mapChoice, setMapChoice] = useState<'big' | 'small' | null>(null)
  // The name search opens from the title row, so it takes no room on the first screen until asked for.
  const [searching, setSearching] = useState(false)
  const [query, setQuery] = useState('')
  // A route tapped in the list: the map frames it (a new key each tap, so a second tap frames again).
  const [routeFrame, setRouteFrame] = useState<MapFrame | null>(null)

  const onShow = () => {
    setNow(Date.now())
    // Another page asked for a category (childcare from the policy targets, hospitals from home).
    const wanted = useIntentStore.getState().takeMapCategory()
    if (wanted) setFilters({ ...NO_FILTERS, category: wanted })
    const s = usePlacesStore.getState()
    void s.refresh()
    // Only someone who chose "使用我的位置" before is located again without a tap; WeChat does
    // not ask twice once allowed, and a refusal cleared optedIn.
    if (s.optedIn && s.locationStatus !== 'locating') void s.locate()
  }
  // Mount and every later show (the two coincide on the first show: refresh and locate ignore
  // a second call while the first is running).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- once on mount; onShow reads the stores itself
  useEffect(onShow, [])
  useDidShow(onShow)
  useShareAppMessage(() => ({ title: '渝中区附近的托育机构、儿童医院和公园', path: '/pages/map/index' }))

  const origin = usePlaceOrigin()
  const routes = useWalkRoutes().data?.routes
  const searchingFor = searching && query.trim() !== ''
  const found = useMemo(() => searchedPlaces(places, filters, now, query), [places, filters, now, query])
  const filtered = useMemo(() => filteredPlaces(places, filters, now), [places, filters, now])
  // While a name is searched for, the map and the list show its results (the chips wait).
  const shown = searchingFor ? found : filtered
  const listed = useMemo(() => nearestFirst(shown, origin.point), [shown, origin])
  // A search's results are framed on the map; otherwise the route last tapped.
  const frame = useMemo<MapFrame | null>(
    () =>
      searchingFor
        ? { key: shown.map((p) => p.id).join(','), points: shown.flatMap((p) => (p.location ? [p.location] : [])) }
        : routeFrame,
    [searchingFor, shown, routeFrame]
  )
  const showRoute = (route: PublicWalkRoute) => {
    setRouteFrame({ key: `${route.id}@${Date.now()}`, points: route.points })
    scrollToTop()
  }
  const routeList = <WalkRouteList routes={routes ?? []} onShow={showRoute} />

  const listExpanded = mapChoice ? mapChoice === 'small' : filters.category !== null
  const open = (place: Place) => Taro.navigateTo({ url: `/pkg-places/detail/index?id=${encodeURIComponent(place.id)}` })
  const changeFilters = (change: Parameters<typeof setFilters>[0]) => {
    setSelectedId(null)
    setFilters(change)
  }

  return (
    <PageShell className='map-page'>
      <View className='map-page__head'>
        <View className='map-page__title-row'>
          <Text className='map-page__title'>附近的儿童服务</Text>
          <Button
            size='small'
            variant='text'
            className='map-page__search-toggle'
            onClick={() => {
              if (searching) setQuery('')
              // A search frames its own results; closing it does not go back to a route framed before.
              setRouteFrame(null)
              setSearching(!searching)
            }}
          >
            {searching ? '取消搜索' : '按名称搜索'}
          </Button>
        </View>
        {searching ? (
          <Field
            label='地点名称'
            className='map-page__search'
            maxLength={MAX_QUERY_LENGTH}
            value={query}
            placeholder='如：托育、儿童医院、公园'
            confirmType='search'
            onInput={(q) => {
              setSelectedId(null)
              setQuery(q)
            }}
          />
        ) : null}
        {searchingFor ? (
          <SearchResults
            query={query}
            places={listed}
            openNow={filters.openNow}
            now={now}
            originLabel={origin.label}
            selectedId={selectedId}
            onOpen={open}
            onClear={() => setQuery('')}
          />
        ) : null}
        {filters.category && !searchingFor ? (
          <Text className='map-page__chosen'>已选择：{categoryInfo(filters.category).label}</Text>
        ) : null}
        <DataNote />
      </View>

      <PlaceFilters filters={filters} onChange={changeFilters} />

      <LocationPrompt
        status={locationStatus}
        originKind={origin.kind}
        originLabel={origin.label}
        street={street}
        onLocate={() => void locate()}
        onOpenSettings={() => void openSettings()}
        onChooseStreet={chooseStreet}
      />

      <PlaceMap
        places={shown}
        routes={routes}
        frame={frame}
        origin={origin.point}
        user={user}
        selectedId={selectedId}
        compact={listExpanded}
        onSelect={(p) => setSelectedId(p.id)}
        onOpen={open}
        onLocate={() => void locate()}
      />

      {searchingFor ? null : (
        <View className='map-page__sheet'>
          <View
            className='map-page__handle'
            ariaRole='button'
            ariaLabel={listExpanded ? '地图变大' : '地图变小，多看列表'}
            onClick={() => setMapChoice(listExpanded ? 'big' : 'small')}
          >
            <View className='map-page__grip' />
            <Text className='map-page__handle-text'>{listExpanded ? '地图变大' : '地图变小，多看列表'}</Text>
          </View>
          {/* Routes lead the sheet while nothing is chosen; with a category the places asked for come first. */}
          {filters.category ? null : routeList}
          <PlaceList
            places={listed}
            now={now}
            originLabel={origin.label}
            selectedId={selectedId}
            onOpen={open}
            onClearFilters={() => changeFilters(NO_FILTERS)}
          />
          {filters.category ? routeList : null}
        </View>
      )}
    </PageShell>
  )
}
