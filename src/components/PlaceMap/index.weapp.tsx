// WeChat: the native <map> (GCJ-02, like every place). Only the markers in and near the
// viewport are handed to it (markersForViewport), each with joinCluster, and WeChat's own
// clustering (initMarkerCluster) merges the crowded ones into numbered bubbles.
import { Map, View } from '@tarojs/components'
import type { MapProps } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState } from 'react'
import { markersForViewport, PlaceIndex, regionToBBox, type BBox, type LatLng, type Place } from '../../domain/places'
import { markerIcon } from '../CategoryIcon/icons'
import type { PlaceMapProps } from './types'
import { DEFAULT_SCALE, viewportAround } from './viewport'
import './index.scss'

const MAP_ID = 'place-map'
// CSS pixels of the map at 375 px wide (440 / 260 design px); only a first guess of the
// viewport until the map reports its region.
const SIZE = { width: 375, normal: 220, compact: 130 }

type RegionEvent = { type?: string; detail?: { type?: string } }

const sameBox = (a: BBox, b: BBox) =>
  Math.abs(a.south - b.south) < 1e-6 &&
  Math.abs(a.west - b.west) < 1e-6 &&
  Math.abs(a.north - b.north) < 1e-6 &&
  Math.abs(a.east - b.east) < 1e-6

export function PlaceMap({
  places,
  origin,
  user,
  selectedId,
  compact = false,
  onSelect,
  onOpen,
  onLocate
}: PlaceMapProps) {
  const index = useMemo(() => new PlaceIndex<Place>(places), [places])
  const [centre, setCentre] = useState<LatLng>(origin)
  const [box, setBox] = useState<BBox>(() => viewportAround(origin, DEFAULT_SCALE, SIZE.width, SIZE.normal))
  const ctx = useRef<Taro.MapContext | null>(null)

  useEffect(() => {
    try {
      const map = Taro.createMapContext(MAP_ID)
      ctx.current = map
      map.initMarkerCluster({ enableDefaultStyle: true, zoomOnClick: true, gridSize: 60, fail: () => undefined })
    } catch {
      // Older base libraries (and the test simulator) have no map context: the map still shows markers.
      ctx.current = null
    }
  }, [])

  // A new origin (position found, street chosen): centre the map there.
  const originKey = `${origin.latitude.toFixed(5)},${origin.longitude.toFixed(5)}`
  useEffect(() => {
    setCentre(origin)
    setBox(viewportAround(origin, DEFAULT_SCALE, SIZE.width, compact ? SIZE.compact : SIZE.normal))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [originKey])

  // Every marker update re-renders the map (and fires onUpdated): a region equal to the one in
  // hand must not start another round.
  const readRegion = () =>
    ctx.current?.getRegion({
      success: (r) => {
        const next = regionToBBox(r)
        setBox((prev) => (sameBox(prev, next) ? prev : next))
      },
      fail: () => undefined
    })
  const regionRead = useRef(false)

  const moveTo = (p: LatLng) => {
    if (ctx.current)
      ctx.current.moveToLocation({ latitude: p.latitude, longitude: p.longitude, fail: () => setCentre({ ...p }) })
    else setCentre({ ...p })
  }

  const markers = useMemo(() => {
    const selected = selectedId ? index.items.findIndex((p) => p.id === selectedId) : -1
    return markersForViewport(index, box, { iconPath: markerIcon }).markers.map((m) =>
      // The chosen place stands out by size and keeps its name showing, not by colour alone.
      m.id === selected
        ? { ...m, width: 40, height: 40, zIndex: 2, callout: { ...m.callout, display: 'ALWAYS' as const } }
        : m
    )
  }, [index, box, selectedId])

  const placeOf = (markerId: number | string) => index.at(Number(markerId))

  return (
    <Map
      id={MAP_ID}
      className={`place-map ${compact ? 'place-map--compact' : ''}`}
      latitude={centre.latitude}
      longitude={centre.longitude}
      scale={DEFAULT_SCALE}
      minScale={11}
      maxScale={19}
      // markersForViewport sends only the fields the map needs (plus joinCluster, which Taro's
      // typings lack); its callout leaves the styling fields to WeChat's defaults.
      markers={markers as unknown as MapProps.marker[]}
      showLocation={Boolean(user)}
      onMarkerTap={(e) => {
        const place = placeOf(e.detail.markerId)
        if (place) onSelect(place)
      }}
      onCalloutTap={(e) => {
        const place = placeOf(e.detail.markerId)
        if (place) onOpen(place)
      }}
      onRegionChange={(e) => {
        const ev = e as unknown as RegionEvent
        if (ev.type === 'end' || ev.detail?.type === 'end') readRegion()
      }}
      onUpdated={() => {
        // The first render: replace the guessed viewport with the real one.
        if (regionRead.current) return
        regionRead.current = true
        readRegion()
      }}
      onError={() => undefined}
    >
      {/* Views, not cover-views: <map> renders in the page's layer (same-layer rendering, base
          library ≥ 2.7.0; ours is 2.20.2), as WeChat DevTools advises, and the cover-view template
          would cost the main package about 4 KB. z-index keeps them above the map. */}
      <View className='place-map__controls'>
        <View
          className='place-map__control'
          ariaRole='button'
          ariaLabel='我的位置'
          onClick={() => (user ? moveTo(user) : onLocate())}
        >
          我的位置
        </View>
        <View className='place-map__control' ariaRole='button' ariaLabel='回到中心' onClick={() => moveTo(origin)}>
          回到中心
        </View>
      </View>
    </Map>
  )
}
