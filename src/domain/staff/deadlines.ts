// Time limits of a suggestion's steps, said once: 受理 within N working days of its submission,
// 答复 within M working days of its 受理, counted on China's calendar (public holidays off, 调休
// Saturdays and Sundays worked: calendar/china-days.ts). A district admin sets N and M
// (staff.saveDeadlines); the inbox, the case page, the report and the escalation pass (督办) all
// ask this module.
//
// A step is due by the end (China time) of its last working day: a Friday submission with 2
// working days is due on Tuesday evening, or on the 调休 Saturday evening when that Saturday is
// worked. Past the last year the calendar knows, only Monday to Friday count: `calendarGap` says
// so, in words for staff, rather than pretend a holiday is a working day.
import { addWorkingDays, calendarKnows, type ChinaDate } from '../calendar/china-days'
import { chinaDate, chinaStartIso } from '../clock'
import type { HistoryEntry, Status } from '../suggestions/model'
import { streetMonthCounter, type StreetMonth } from './street-months'

export interface DeadlineLimits {
  /** 受理: working days after the day of submission. */
  acceptDays: number
  /** 答复: working days after the day of 受理. */
  answerDays: number
  /**
   * When deadlines came into force (the migration's run, server/services/migrations.ts): a step
   * begun before it counts from it, so an upgrade does not find the whole backlog overdue at once.
   */
  since?: string
}

/** Before a district admin sets any: what 12345 hotlines commonly promise. */
export const DEFAULT_DEADLINES: DeadlineLimits = { acceptDays: 2, answerDays: 10 }
/** Whole working days a limit may be (a month and a half of working days at most). */
export const DEADLINE_DAYS = { min: 1, max: 30 } as const
/** 督办: an overdue step goes to the street admin at once, to the district this many working days later. */
export const DISTRICT_ESCALATION_DAYS = 3

const STEP_LABELS = { acceptDays: '受理', answerDays: '答复' } as const

export type LimitsCheck = { ok: true; value: DeadlineLimits } | { ok: false; field: string; message: string }

/** A district admin's input: whole numbers of working days within DEADLINE_DAYS. */
export function validateDeadlineLimits(raw: unknown): LimitsCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, field: 'limits', message: '期限格式不对' }
  const input = raw as Record<string, unknown>
  const value = { ...DEFAULT_DEADLINES }
  for (const key of ['acceptDays', 'answerDays'] as const) {
    const v = typeof input[key] === 'string' && /^\s*\d+\s*$/.test(input[key]) ? Number(input[key]) : input[key]
    if (typeof v !== 'number' || !Number.isInteger(v) || v < DEADLINE_DAYS.min || v > DEADLINE_DAYS.max) {
      return {
        ok: false,
        field: key,
        message: `${STEP_LABELS[key]}期限请填 ${DEADLINE_DAYS.min}—${DEADLINE_DAYS.max} 之间的整数（工作日）`
      }
    }
    value[key] = v
  }
  return { ok: true, value }
}

export type DeadlineStep = 'accept' | 'answer'
export const DEADLINE_STEP_LABELS: Record<DeadlineStep, string> = { accept: '受理', answer: '答复' }

// 受理 is done by any staff step out of 已提交; 答复 by a reply or a decision.
const ANSWERING: readonly Status[] = ['answered', 'adopted', 'rejected', 'closed']

export interface StepDeadline {
  step: DeadlineStep
  /** The last working day, YYYY-MM-DD (China). */
  due: ChinaDate
  /** When the step was done, if it was. */
  doneAt?: string
}

export interface CaseForDeadlines {
  createdAt: string
  status: Status
  history: readonly HistoryEntry[]
  replies: ReadonlyArray<{ at: string }>
}

const dateOf = (iso: string) => chinaDate(Date.parse(iso))
/** The instant after the due day ends in China. */
const dueEndIso = (due: ChinaDate) => {
  const [y, m, d] = due.split('-').map(Number)
  return chinaStartIso(y, m - 1, d + 1)
}

/**
 * The steps of a case with their due dates: 答复 only once 受理 is done. Withdrawn rows owe nothing.
 * A 转办 while a step is owed starts that step's days again from the transfer: whoever receives a
 * case is given the same time to take it up, or to answer, as the one who first held it (the
 * transfer and its reason stay in the history and the audit log).
 */
export function caseDeadlines(s: CaseForDeadlines, limits: DeadlineLimits): StepDeadline[] {
  return stepsOf(s, limits).map(({ from: _from, ...d }) => d)
}

/**
 * When the days of the step still owed began (its start, or the last 转办 since): 督办 counts its
 * levels from then, so a case handed on is escalated afresh if the receiver is late too.
 */
export function owedStepStart(s: CaseForDeadlines, limits: DeadlineLimits): string | null {
  return stepsOf(s, limits).find((d) => !d.doneAt)?.from ?? null
}

function stepsOf(s: CaseForDeadlines, limits: DeadlineLimits): Array<StepDeadline & { from: string }> {
  if (s.status === 'withdrawn') return []
  const from = (iso: string) => dateOf(limits.since && limits.since > iso ? limits.since : iso)
  const transfers = s.history.filter((h) => h.event === 'transferred').map((h) => h.at)
  /** A step owed from `start` until `doneAt`: from the last transfer in between, if any. */
  const startOf = (start: string, doneAt?: string) =>
    transfers.filter((t) => t > start && (!doneAt || t < doneAt)).reduce((a, b) => (b > a ? b : a), start)
  const acceptedAt = s.history.find((h) => h.status !== 'submitted' && !h.event)?.at
  const acceptFrom = startOf(s.createdAt, acceptedAt)
  const accept = {
    step: 'accept' as const,
    from: acceptFrom,
    due: addWorkingDays(from(acceptFrom), limits.acceptDays),
    ...(acceptedAt ? { doneAt: acceptedAt } : {})
  }
  if (!acceptedAt) return [accept]
  const answeredAt = [
    ...s.replies.map((r) => r.at),
    ...s.history.filter((h) => ANSWERING.includes(h.status) && !h.event).map((h) => h.at)
  ].sort()[0]
  const answerFrom = startOf(acceptedAt, answeredAt)
  const answer = {
    step: 'answer' as const,
    from: answerFrom,
    due: addWorkingDays(from(answerFrom), limits.answerDays),
    ...(answeredAt ? { doneAt: answeredAt } : {})
  }
  return [accept, answer]
}

/** Whether a step was (or, still open, is by `nowIso`) past the end of its due day. */
export function isLate(d: StepDeadline, nowIso: string): boolean {
  return (d.doneAt ?? nowIso) >= dueEndIso(d.due)
}

/** The open step that is past its due day now, or null. */
export function overdueStep(s: CaseForDeadlines, limits: DeadlineLimits, nowIso: string): StepDeadline | null {
  return caseDeadlines(s, limits).find((d) => !d.doneAt && isLate(d, nowIso)) ?? null
}

/** The open step still owed (overdue or not), or null when nothing is owed. */
export function currentStep(s: CaseForDeadlines, limits: DeadlineLimits): StepDeadline | null {
  return caseDeadlines(s, limits).find((d) => !d.doneAt) ?? null
}

/**
 * 督办 level an overdue case has reached by `nowIso`: 1 (the street admin) from the day after the
 * due day, 2 (the district) once DISTRICT_ESCALATION_DAYS more working days have passed.
 */
export function escalationLevel(s: CaseForDeadlines, limits: DeadlineLimits, nowIso: string): 0 | 1 | 2 {
  const late = overdueStep(s, limits, nowIso)
  if (!late) return 0
  const districtDue: StepDeadline = { step: late.step, due: addWorkingDays(late.due, DISTRICT_ESCALATION_DAYS) }
  return isLate(districtDue, nowIso) ? 2 : 1
}

/**
 * What staff must be told when a due date falls in a year the calendar does not know yet (its
 * holidays are published each November), or null when the date is counted on the real calendar.
 */
export function calendarGap(due: ChinaDate): string | null {
  if (calendarKnows(due)) return null
  return `${due.slice(0, 4)} 年的法定节假日和调休安排还没有收录，这个期限只按周一至周五计算，遇到节假日请自行顺延`
}

/** "10月12日" for a due date on a chip or the case page. */
export function dueLabel(due: ChinaDate): string {
  const [, m, d] = due.split('-').map(Number)
  return `${m}月${d}日`
}

/** What a view needs to say a case's deadlines: the limits in force and the time of the call. */
export interface DeadlineClock {
  limits: DeadlineLimits
  now: string
}

/** The step still owed, as an inbox card says it (逾期 or 应于…前受理). */
export interface InboxDeadline {
  step: DeadlineStep
  due: ChinaDate
  overdue: boolean
}

export function inboxDeadline(s: CaseForDeadlines, clock: DeadlineClock): InboxDeadline | undefined {
  const owed = currentStep(s, clock.limits)
  return owed ? { step: owed.step, due: owed.due, overdue: isLate(owed, clock.now) } : undefined
}

/** A step as the case page shows it: due, done (when) and whether it was or is late. */
export interface CaseDeadline {
  step: DeadlineStep
  due: ChinaDate
  doneAt?: string
  late: boolean
  /** calendarGap(due), when there is one. */
  calendarNote?: string
}

export function caseDeadlineView(s: CaseForDeadlines, clock: DeadlineClock): CaseDeadline[] {
  return caseDeadlines(s, clock.limits).map((d) => {
    const note = calendarGap(d.due)
    return { ...d, late: isLate(d, clock.now), ...(note ? { calendarNote: note } : {}) }
  })
}

/**
 * The inbox's 逾期优先 order: overdue first, then what is owed soonest, then what owes nothing
 * (newest first); ties by id so pages stay stable.
 */
export function overdueFirst<T extends { id: string; createdAt: string; deadline?: InboxDeadline }>(
  a: T,
  b: T
): number {
  const rank = (x: T) => (x.deadline ? (x.deadline.overdue ? 0 : 1) : 2)
  return (
    rank(a) - rank(b) ||
    (a.deadline && b.deadline ? a.deadline.due.localeCompare(b.deadline.due) : 0) ||
    b.createdAt.localeCompare(a.createdAt) ||
    a.id.localeCompare(b.id)
  )
}

/** An inbox card's line: "受理已逾期（应于10月12日前）" or "应于10月13日前受理". */
export function inboxDeadlineText(d: InboxDeadline): string {
  const step = DEADLINE_STEP_LABELS[d.step]
  return d.overdue ? `${step}已逾期（应于${dueLabel(d.due)}前）` : `应于${dueLabel(d.due)}前${step}`
}

/** A case page's line for one step: its due day, when it was done, and whether late. */
export function caseDeadlineText(d: CaseDeadline): string {
  const head = `${DEADLINE_STEP_LABELS[d.step]}：应于${dueLabel(d.due)}前`
  if (d.doneAt) return `${head}，${dueLabel(chinaDate(Date.parse(d.doneAt)))}已完成${d.late ? '（逾期）' : ''}`
  return d.late ? `${head}，已逾期` : head
}

/** One street's steps due in one month (China calendar): on time, or late (done late or still open). */
export interface DeadlineCount extends StreetMonth {
  onTime: number
  overdue: number
}

export interface DeadlineReport {
  onTime: number
  overdue: number
  /** On time ÷ steps whose outcome is known (done, or past due); null when none is. */
  onTimeRate: number | null
  /** Newest month first, then by street. */
  byStreetMonth: DeadlineCount[]
}

/**
 * The report's 按时率: every step (受理, 答复) whose outcome is known by `clock.now` (done, or
 * past its due day), counted in the month it was due, per street. A step still open and not yet
 * due counts nowhere.
 */
export function deadlineReport(
  rows: ReadonlyArray<CaseForDeadlines & { street?: string }>,
  clock: DeadlineClock
): DeadlineReport {
  const counts = streetMonthCounter<DeadlineCount>(() => ({ onTime: 0, overdue: 0 }))
  let onTime = 0
  let overdue = 0
  for (const r of rows) {
    for (const d of caseDeadlines(r, clock.limits)) {
      const late = isLate(d, clock.now)
      if (!d.doneAt && !late) continue
      const c = counts.at(r.street, d.due.slice(0, 7))
      if (late) {
        c.overdue += 1
        overdue += 1
      } else {
        c.onTime += 1
        onTime += 1
      }
    }
  }
  return {
    onTime,
    overdue,
    onTimeRate: onTime + overdue ? onTime / (onTime + overdue) : null,
    byStreetMonth: counts.list()
  }
}
