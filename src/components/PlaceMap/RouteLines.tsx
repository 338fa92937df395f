// Browser build: the routes on the offline plane, each segment a thin bar from one projected point
// to the next, under the pins (decoration for the eye: their names and words are in the list under
// the map). Only segments that touch the visible plane are drawn.
import { View } from '@tarojs/components'
import type { LatLng } from '../../domain/places'
import { project } from './viewport'

interface Props {
  routes: ReadonlyArray<{ id: string; points: readonly LatLng[] }>
  centre: LatLng
  scale: number
  width: number
  height: number
}

export function RouteLines({ routes, centre, scale, width, height }: Props) {
  const seen = (x: number, y: number) => Math.abs(x) <= width && Math.abs(y) <= height
  return (
    <View className='place-plane__routes'>
      {routes.flatMap((r) =>
        r.points.slice(1).map((to, i) => {
          const a = project(r.points[i], centre, scale)
          const b = project(to, centre, scale)
          if (!seen(a.x, a.y) && !seen(b.x, b.y)) return null
          const dx = b.x - a.x
          const dy = b.y - a.y
          return (
            <View
              key={`${r.id}-${i}`}
              className='place-plane__route'
              data-route-id={r.id}
              style={{
                left: `${Math.round(width / 2 + a.x)}px`,
                top: `${Math.round(height / 2 + a.y)}px`,
                width: `${Math.round(Math.hypot(dx, dy))}px`,
                transform: `rotate(${Math.atan2(dy, dx)}rad)`
              }}
            />
          )
        })
      )}
    </View>
  )
}
