// Browser build: Taro's H5 <Map> is Baidu-based and draws nothing offline, so it is never
// imported here. Instead the places are projected on a plain zoomable plane (Web Mercator at the
// map's own zoom levels, no base map, no key, no network) with the user's dot; drag to pan,
// +/− to zoom, tap a pin to select it. Like the WeChat build, only the markers in and near the
// viewport are drawn (markersForViewport), and crowded ones merge into numbered bubbles. Street
// names at the centre of their places give the plane its bearings; the note, scale and buttons
// sit in a bar under it, so nothing covers a pin.
import { Image, Text, View } from '@tarojs/components'
import { useEffect, useMemo, useRef, useState } from 'react'
import {
  categoryInfo,
  markersForViewport,
  PlaceIndex,
  streetLabels,
  type LatLng,
  type Place
} from '../../domain/places'
import { markerIcon } from '../CategoryIcon/icons'
import { clusterByGrid } from './cluster'
import { useDragToPan, usePlaneSize } from './plane-gestures'
import { PlaneBar } from './PlaneBar'
import { RouteLines } from './RouteLines'
import { SelectedTag } from './SelectedTag'
import { NO_ROUTES, type PlaceMapProps } from './types'
import {
  DEFAULT_SCALE,
  MAX_SCALE,
  MIN_SCALE,
  project,
  scaleBar,
  unproject,
  viewportAround,
  viewToFit
} from './viewport'
import './index.scss'

const CLUSTER_PX = 36
const SURFACE = 'place-plane__surface'
// The pin's button carries the name; its image is decoration.
const DECORATIVE = { alt: '' }

interface View2D {
  centre: LatLng
  scale: number
}

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
  const streets = useMemo(() => streetLabels(places), [places])
  const [view, setView] = useState<View2D>({ centre: origin, scale: DEFAULT_SCALE })
  const viewRef = useRef(view)
  viewRef.current = view
  const { width, height } = usePlaneSize(SURFACE, compact)

  const originKey = `${origin.latitude.toFixed(5)},${origin.longitude.toFixed(5)}`
  useEffect(() => {
    setView((v) => ({ ...v, centre: origin }))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [originKey])

  // A search's results or a route: frame them (a new key frames again). When the frame goes (the
  // search cancelled), back to the view from before it: left framed on one result, the plane
  // looks empty at the next filter.
  const fitKey = frame?.points.length ? frame.key : ''
  const beforeFit = useRef<View2D | null>(null)
  useEffect(() => {
    if (!fitKey || !frame) {
      if (beforeFit.current) setView(beforeFit.current)
      beforeFit.current = null
      return
    }
    const fitted = viewToFit(frame.points, width, height)
    if (!fitted) return
    beforeFit.current ??= viewRef.current
    setView(fitted)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the points
  }, [fitKey])

  useDragToPan(
    SURFACE,
    () => viewRef.current.centre,
    (dx, dy, from) => setView((v) => ({ ...v, centre: unproject(-dx, -dy, from, v.scale) }))
  )

  const box = viewportAround(view.centre, view.scale, width, height)
  const { markers, groups } = markersForViewport(index, box, { iconPath: markerIcon })
  const counts = new Map(groups.map((g) => [g.markerId, g.count]))
  const points = markers.map((m) => ({ id: m.id, count: counts.get(m.id), ...project(m, view.centre, view.scale) }))
  const clusters = clusterByGrid(points, CLUSTER_PX)
  const at = (x: number, y: number) => ({
    left: `${Math.round(width / 2 + x)}px`,
    top: `${Math.round(height / 2 + y)}px`
  })
  const zoom = (delta: number, centre = view.centre) =>
    setView((v) => ({ centre, scale: Math.min(MAX_SCALE, Math.max(MIN_SCALE, v.scale + delta)) }))
  const me = user ? project(user, view.centre, view.scale) : null
  const bar = scaleBar(view.centre.latitude, view.scale, width)
  // The grid moves with the plane, so a drag is visible even where there are no pins.
  const anchor = project({ latitude: 29.55, longitude: 106.55 }, view.centre, view.scale)
  const grid = `${Math.round((((width / 2 + anchor.x) % 40) + 40) % 40)}px ${Math.round((((height / 2 + anchor.y) % 40) + 40) % 40)}px`

  return (
    <View className={`place-plane ${compact ? 'place-plane--compact' : ''}`}>
      <View
        className={SURFACE}
        style={{ height: `${height}px`, backgroundPosition: grid }}
        ariaRole='group'
        ariaLabel='地点示意图（没有街道底图）：拖动可移动，按钮可缩放'
      >
        {/* Orientation only: taps go through to the pins. */}
        {streets.map((l) => {
          const p = project(l, view.centre, view.scale)
          if (Math.abs(p.x) > width / 2 || Math.abs(p.y) > height / 2) return null
          return (
            <Text key={l.code} className='place-plane__street' style={at(p.x, p.y)}>
              {l.name}
            </Text>
          )
        })}
        <RouteLines routes={routes} centre={view.centre} scale={view.scale} width={width} height={height} />
        {clusters.map((c) => {
          if (c.count > 1) {
            const centre = unproject(c.x, c.y, view.centre, view.scale)
            return (
              <View
                key={`c${c.ids[0]}`}
                className='place-plane__cluster'
                style={at(c.x, c.y)}
                ariaRole='button'
                ariaLabel={`这里有 ${c.count} 个地点，点按放大`}
                onClick={() => zoom(2, centre)}
              >
                {c.count}
              </View>
            )
          }
          const place = index.at(c.ids[0])!
          const selected = place.id === selectedId
          return (
            <View
              key={place.id}
              className={`place-plane__marker ${selected ? 'place-plane__marker--selected' : ''}`}
              style={at(c.x, c.y)}
              ariaRole='button'
              ariaLabel={`${place.name}，${categoryInfo(place.category).label}${selected ? '（已选中）' : ''}`}
              data-place-id={place.id}
              onClick={() => onSelect(place)}
            >
              <Image
                className='place-plane__pin'
                src={markerIcon(categoryInfo(place.category).icon)}
                mode='aspectFit'
                nativeProps={DECORATIVE}
              />
            </View>
          )
        })}
        {me ? (
          <View className='place-plane__me' style={at(me.x, me.y)} ariaRole='img' ariaLabel='你的位置'>
            <View className='place-plane__me-dot' />
          </View>
        ) : null}
      </View>
      <PlaneBar
        last={!selectedId}
        bar={bar}
        onLocate={() => (user ? setView((v) => ({ ...v, centre: user })) : onLocate())}
        onRecentre={() => setView({ centre: origin, scale: DEFAULT_SCALE })}
        onZoom={zoom}
      />
      <SelectedTag place={selectedId ? places.find((p) => p.id === selectedId) : undefined} onOpen={onOpen} />
    </View>
  )
}
