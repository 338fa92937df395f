// Short texts about a place for cards and the detail page. Unknown facts read "暂无", never a
// guess: a place without hours or phone is common (see yuzhong-facts.md).
import { CARE_TYPES, chinaDate, formatDistance, labelOf, openState, type Place } from '../../domain/places'
import { freePlacesState, groupThousands, lowestMonthlyFee } from '../../domain/places/childcare-facts'

export const UNKNOWN = '暂无'

export interface OpenLine {
  text: string
  tone: 'good' | 'neutral' | 'waiting'
}

/** "已停业" (confirmed closed), "营业中 · 22:00 关门", "已关门 · 明天 08:00 开门", the source's own note, or "开放时间：暂无". */
export function openLine(place: Place, now: number): OpenLine {
  // A district admin confirmed it closed for good (纠错): its old hours say nothing any more.
  if (place.closed) return { text: '已停业', tone: 'waiting' }
  if (place.hours) {
    const s = openState(place.hours, now)
    return { text: s.label, tone: s.open ? 'good' : 'waiting' }
  }
  if (place.hoursNote) return { text: `开放时间：${place.hoursNote}`, tone: 'neutral' }
  return { text: `开放时间：${UNKNOWN}`, tone: 'neutral' }
}

/** "约 850 m" for approximate points; empty when the place has no location. */
export function distanceText(place: Place & { distanceM?: number }): string {
  if (place.distanceM === undefined) return place.location ? '' : '暂无坐标'
  return `${place.location?.approximate ? '约 ' : ''}${formatDistance(place.distanceM)}`
}

export function ageText(range: { min: number; max: number } | undefined): string | null {
  return range ? `${range.min}–${range.max} 个月` : null
}

/**
 * The childcare facts that are known, as short tags: 全日托、半日托 · 6–36 个月 · 普惠 · 已备案 ·
 * 月费 1,600 元起 · 余位 3（12-01 确认） or 已满（12-01 确认）. A 余位 count is shown only while fresh (childcare-facts.ts).
 */
export function childcareTags(place: Place, now: number): string[] {
  const c = place.childcare
  if (!c) return []
  const tags: string[] = []
  if (c.careTypes.length) tags.push(c.careTypes.map((t) => labelOf(CARE_TYPES, t)).join('、'))
  const age = ageText(c.ageMonths)
  if (age) tags.push(age)
  if (c.publicBenefit !== undefined) tags.push(c.publicBenefit ? '普惠' : '非普惠')
  if (c.registered !== undefined) tags.push(c.registered ? '已备案' : '未备案')
  const fee = lowestMonthlyFee(c)
  if (fee !== undefined) tags.push(`月费 ${groupThousands(fee)} 元起`)
  const free = freePlacesState(c, chinaDate(now))
  if (free?.fresh) tags.push(`${free.count > 0 ? `余位 ${free.count}` : '已满'}（${free.confirmedOn.slice(5)} 确认）`)
  return tags
}
