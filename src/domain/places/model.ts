// The Place model: every place a parent may look for (childcare, children's homes, hospitals,
// parks, libraries, museums, children's spaces). Coordinates are GCJ-02, the datum of WeChat's
// map, getLocation({type:'gcj02'}) and openLocation; WGS-84 input is converted once at the
// boundary (geo.ts). Unknown facts stay absent: the app says "未知" rather than guess.

/**
 * Categories with their Chinese labels and the key of their map marker icon. Adding a category
 * is one entry here; everything else (validation, import, markers, chips) reads this list.
 */
export const PLACE_CATEGORIES = [
  { key: 'childcare', label: '托育机构', shortLabel: '托育', icon: 'childcare' },
  { key: 'children_home', label: '社区儿童之家', shortLabel: '儿童之家', icon: 'children-home' },
  { key: 'children_hospital', label: '儿童医院', shortLabel: '儿童医院', icon: 'hospital-children' },
  // The facts list these as hospitals without saying which departments they have; the label
  // therefore makes no promise of a paediatrics department.
  { key: 'hospital', label: '综合医院', shortLabel: '医院', icon: 'hospital' },
  { key: 'park', label: '公园', shortLabel: '公园', icon: 'park' },
  { key: 'library', label: '图书馆', shortLabel: '图书馆', icon: 'library' },
  { key: 'museum', label: '博物馆 · 纪念馆', shortLabel: '博物馆', icon: 'museum' },
  { key: 'children_space', label: '儿童活动空间', shortLabel: '活动空间', icon: 'children-space' },
  // A room of its own (an imported or entered 母婴室); the chip also finds any place whose
  // facilities list one (FACILITY_CATEGORY below), so a hospital's 母婴室 is found too.
  { key: 'nursing_room', label: '母婴室', shortLabel: '母婴室', icon: 'nursing-room' }
] as const

export type PlaceCategory = (typeof PLACE_CATEGORIES)[number]['key']
export type MarkerIconKey = (typeof PLACE_CATEGORIES)[number]['icon']
export type CategoryInfo = (typeof PLACE_CATEGORIES)[number]

const CATEGORY_BY_KEY = new Map<string, CategoryInfo>(PLACE_CATEGORIES.map((c) => [c.key, c]))

export function isPlaceCategory(value: unknown): value is PlaceCategory {
  return typeof value === 'string' && CATEGORY_BY_KEY.has(value)
}

export function categoryInfo(category: PlaceCategory): CategoryInfo {
  return CATEGORY_BY_KEY.get(category) as CategoryInfo
}

export const FACILITIES = [
  { key: 'nursing_room', label: '母婴室' },
  { key: 'accessible', label: '无障碍通道' },
  { key: 'child_toilet', label: '儿童厕所' },
  { key: 'stroller_friendly', label: '婴儿车友好' },
  { key: 'parking', label: '停车' }
] as const
export type Facility = (typeof FACILITIES)[number]['key']

/** A category whose chip also finds the places that list it as a facility (a hospital's 母婴室). */
export const FACILITY_CATEGORY: Partial<Record<PlaceCategory, Facility>> = { nursing_room: 'nursing_room' }

/** Whether a place counts under a category: its own, or a facility that category stands for. */
export function isInCategory(place: Pick<Place, 'category' | 'facilities'>, category: PlaceCategory): boolean {
  if (place.category === category) return true
  const facility = FACILITY_CATEGORY[category]
  return facility !== undefined && place.facilities.includes(facility)
}

/** Care types with the unit their fee is quoted in (a month of 全日托, an hour of 计时托, …). */
export const CARE_TYPES = [
  { key: 'full_day', label: '全日托', feeUnit: '月' },
  { key: 'half_day', label: '半日托', feeUnit: '月' },
  { key: 'hourly', label: '计时托', feeUnit: '小时' },
  { key: 'temporary', label: '临时托', feeUnit: '天' }
] as const
export type CareType = (typeof CARE_TYPES)[number]['key']

/** National quality grades for childcare (WS/T 821—2023). */
export const QUALITY_GRADES = ['A', 'B', 'C', 'D'] as const
export type QualityGrade = (typeof QUALITY_GRADES)[number]

/** A point in GCJ-02, named as WeChat's APIs name them. */
export interface LatLng {
  latitude: number
  longitude: number
}

export interface PlaceLocation extends LatLng {
  /** Rough point (may be off by several hundred metres) or unknown datum: the app says so. */
  approximate: boolean
}

/** A time range in China time. `to` ≤ `from` means it ends the next day; "24:00" is midnight. */
export interface TimeRange {
  from: string
  to: string
}

export type OpeningHours =
  | { kind: 'always'; text: string }
  | {
      kind: 'weekly'
      /** Monday first (index 0) … Sunday (index 6); an empty list is a closed day. */
      week: TimeRange[][]
      /** Public holidays: 'regular' follows the weekday, 'closed', or their own ranges. */
      holidays: 'regular' | 'closed' | TimeRange[]
      /** The compact text this was parsed from, kept for editing (see hours.ts). */
      text: string
    }

export interface ChildcareInfo {
  careTypes: CareType[]
  /** Ages accepted, in months (e.g. 6–36). */
  ageMonths?: { min: number; max: number }
  /** 托位: number of places. */
  capacity?: number
  /** 普惠: public-benefit pricing. */
  publicBenefit?: boolean
  /** 备案: listed in the national childcare registry. */
  registered?: boolean
  /** Unified social credit code (统一社会信用代码) from the registry. */
  registryCode?: string
  /** institution_type as the registry writes it. */
  registryType?: string
  /** finished_time from the registry (kept as written). */
  registeredAt?: string
  qualityGrade?: QualityGrade
  /** What a parent pays, per care type, in yuan per the care type's feeUnit (childcare-facts.ts). */
  fees?: CareFee[]
  /** When each care type runs, as the centre words it ("周一至周五 07:30-17:30"). */
  careHours?: CareHours[]
  /** Meals and snacks, as the centre words it ("午餐和两次点心"). */
  meals?: string
  /** 余位: free places and the China date (YYYY-MM-DD) someone last confirmed the number. */
  freePlaces?: { count: number; confirmedOn: string }
}

export interface CareFee {
  careType: CareType
  /** Whole yuan per the care type's feeUnit. */
  yuan: number
}

export interface CareHours {
  careType: CareType
  text: string
}

export interface Place {
  id: string
  name: string
  /** Other name (institution_other_name) or a common short name. */
  alias?: string
  /**
   * The name and alias as typed in pinyin, for the name search only (never shown): added by the
   * places function when it lists places (pinyin.ts), absent in the bundled copy and in storage.
   */
  pinyin?: string
  category: PlaceCategory
  /** One of the 11 street codes (streets.ts). */
  street?: string
  /** 12-digit community code. */
  community?: string
  address?: string
  /** Absent when unknown: such a place is listed but never on the map or in "nearby". */
  location?: PlaceLocation
  phones: string[]
  /** Absent when unknown ("营业时间未知"). */
  hours?: OpeningHours
  /** What the structured hours cannot say: "最晚16:30入馆", "时间说法不一", … */
  hoursNote?: string
  free?: boolean
  facilities: Facility[]
  childcare?: ChildcareInfo
  /** Where the facts came from, in words a data keeper can check. */
  source: string
  /** YYYY-MM-DD the facts were last checked against the source; absent when unknown. */
  verifiedAt?: string
  /** Closed for good, as a district admin confirmed (a correction report): listed with 已停业. */
  closed?: boolean
  /** Demo record (local development only): shown with a 示例 badge, never in production. */
  demo?: boolean
  /** Set by the cloud function on every write (ISO time). */
  updatedAt?: string
}

/** A place as stored in the `places` collection. */
export type PlaceDoc = Place & { _id: string }

export type PlaceWithDistance = Place & { distanceM: number }

export function toPlaceDoc(place: Place): PlaceDoc {
  return { ...place, _id: place.id }
}

export function fromPlaceDoc(doc: PlaceDoc): Place {
  const { _id, ...place } = doc
  return { ...place, id: _id }
}

/** Whether a value is one of a list's keys (a form field, a request: anything may arrive). */
export const isKeyOf = <K extends string>(list: readonly { key: K }[], v: unknown): v is K =>
  list.some((item) => item.key === v)

export function labelOf<K extends string>(list: readonly { key: K; label: string }[], key: K): string {
  return list.find((item) => item.key === key)?.label ?? key
}
