// 预约参观's words: the child's age groups, the times, the states and their labels. A module of
// its own so that a screen that only shows a request (我的数据, the request card) does not bundle
// the form's checks and everything they import (./visits.ts).
import { isKeyOf, labelOf } from './model'

export const VISIT_CHILD_AGES = [
  { key: 'expecting', label: '还在孕期' },
  { key: 'under1', label: '不满 1 岁' },
  { key: 'age1', label: '1 岁多' },
  { key: 'age2', label: '2 岁多' },
  { key: 'age3plus', label: '3 岁及以上' }
] as const
export type VisitChildAge = (typeof VISIT_CHILD_AGES)[number]['key']

export const VISIT_SLOTS = [
  { key: 'weekday_am', label: '工作日上午' },
  { key: 'weekday_pm', label: '工作日下午' },
  { key: 'weekend', label: '周末（看机构是否开放）' },
  { key: 'any', label: '都可以' }
] as const
export type VisitSlot = (typeof VISIT_SLOTS)[number]['key']

export const VISIT_STATUSES = [
  { key: 'pending', label: '待联系' },
  { key: 'arranged', label: '已约好' },
  { key: 'declined', label: '暂不能安排' },
  { key: 'withdrawn', label: '已撤回' }
] as const
export type VisitStatus = (typeof VISIT_STATUSES)[number]['key']
/** What staff answer with. */
export type VisitOutcome = 'arranged' | 'declined'

export const VISIT_TONE: Record<VisitStatus, 'waiting' | 'good' | 'neutral'> = {
  pending: 'waiting',
  arranged: 'good',
  declined: 'neutral',
  withdrawn: 'neutral'
}

export const visitChildAgeLabel = (k: VisitChildAge) => labelOf(VISIT_CHILD_AGES, k)
export const visitSlotLabel = (k: VisitSlot) => labelOf(VISIT_SLOTS, k)
export const visitStatusLabel = (k: VisitStatus) => labelOf(VISIT_STATUSES, k)

export const isVisitStatus = (v: unknown): v is VisitStatus => isKeyOf(VISIT_STATUSES, v)
