// Demo childcare centres and children's homes for the local backend only. No public list of
// Yuzhong's childcare centres exists, so development needs made-up ones: every record is
// demo: true, its name says 示例, it has no phone (a real-looking number could be someone's),
// no registry code, and an approximate location near a rough anchor of its street.
import { STREETS } from '../streets'
import { seededRandom } from '../seeded-random'
import { parseHours } from './hours'
import type { CareType, Facility, OpeningHours, Place, QualityGrade } from './model'

export const DEMO_SOURCE = '示例数据：仅供本地开发演示，并非真实机构'

/**
 * Rough points inside each street, for placing demo records only. They are not street centres
 * (none are published) and must never be shown as one.
 */
export const DEMO_STREET_ANCHORS: Record<string, [lat: number, lng: number]> = {
  '500103001': [29.559, 106.569], // 七星岗
  '500103003': [29.56, 106.579], // 解放碑
  '500103004': [29.556, 106.55], // 两路口
  '500103005': [29.565, 106.55], // 上清寺
  '500103007': [29.548, 106.558], // 菜园坝
  '500103008': [29.552, 106.57], // 南纪门
  '500103010': [29.566, 106.586], // 朝天门
  '500103011': [29.569, 106.561], // 大溪沟
  '500103012': [29.541, 106.52], // 大坪
  '500103013': [29.568, 106.53], // 化龙桥
  '500103014': [29.537, 106.515] // 石油路
}

const CHILDCARE_HOURS = [
  'Mo-Fr 07:30-18:00; PH off',
  'Mo-Fr 08:00-17:30; Sa 09:00-12:00; PH off',
  'Mo-Sa 07:30-19:00; PH off'
]
const HOME_HOURS = 'Mo-Fr 14:30-18:00; Sa-Su 09:00-12:00,14:00-17:00; PH off'
const CARE_TYPE_SETS: CareType[][] = [
  ['full_day'],
  ['full_day', 'half_day'],
  ['full_day', 'hourly', 'temporary'],
  ['half_day', 'hourly'],
  ['temporary', 'hourly']
]
const AGE_RANGES = [
  [6, 36],
  [12, 36],
  [18, 36],
  [3, 36],
  [24, 36]
]
const GRADES: Array<QualityGrade | undefined> = ['A', 'B', undefined, 'C']
const FACILITY_SETS: Facility[][] = [
  ['nursing_room', 'child_toilet'],
  ['stroller_friendly'],
  ['child_toilet', 'accessible', 'stroller_friendly'],
  []
]
// 24 centres: two per street, a third in the two busiest (解放碑, 大坪).
const EXTRA_CHILDCARE_STREETS = ['500103003', '500103012']

function hoursOf(text: string): OpeningHours {
  const r = parseHours(text)
  if (!r.ok) throw new Error(`demo hours "${text}": ${r.errors.join('; ')}`)
  return r.hours
}

const pad2 = (n: number) => String(n).padStart(2, '0')

/** The demo set, the same on every call: 24 childcare centres and 11 children's homes. */
export function demoPlaces(): Place[] {
  const random = seededRandom(2026)
  const near = (street: string) => {
    const [lat, lng] = DEMO_STREET_ANCHORS[street]
    // Within about ±250 m of the anchor.
    return { latitude: lat + (random() - 0.5) * 0.0045, longitude: lng + (random() - 0.5) * 0.005, approximate: true }
  }
  const places: Place[] = []
  const slots = [...STREETS.flatMap((s) => [s, s]), ...STREETS.filter((s) => EXTRA_CHILDCARE_STREETS.includes(s.code))]
  const seen = new Map<string, number>()
  slots.forEach((street, i) => {
    const n = (seen.get(street.code) ?? 0) + 1
    seen.set(street.code, n)
    const [min, max] = AGE_RANGES[i % AGE_RANGES.length]
    const community = street.communities.length
      ? street.communities[(n - 1) % street.communities.length].code
      : undefined
    places.push({
      id: `demo-childcare-${pad2(i + 1)}`,
      name: `示例托育园（${street.name} ${n}）`,
      category: 'childcare',
      street: street.code,
      community,
      address: `${street.name}街道（示例地址）`,
      location: near(street.code),
      phones: [],
      hours: hoursOf(CHILDCARE_HOURS[i % CHILDCARE_HOURS.length]),
      facilities: FACILITY_SETS[i % FACILITY_SETS.length],
      childcare: {
        careTypes: CARE_TYPE_SETS[i % CARE_TYPE_SETS.length],
        ageMonths: { min, max },
        capacity: 20 + ((i * 7) % 60),
        publicBenefit: i % 3 !== 0,
        registered: i % 5 !== 4,
        qualityGrade: GRADES[i % GRADES.length]
      },
      source: DEMO_SOURCE,
      demo: true
    })
  })
  STREETS.forEach((street, i) => {
    const community = street.communities[0]
    places.push({
      id: `demo-children-home-${pad2(i + 1)}`,
      name: `示例社区儿童之家（${community ? community.name : street.name}）`,
      category: 'children_home',
      street: street.code,
      community: community?.code,
      address: `${street.name}街道${community ? `${community.name}社区` : ''}（示例地址）`,
      location: near(street.code),
      phones: [],
      hours: hoursOf(HOME_HOURS),
      facilities: FACILITY_SETS[(i + 1) % FACILITY_SETS.length],
      source: DEMO_SOURCE,
      demo: true
    })
  })
  return places
}
