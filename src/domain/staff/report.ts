// Figures for a report, computed on the server from the suggestions in the caller's area.
// Rates follow the history, not the current status: a suggestion adopted and then closed still
// counts as adopted.
import { streetMonthCounter } from './street-months'
import { chinaDateTime, chinaWeekStart, HOUR_MS } from '../clock'
import { findCommunity, findStreet } from '../streets'
import {
  AGE_GROUPS,
  STATUSES,
  TOPICS,
  type AgeGroup,
  type FollowUp,
  type HistoryEntry,
  type Reply,
  type Status,
  type Suggestion,
  type Topic
} from '../suggestions/model'
import { DECIDED_STATUSES, isFixed } from '../suggestions/status'
import { everReached, firstResponseAt } from './workflow'

/**
 * What a report counts of a row (egress/staff.ts: toReportRow builds it): no words, no notes, no
 * contact; replies and answers by their time only.
 */
export interface ReportRow extends Pick<
  Suggestion,
  'status' | 'topic' | 'mode' | 'ageGroup' | 'street' | 'community' | 'createdAt'
> {
  history: Array<Pick<HistoryEntry, 'status' | 'at' | 'by' | 'event'>>
  replies: Array<Pick<Reply, 'at'>>
  followUps?: Array<Pick<FollowUp, 'answer' | 'at'>>
}

export interface CountOf<K extends string> {
  key: K
  label: string
  count: number
}

export interface WeekCount {
  /** Monday of the week (China calendar), YYYY-MM-DD. */
  week: string
  submitted: number
  /** Of those submitted that week, how many are 已办结 now. */
  closed: number
}

/** Answers to 解决了吗？ given in one month (China calendar) about suggestions of one street. */
export interface SatisfactionCount {
  street: string
  label: string
  /** YYYY-MM of the answer. */
  month: string
  solved: number
  notYet: number
}

export interface Satisfaction {
  solved: number
  notYet: number
  /** 解决了 ÷ all answers; null when nobody answered. */
  rate: number | null
  /** Newest month first, then by street. */
  byStreetMonth: SatisfactionCount[]
}

export interface StaffReport {
  total: number
  byStatus: Array<CountOf<Status>>
  byTopic: Array<CountOf<Topic>>
  byAgeGroup: Array<CountOf<AgeGroup | 'unknown'>>
  byMode: { child: number; adult: number }
  byStreet: Array<CountOf<string>>
  byCommunity: Array<CountOf<string> & { street: string }>
  byWeek: WeekCount[]
  /** Adopted ÷ decided (adopted, answered or refused at some point); null when none was decided. */
  adoptionRate: number | null
  /** 已办结 ÷ total; null when there is nothing. */
  completionRate: number | null
  /** Hours from submission to the first status change or reply, median over those answered. */
  medianFirstResponseHours: number | null
  responded: number
  /** The authors' answers after 已办结 (followup.ts), each closure answered once. */
  satisfaction: Satisfaction
  /** The rows were capped (see the `limit` in the response); figures cover the newest ones. */
  truncated: boolean
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000)

function tally<K extends string>(keys: readonly K[], labels: (k: K) => string, values: Iterable<K>): Array<CountOf<K>> {
  const counts = new Map<K, number>(keys.map((k) => [k, 0]))
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts].map(([key, count]) => ({ key, label: labels(key), count }))
}

/** Every answer to 解决了吗？ in the rows, per street and month of the answer. */
export function satisfactionOf(rows: readonly Pick<ReportRow, 'street' | 'followUps'>[]): Satisfaction {
  const counts = streetMonthCounter<SatisfactionCount>(() => ({ solved: 0, notYet: 0 }))
  let solved = 0
  let notYet = 0
  for (const r of rows) {
    for (const f of r.followUps ?? []) {
      const c = counts.at(r.street, chinaDateTime(f.at, false).slice(0, 7))
      if (f.answer === 'solved') {
        c.solved += 1
        solved += 1
      } else {
        c.notYet += 1
        notYet += 1
      }
    }
  }
  return { solved, notYet, rate: ratio(solved, solved + notYet), byStreetMonth: counts.list() }
}

export function buildReport(rows: readonly ReportRow[], truncated = false): StaffReport {
  const byStatus = tally(
    Object.keys(STATUSES) as Status[],
    (k) => STATUSES[k],
    rows.map((r) => r.status)
  )
  const byTopic = tally(
    TOPICS.map((t) => t.key),
    (k) => TOPICS.find((t) => t.key === k)?.label ?? k,
    rows.map((r) => r.topic)
  )
  const ageKeys = [...AGE_GROUPS.map((a) => a.key), 'unknown'] as Array<AgeGroup | 'unknown'>
  const byAgeGroup = tally(
    ageKeys,
    (k) => AGE_GROUPS.find((a) => a.key === k)?.label ?? '未填写',
    rows.map((r) => r.ageGroup ?? 'unknown')
  )

  const streets = tally(
    [] as string[],
    (k) => findStreet(k)?.name ?? '未填写街道',
    rows.map((r) => r.street ?? 'unknown')
  )
  const communities = tally(
    [] as string[],
    (k) => findCommunity(k)?.community.name ?? '未填写社区',
    rows.map((r) => r.community ?? 'unknown')
  )
  const byCommunity = communities.map((c) => ({ ...c, street: findCommunity(c.key)?.street.code ?? 'unknown' }))

  const weeks = new Map<string, WeekCount>()
  let adopted = 0
  let decided = 0
  const responseHours: number[] = []
  for (const r of rows) {
    const week = chinaWeekStart(r.createdAt)
    const w = weeks.get(week) ?? { week, submitted: 0, closed: 0 }
    w.submitted += 1
    if (isFixed(r.status)) w.closed += 1
    weeks.set(week, w)
    if (everReached(r.history, 'adopted')) adopted += 1
    if (DECIDED_STATUSES.some((s) => everReached(r.history, s))) decided += 1
    const first = firstResponseAt(r)
    if (first) responseHours.push((Date.parse(first) - Date.parse(r.createdAt)) / HOUR_MS)
  }
  const closed = rows.filter((r) => isFixed(r.status)).length
  const med = median(responseHours)
  return {
    total: rows.length,
    byStatus,
    byTopic,
    byAgeGroup,
    byMode: {
      child: rows.filter((r) => r.mode === 'child').length,
      adult: rows.filter((r) => r.mode === 'adult').length
    },
    byStreet: streets.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    byCommunity: byCommunity.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    byWeek: [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week)),
    adoptionRate: ratio(adopted, decided),
    completionRate: ratio(closed, rows.length),
    medianFirstResponseHours: med === null ? null : Math.round(med * 10) / 10,
    responded: responseHours.length,
    satisfaction: satisfactionOf(rows),
    truncated
  }
}
