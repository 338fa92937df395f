// The marker icons (scripts/make-marker-icons.mjs) as the bundler resolves them: a file path in
// the WeChat build (config/index.ts inlines no image: <map> markers need real files) and a URL in
// the browser build.
import type { MarkerIconKey, PlaceCategory } from '../../domain/places'
import { categoryInfo } from '../../domain/places'
import childcare from '../../assets/markers/childcare.png'
import childrenHome from '../../assets/markers/children-home.png'
import childrenSpace from '../../assets/markers/children-space.png'
import hospitalChildren from '../../assets/markers/hospital-children.png'
import hospital from '../../assets/markers/hospital.png'
import library from '../../assets/markers/library.png'
import museum from '../../assets/markers/museum.png'
import nursingRoom from '../../assets/markers/nursing-room.png'
import park from '../../assets/markers/park.png'

const MARKER_ICONS: Record<MarkerIconKey, string> = {
  childcare,
  'children-home': childrenHome,
  'hospital-children': hospitalChildren,
  hospital,
  park,
  library,
  museum,
  'children-space': childrenSpace,
  'nursing-room': nursingRoom
}

export const markerIcon = (icon: MarkerIconKey): string => MARKER_ICONS[icon]

export const categoryIcon = (category: PlaceCategory): string => MARKER_ICONS[categoryInfo(category).icon]
