// Web-Mercator arithmetic at city scale, in the map's own zoom levels (WeChat <map> scale 3–20):
// a viewport box for a centre and a size, and points to pixels and back for the browser plane.
import type { BBox, LatLng } from '../../domain/places'

export const DEFAULT_SCALE = 14
export const MIN_SCALE = 11
export const MAX_SCALE = 18
// Metres per degree of latitude (mean); a longitude degree is this × cos(latitude).
const M_PER_DEG = 111_320
const RAD = Math.PI / 180

/** Ground metres per CSS pixel at a zoom level (256-px Mercator tiles). */
function metresPerPixel(latitude: number, scale: number): number {
  return (156_543.033_92 * Math.cos(latitude * RAD)) / 2 ** scale
}

/** Pixel offset of a point from the centre (x right, y down). */
export function project(point: LatLng, centre: LatLng, scale: number): { x: number; y: number } {
  const mpp = metresPerPixel(centre.latitude, scale)
  return {
    x: ((point.longitude - centre.longitude) * M_PER_DEG * Math.cos(centre.latitude * RAD)) / mpp,
    y: ((centre.latitude - point.latitude) * M_PER_DEG) / mpp
  }
}

/** The point at a pixel offset from the centre. */
export function unproject(dx: number, dy: number, centre: LatLng, scale: number): LatLng {
  const mpp = metresPerPixel(centre.latitude, scale)
  return {
    latitude: centre.latitude - (dy * mpp) / M_PER_DEG,
    longitude: centre.longitude + (dx * mpp) / (M_PER_DEG * Math.cos(centre.latitude * RAD))
  }
}

/** The box a map of widthPx × heightPx CSS pixels shows around its centre. */
export function viewportAround(centre: LatLng, scale: number, widthPx: number, heightPx: number): BBox {
  const ne = unproject(widthPx / 2, -heightPx / 2, centre, scale)
  const sw = unproject(-widthPx / 2, heightPx / 2, centre, scale)
  return { south: sw.latitude, west: sw.longitude, north: ne.latitude, east: ne.longitude }
}

/** A round length for a scale bar about a fifth of the width: 200 m, 500 m, 1 km, 2 km… */
export function scaleBar(
  latitude: number,
  scale: number,
  widthPx: number
): { metres: number; px: number; label: string } {
  const mpp = metresPerPixel(latitude, scale)
  const target = (widthPx / 5) * mpp
  const steps = [50, 100, 200, 500, 1000, 2000, 5000, 10000]
  const metres = steps.reduce((best, s) => (Math.abs(s - target) < Math.abs(best - target) ? s : best), steps[0])
  return { metres, px: metres / mpp, label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` }
}

/**
 * The centre and the closest zoom level (MIN_SCALE…MAX_SCALE) at which every point shows inside
 * a map of widthPx × heightPx with paddingPx to spare; null without points. A single place is
 * shown close up, at the street level.
 */
export function viewToFit(
  points: readonly LatLng[],
  widthPx: number,
  heightPx: number,
  paddingPx = 32
): { centre: LatLng; scale: number } | null {
  if (!points.length) return null
  const lats = points.map((p) => p.latitude)
  const lngs = points.map((p) => p.longitude)
  const centre = {
    latitude: (Math.min(...lats) + Math.max(...lats)) / 2,
    longitude: (Math.min(...lngs) + Math.max(...lngs)) / 2
  }
  const halfW = Math.max(1, widthPx / 2 - paddingPx)
  const halfH = Math.max(1, heightPx / 2 - paddingPx)
  for (let scale = Math.min(MAX_SCALE, 16); scale > MIN_SCALE; scale--) {
    const fits = points.every((p) => {
      const { x, y } = project(p, centre, scale)
      return Math.abs(x) <= halfW && Math.abs(y) <= halfH
    })
    if (fits) return { centre, scale }
  }
  return { centre, scale: MIN_SCALE }
}
