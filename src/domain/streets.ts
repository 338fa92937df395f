// Yuzhong's 11 streets (街道) and 80 communities (社区居民委员会 / 社区工作站) with their national
// statistics division codes, from streets.generated.ts (npm run gen:streets). Pickers show the
// short name and store the code, and still offer "其他/不确定" (not everyone knows theirs). Street
// centres are not published; pages that need one use the centre of the places in that street, or
// the district centre. Codes of the earlier partial list: migrations/streets-legacy.ts.
import { DIVISION_PARENT, USUAL_SUFFIX, YUZHONG_DIVISIONS, type DivisionRow } from './streets.generated'

export interface Community {
  /** Full 12-digit code: street code + the community's 3 digits. */
  code: string
  /** Short name, as pickers and labels show it (大井巷). */
  name: string
  /** Official name (大井巷社区居民委员会). */
  officialName: string
}

export interface Street {
  /** 9-digit code. */
  code: string
  /** Short name (解放碑). */
  name: string
  /** Official name (解放碑街道). */
  officialName: string
  communities: Community[]
}

/** A generated row read whole: its parent's code + its own digits, its short name + its kind of body. */
function division([codeTail, name, kind]: DivisionRow, parentCode: string, usualKind: string): Community {
  return { code: parentCode + codeTail, name, officialName: name + (kind ?? usualKind) }
}

export const STREETS: readonly Street[] = YUZHONG_DIVISIONS.map(({ street, communities }) => {
  const { code, name, officialName } = division(street, DIVISION_PARENT, USUAL_SUFFIX.street)
  return {
    code,
    name,
    officialName,
    communities: communities.map((c) => division(c, code, USUAL_SUFFIX.community))
  }
})

const BY_CODE = new Map(STREETS.map((s) => [s.code, s]))

export function findStreet(code: string): Street | undefined {
  return BY_CODE.get(code)
}

export function findCommunity(code: string): { street: Street; community: Community } | undefined {
  const street = BY_CODE.get(code.slice(0, 9))
  const community = street?.communities.find((c) => c.code === code)
  return street && community ? { street, community } : undefined
}

/** A chosen street and community by their short names (解放碑 · 大井巷), or undefined without a street. */
export function whereLabel(street?: string, community?: string): string | undefined {
  const name = street ? findStreet(street)?.name : undefined
  if (!name) return undefined
  const inside = community ? findCommunity(community)?.community.name : undefined
  return inside ? `${name} · ${inside}` : name
}

/** District facts used where a page needs a fallback centre (GCJ-02 is close enough at this scale). */
export const DISTRICT = {
  name: '渝中区',
  code: '500103',
  centre: { latitude: 29.5559, longitude: 106.565 },
  areaKm2: 23.24,
  population2020: 588717
} as const
