// WeChat: the native <map> (GCJ-02, like every place). Only the markers in and near the
// viewport are handed to it (markersForViewport), each with joinCluster, and WeChat's own
// clustering (initMarkerCluster) merges the crowded ones into numbered bubbles; past the marker
// budget they come already grouped, each group with its count, and a tap on one zooms to it.
// The map sits in its own CustomWrapper, and its context is made in that scope (a page-level
// createMapContext does not look inside custom components), once the map reports it has rendered
// (bindupdated): only then does clustering start. Its buttons are under it, not over it: views
// cover a native map only while same-layer rendering works, which WeChat documents can fail.
import { CustomWrapper, Map, Text, View } from '@tarojs/components'
import type { MapProps } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState } from 'react'
import {
  GROUP_MARKER_BASE,
  markersForViewport,
  PlaceIndex,
  bboxCentre,
  regionToBBox,
  type BBox,
  type LatLng,
  type Place
} from '../../domain/places'
import { markerIcon } from '../CategoryIcon/icons'
import { NO_ROUTES, type PlaceMapProps } from './types'
import { DEFAULT_SCALE, viewportAround, viewToFit } from './viewport'
import './index.scss'
import { routePolylines } from '../../domain/places/walk-routes'

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
  routes = NO_ROUTES,
  origin,
  user,
  selectedId,
  frame,
  compact = false,
  onSelect,
  onOpen,
  onLocate
}: PlaceMapProps) {
  const index = useMemo(() => new PlaceIndex<Place>(places), [places])
  // 儿童友好步行路线 under the markers, in ROUTE_LINE's colours.
  const polylines = useMemo(() => routePolylines(routes), [routes])
  const [centre, setCentre] = useState<LatLng>(origin)
  const [box, setBox] = useState<BBox>(() => viewportAround(origin, DEFAULT_SCALE, SIZE.width, SIZE.normal))
  const ctx = useRef<Taro.MapContext | null>(null)
  const host = useRef(null)
  const [broken, setBroken] = useState(false)

  /** The first time the map has rendered: its context, clustering, and the real viewport. */
  const ready = () => {
    const scope = (host.current as { ctx?: TaroGeneral.IAnyObject } | null)?.ctx
    if (ctx.current || !scope) return
    try {
      const map = Taro.createMapContext(MAP_ID, scope)
      ctx.current = map
      map.initMarkerCluster({ enableDefaultStyle: true, zoomOnClick: true, gridSize: 60, fail: () => undefined })
    } catch {
      // Older base libraries have no map context: the map still shows markers.
      ctx.current = null
    }
    readRegion()
  }

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

  const moveTo = (p: LatLng) => {
    if (ctx.current)
      ctx.current.moveToLocation({ latitude: p.latitude, longitude: p.longitude, fail: () => setCentre({ ...p }) })
    else setCentre({ ...p })
  }

  const update = useMemo(() => {
    const selected = selectedId ? index.items.findIndex((p) => p.id === selectedId) : -1
    const { markers, groups } = markersForViewport(index, box, {
      iconPath: markerIcon,
      keep: selected >= 0 ? selected : undefined
    })
    return {
      groups,
      markers: markers.map((m) =>
        // The chosen place stands out by size and keeps its name showing, not by colour alone.
        m.id === selected && m.callout
          ? { ...m, width: 40, height: 40, zIndex: 2, callout: { ...m.callout, display: 'ALWAYS' as const } }
          : m
      )
    }
  }, [index, box, selectedId])

  // A search's results or a route: the map frames them (WeChat then reports the new region);
  // without a map context, it centres on them. When the frame goes (the search cancelled), back
  // to the region from before it, as the browser plane does.
  const fitKey = frame?.points.length ? frame.key : ''
  const beforeFit = useRef<BBox | null>(null)
  useEffect(() => {
    if (!fitKey || !frame) {
      const was = beforeFit.current
      beforeFit.current = null
      // Its corners again: WeChat picks the zoom that holds them, so the view comes back
      // approximately (a zoom level out at most), which is what a person needs here.
      if (was && ctx.current)
        ctx.current.includePoints({
          points: [
            { latitude: was.south, longitude: was.west },
            { latitude: was.north, longitude: was.east }
          ]
        })
      else if (was) setCentre(bboxCentre(was))
      return
    }
    beforeFit.current ??= box
    const points = frame.points.map((p) => ({ latitude: p.latitude, longitude: p.longitude }))
    if (ctx.current) ctx.current.includePoints({ points, padding: [48, 48, 48, 48] })
    else setCentre(viewToFit(points, SIZE.width, compact ? SIZE.compact : SIZE.normal)!.centre)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the points
  }, [fitKey])

  const placeOf = (markerId: number | string) => index.at(Number(markerId))

  /** A group's marker: zoom to its places (WeChat then reports the new region). */
  const openGroup = (markerId: number) => {
    const group = update.groups.find((g) => g.markerId === markerId)
    if (!group) return
    const corners = [
      { latitude: group.box.south, longitude: group.box.west },
      { latitude: group.box.north, longitude: group.box.east }
    ]
    if (ctx.current) ctx.current.includePoints({ points: corners, padding: [48, 48, 48, 48] })
    else
      setCentre({ latitude: (group.box.south + group.box.north) / 2, longitude: (group.box.west + group.box.east) / 2 })
  }

  return (
    <View className='place-map-frame'>
      <CustomWrapper ref={host}>
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
          markers={update.markers as unknown as MapProps.marker[]}
          polyline={polylines}
          showLocation={Boolean(user)}
          onMarkerTap={(e) => {
            const id = Number(e.detail.markerId)
            if (id >= GROUP_MARKER_BASE) return openGroup(id)
            const place = placeOf(id)
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
          // The first render: the context, clustering and the real viewport (ready() runs once).
          onUpdated={ready}
          onError={() => setBroken(true)}
        />
      </CustomWrapper>
      {/* Under the map, as in the browser build: nothing of them depends on the map drawing. */}
      <View className='place-plane__bar place-plane__bar--last'>
        <Text className='place-plane__note'>{broken ? '地图没有显示出来，下面的列表照常可用。' : ''}</Text>
        <View className='place-plane__controls'>
          <View
            className='place-plane__control place-plane__control--wide place-map__locate'
            ariaRole='button'
            ariaLabel='定位到我的位置'
            onClick={() => (user ? moveTo(user) : onLocate())}
          >
            我的位置
          </View>
          <View
            className='place-plane__control place-plane__control--wide place-map__recentre'
            ariaRole='button'
            ariaLabel='居中（回到中心）'
            onClick={() => moveTo(origin)}
          >
            回到中心
          </View>
        </View>
      </View>
    </View>
  )
}
