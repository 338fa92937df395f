// 快问快答 (quick polls, U-Report style): a district or street admin asks one question with 2–5
// picture options, to children, parents or both, for a street or the whole district, between two
// China dates. One answer per person; only the counts stay with the poll once it has closed.
import { chinaDate, DAY_MS } from '../clock'

export const POLL_LIMITS = {
  question: 60,
  label: 12,
  minOptions: 2,
  maxOptions: 5,
  /** A poll runs at most this many days: a quick question, not a standing survey. */
  maxDays: 60,
  /** A new poll's days unless changed: two weeks, so one nobody re-dated does not end the day it starts. */
  defaultDays: 14
} as const

/**
 * The built-in pictures an option can carry: large, the same on every phone, and nothing to
 * review (an uploaded picture would need the content check and an approval first).
 */
export const PICTOGRAMS = {
  park: { emoji: '🌳', name: '公园' },
  playground: { emoji: '🛝', name: '游乐场' },
  library: { emoji: '📚', name: '图书馆' },
  sports: { emoji: '⚽', name: '运动' },
  swim: { emoji: '🏊', name: '游泳' },
  art: { emoji: '🎨', name: '画画' },
  music: { emoji: '🎵', name: '音乐' },
  science: { emoji: '🔬', name: '科学' },
  museum: { emoji: '🏛️', name: '博物馆' },
  nature: { emoji: '🦋', name: '自然' },
  food: { emoji: '🍎', name: '吃的' },
  home: { emoji: '🏠', name: '在家' },
  school: { emoji: '🏫', name: '学校' },
  toilet: { emoji: '🚻', name: '厕所' },
  water: { emoji: '🚰', name: '喝水' },
  safety: { emoji: '🦺', name: '安全' },
  yes: { emoji: '👍', name: '同意' },
  no: { emoji: '👎', name: '不同意' },
  other: { emoji: '💡', name: '其他' }
} as const
export type Pictogram = keyof typeof PICTOGRAMS
export const PICTOGRAM_KEYS = Object.keys(PICTOGRAMS) as Pictogram[]
export const isPictogram = (v: unknown): v is Pictogram =>
  typeof v === 'string' && Object.prototype.hasOwnProperty.call(PICTOGRAMS, v)

export const AUDIENCES = { children: '小朋友', parents: '家长', both: '小朋友和家长' } as const
export type Audience = keyof typeof AUDIENCES
export const isAudience = (v: unknown): v is Audience =>
  typeof v === 'string' && Object.prototype.hasOwnProperty.call(AUDIENCES, v)

/** Who is answering: a child or a grown-up (the page asks; nothing else about the person). */
export type Respondent = 'child' | 'parent'
export const isRespondent = (v: unknown): v is Respondent => v === 'child' || v === 'parent'

/** A poll's question as this respondent reads it: a child its words for children, when given. */
export function questionFor(p: { question: string; questionForChildren: string | null }, who: Respondent): string {
  return who === 'child' && p.questionForChildren ? p.questionForChildren : p.question
}

/** Whether a poll's audience includes this kind of respondent. */
export function asksRespondent(audience: Audience, who: Respondent): boolean {
  return audience === 'both' || (audience === 'children') === (who === 'child')
}

export interface PollOption {
  picture: Pictogram
  label: string
}

export interface Poll {
  _id: string
  question: string
  /** The same question in words for children, when the adult wording would not do. */
  questionForChildren: string | null
  options: PollOption[]
  audience: Audience
  /** A street's code, or null for the whole district. */
  street: string | null
  /** China dates (YYYY-MM-DD): the first and the last day answers are taken. */
  startsOn: string
  endsOn: string
  createdAt: string
  createdBy: string
  createdByName: string
  /** Set by 开始: until then the poll is a draft nobody outside staff sees. */
  openedAt: string | null
  /** Set by 提前结束. */
  closedAt: string | null
  closedByName: string | null
  /** Answers per option (index as in options), recounted from the answers until the final tally. */
  counts: number[]
  respondents: Record<Respondent, number>
  /** When the counts of the closed poll were made final: from then on the answers may go. */
  talliedAt: string | null
  /** When the purge deleted the answers (POLL_ANSWER_RETENTION_DAYS after the final count). */
  answersDeletedAt: string | null
  /**
   * The children's council round it was asked for (2026-Q4), shown with the round's results;
   * null (or absent, on polls from before) when it stands alone.
   */
  councilRoundId?: string | null
}

/** One person's answer: kept only until the poll's final tally (POLL_ANSWER_RETENTION_DAYS). */
export interface PollAnswer {
  /** `${pollId}:${openid}`: one answer per person per poll, by the database's unique id. */
  _id: string
  pollId: string
  openid: string
  option: number
  as: Respondent
  at: string
}

export const answerId = (pollId: string, openid: string) => `${pollId}:${openid}`

export const POLL_STATUSES = { draft: '未开始', open: '进行中', closed: '已结束' } as const
export type PollStatus = keyof typeof POLL_STATUSES

/** A database filter, in the repository's terms (server/adapters/repository.ts). */
type Where = Record<string, string | null | { $ne: null } | { $lte: string } | { $gte: string }>

type Timed = Pick<Poll, 'startsOn' | 'endsOn' | 'openedAt' | 'closedAt'>

/** Why a poll cannot be ended early (it never began: a draft nobody saw stays a draft), or null. */
export const closeRefusal = (p: Pick<Poll, 'openedAt'>): string | null =>
  p.openedAt ? null : '这个投票还没有开始，不用结束'

/** The one place a poll's status is decided, from the China date of `nowMs`. */
export function pollStatus(p: Timed, nowMs: number): PollStatus {
  const today = chinaDate(nowMs)
  if (p.closedAt || today > p.endsOn) return 'closed'
  if (p.openedAt && today >= p.startsOn) return 'open'
  return 'draft'
}

/**
 * The database filter of the polls taking answers today (the same rule as pollStatus 'open'):
 * opened, not closed early, and today between the first and the last day.
 */
export function openPollsWhere(nowMs: number): Where {
  const today = chinaDate(nowMs)
  return { openedAt: { $ne: null }, closedAt: null, startsOn: { $lte: today }, endsOn: { $gte: today } }
}

/** The database filters (either one) of ended polls whose answers have not had their final count. */
export function endedPollsWhere(nowMs: number): Where[] {
  return [
    { talliedAt: null, closedAt: { $ne: null } },
    // Its last day was yesterday or before (as $lte: the CloudBase fake knows no lt).
    { talliedAt: null, endsOn: { $lte: chinaDate(nowMs - DAY_MS) } }
  ]
}
