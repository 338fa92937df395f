// Contract of the `places` cloud function. Responses stay small: pages of at most 100 places,
// at most 50 nearby, and the import report (one line per row at most).
import type { NoFields } from '../wire'
import type { CorrectionOutcome, CorrectionStatus, CorrectionView, MyCorrection } from './corrections'
import type { PlaceFilter } from './filters'
import type { PublicOffice, StaffOffice } from './offices'
import type { PublicWalkRoute, StaffWalkRoute } from './walk-routes'
import type { ImportReport } from './merge'
import type { VisitApi } from './visit-api'
import type { LatLng, Place, PlaceCategory, PlaceWithDistance } from './model'
import type { StaffPlacePhoto } from './photos'

export type { ImportReport } from './merge'

export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 100
export const DEFAULT_NEARBY = 20
export const MAX_NEARBY = 50
export const MAX_RADIUS_M = 20_000
export const MAX_IMPORT_ROWS = 2000
/** Characters of CSV/JSON text one import call accepts (WeChat caps a call's payload). */
export const MAX_IMPORT_CHARS = 1_000_000
/**
 * Bytes of one file sent from the app (`base64`). The file travels inside the call as base64
 * (4/3 of its size): WeChat's callFunction docs advise keeping a call's data under 100 KB and
 * CloudBase refuses text request bodies over 100 KB (EXCEED_MAX_PAYLOAD_SIZE), so 64 KB
 * (≈ 87 KB as base64) stays under both. A district's registry listing (a few hundred rows,
 * ≈ 250 bytes each in GBK) fits; a larger one is split into several files, each with its header.
 * Going through cloud storage instead would need an upload path, a download in the function and
 * a clean-up afterwards for no gain at this size.
 */
export const MAX_IMPORT_BYTES = 64 * 1024

export interface ListPlacesRequest {
  /** One of the 11 street codes. */
  street?: string
  /** A 12-digit community code. */
  community?: string
  categories?: PlaceCategory[]
  /** From 1. */
  page?: number
  /** 1–100, default 20. */
  pageSize?: number
}

export interface ListPlacesResponse {
  /** Ordered by name (code point), then id. */
  places: Place[]
  total: number
  page: number
  pageSize: number
  hasMore: boolean
  /** Changes whenever a place is written: a cached list with the same version is current. */
  dataVersion: string
}

export interface NearbyRequest {
  /** GCJ-02 (convert browser WGS-84 with deviceLocationToGcj02 first). */
  origin: LatLng
  /** Only places within this many metres (≤ 20 km). */
  radiusM?: number
  /** At most this many, nearest first (1–50, default 20). */
  limit?: number
  /** openNow is judged by the server's clock on China's official calendar (public holidays: "PH"). */
  filter?: PlaceFilter
}

export interface NearbyResponse {
  places: PlaceWithDistance[]
  dataVersion: string
}

export interface GetPlaceRequest {
  id: string
}

export interface GetPlaceResponse {
  place: Place
  /** Short-lived links to the place's photos (photos.ts), in order; absent when it has none. */
  photos?: string[]
}

export interface ImportPlacesRequest {
  /** CSV or JSON text of the registry listing plus our columns (see import-parse.ts). */
  text?: string
  /**
   * Or the file's bytes as standard base64 (at most MAX_IMPORT_BYTES): UTF-8 (with or without
   * BOM), UTF-16 with BOM or GBK/GB18030, detected by the function (domain/places/encoding.ts).
   */
  base64?: string
  format?: 'csv' | 'json'
  /** Or rows as objects, keyed by column name. */
  rows?: Array<Record<string, unknown>>
  /** Where the rows come from; stored as each place's source unless a row has its own. */
  source?: string
  /** Validate and report without writing anything. */
  dryRun?: boolean
}

export interface PlacesApi extends VisitApi {
  list: { request: ListPlacesRequest; response: ListPlacesResponse }
  /** The data version alone: a phone holding a list of this version need not fetch it again. */
  version: { request: NoFields; response: { dataVersion: string } }
  nearby: { request: NearbyRequest; response: NearbyResponse }
  get: { request: GetPlaceRequest; response: GetPlaceResponse }
  /** District admins only. */
  import: { request: ImportPlacesRequest; response: ImportReport }
  /**
   * 纠错, anyone signed in: `correction` has CorrectionInput's shape (validateCorrection); its
   * client-generated id makes a retry answer the stored report (duplicate: true), never a second.
   */
  reportCorrection: {
    request: { correction: unknown }
    response: { id: string; status: CorrectionStatus; createdAt: string; duplicate: boolean }
  }
  /** The caller's own reports with their outcome, newest first (at most 50). */
  myCorrections: { request: NoFields; response: { items: MyCorrection[] } }
  /** District admins: the queue, by status (default 待处理), newest first, 50 a page. */
  listCorrections: {
    request: { status?: CorrectionStatus; cursor?: string | null }
    response: { items: CorrectionView[]; next: string | null; pending: number }
  }
  /** District admins: one report and the place as stored now (null when it was deleted). */
  getCorrection: { request: { id: string }; response: { correction: CorrectionView; place: Place | null } }
  /**
   * District admins answer a report; with `update` (PlaceEditForm's shape, validatePlaceEdit) the
   * place is rewritten with its new source and verifiedOn in the same step (only with 已更正).
   */
  /** 联系我的社区, anyone: a street's office and its communities' (entered or 暂无), the street's first. */
  offices: { request: { street: string }; response: { offices: PublicOffice[] } }
  /** Street admins (their street) and district admins: the directory with the edit form of each office. */
  staffOffices: { request: { street: string }; response: { offices: StaffOffice[] } }
  /** Street admins for their street, district admins anywhere: an office's facts with source and date. */
  saveOffice: { request: { code: string; office: unknown }; response: { office: StaffOffice } }
  resolveCorrection: {
    request: { id: string; status: CorrectionOutcome; answer?: string; update?: unknown }
    response: { correction: CorrectionView; place?: Place }
  }
  /**
   * District admins add a place (`create`, with a client id NEW_PLACE_ID, its category and area)
   * or edit one directly; `update` has PlaceEditForm's shape. Sent again, the place as asked is
   * answered and nothing is written twice.
   */
  savePlace: {
    request: { id: string; create?: boolean; category?: string; street?: string; community?: string; update: unknown }
    response: { place: Place }
  }
  /** District admins: a place's photos with their ids (to keep or remove) and who confirmed them when. */
  placePhotos: {
    request: { placeId: string }
    response: { photos: StaffPlacePhoto[]; confirmedOn: string | null; updatedByName: string | null }
  }
  /**
   * District admins replace a place's photos (at most MAX_PLACE_PHOTOS, each an upload of theirs or
   * one it has now) after confirming PHOTO_CONFIRMATION; removed ones are deleted from storage.
   */
  savePlacePhotos: {
    request: { placeId: string; fileIds: unknown; confirmed: unknown }
    response: { photos: StaffPlacePhoto[]; confirmedOn: string | null; updatedByName: string | null }
  }
  /** Anyone: the child-friendly walking routes on the map (those not 停用), by name. */
  walkRoutes: { request: NoFields; response: { routes: PublicWalkRoute[] } }
  /** District admins: every route, 停用 ones too, with who saved it. */
  staffWalkRoutes: { request: NoFields; response: { routes: StaffWalkRoute[] } }
  /** District admins add or change a route (WalkRouteForm, validateWalkRoute); sent again, answered as stored. */
  saveWalkRoute: { request: { route: unknown }; response: { route: StaffWalkRoute } }
}
