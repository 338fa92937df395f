/** Places: model, hours, distances, spatial index, filters, map markers, import, seed data. */
export * from './model'
export { parseHours, type HoursParse } from './hours'
export { describeHours, formatHours } from './hours-text'
export { isOpenAt, openState, type OpenState } from './open-state'
export { chinaDate, chinaDateTime } from '../clock'
export {
  bboxCentre,
  deviceLocationToGcj02,
  distanceM,
  expandBBox,
  formatDistance,
  haversineM,
  isInsideYuzhong,
  OUTSIDE_YUZHONG,
  regionToBBox,
  toGcj02FromWgs84,
  YUZHONG_BBOX,
  type BBox,
  type Gcj02Point
} from './geo'
export { linearNearest, linearWithin, PlaceIndex, type Hit, type Located, type PlacePredicate } from './spatial'
export {
  compareByName,
  filterPlaces,
  hasChildcareCriteria,
  originForStreet,
  streetLabels,
  type StreetLabel,
  placeMatcher,
  sortByDistance,
  type FilterContext,
  type PlaceFilter
} from './filters'
export {
  DEFAULT_MAX_MARKERS,
  GROUP_MARKER_BASE,
  markerPayloadSize,
  markersForViewport,
  type MapMarker,
  type MarkerOptions,
  type MarkerUpdate,
  type PlaceGroup
} from './markers'
export { normalisePhone, parsePhones } from './phone'
export { nameQueryTerms, placeNameMatcher, searchPlacesByName } from './search'
// Import code (papaparse) is left out of this barrel so the app bundle never carries it; the
// cloud function and the command line import './import' directly.
export type { ImportColumn, ParsedInput } from './import-parse'
export type { ImportedPlace, ImportOptions, ImportValidation, RejectedRow } from './import'
export { formatImportReport, mergeImported, type ImportChange, type ImportOutcome, type ImportReport } from './merge'
// The bundled copy for first run; demo records live in demo.ts and are never exported here.
export { CONFIRMED_PLACES } from './seed'
export * from './api'
