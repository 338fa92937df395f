// The only ways a poll and its answers leave the system, one allow-list projection each. POLL_FIELDS
// names, for every stored field, the ways it may take; a new field does not compile until someone
// decides. Counts go out only once the poll is closed and counted for the last time (results are
// public then, and not before, so an early lead does not steer the rest); who asked a poll goes to
// staff only, as a name, never an openid; an answer goes only to the person who gave it.
import { quarterLabel } from '../council/model'
import { findStreet } from '../streets'
import {
  pollStatus,
  type Audience,
  type Poll,
  type PollAnswer,
  type PollOption,
  type PollStatus,
  type Respondent
} from './model'

export const POLL_EGRESS = {
  list: 'the polls a citizen may answer, with their own answer (listPolls, answerPoll)',
  results: 'a closed poll’s counts, public (pollResults, and listPolls once closed)',
  staff: 'the staff page’s polls (staffPolls, createPoll, openPoll, closePoll)',
  myData: 'the answerer’s own answers in 我的数据 while they are kept (suggestions.myData)'
} as const
export type PollEgress = keyof typeof POLL_EGRESS

export const POLL_FIELDS = {
  _id: ['list', 'results', 'staff'],
  question: ['list', 'results', 'staff', 'myData'],
  questionForChildren: ['list', 'results', 'staff'],
  // 我的数据 names the option chosen by its words.
  options: ['list', 'results', 'staff', 'myData'],
  audience: ['list', 'results', 'staff'],
  street: ['list', 'results', 'staff'],
  startsOn: ['list', 'results', 'staff'],
  endsOn: ['list', 'results', 'staff'],
  createdAt: ['staff'],
  createdBy: [],
  createdByName: ['staff'],
  openedAt: ['staff'],
  closedAt: ['staff'],
  closedByName: ['staff'],
  // Only once closed and counted; staff see how many answered while it runs.
  counts: ['results', 'staff'],
  respondents: ['results', 'staff'],
  talliedAt: [],
  answersDeletedAt: [],
  // As the round's name (2026 年第四季度), never the id.
  councilRoundId: ['list', 'results', 'staff']
} as const satisfies Record<keyof Poll, readonly PollEgress[]>

/** An answer: the person who gave it sees which option (and in 我的数据 as whom and when); nobody else sees anything of it. */
export const ANSWER_FIELDS = {
  _id: [],
  pollId: [],
  openid: [],
  option: ['list', 'myData'],
  as: ['myData'],
  at: ['myData']
} as const satisfies Record<keyof PollAnswer, readonly PollEgress[]>

export interface PollResults {
  counts: number[]
  total: number
  respondents: Record<Respondent, number>
}

export interface PublicPoll {
  id: string
  question: string
  questionForChildren: string | null
  options: PollOption[]
  audience: Audience
  /** 全区 or the street's name: never a code. */
  scopeLabel: string
  startsOn: string
  endsOn: string
  status: PollStatus
  /** 儿童议事会: the round it was asked for, by name (2026 年第四季度); null when none. */
  councilRound: string | null
  /** Only when the poll is closed and counted. */
  results: PollResults | null
}

export interface CitizenPoll extends PublicPoll {
  /** The option this person chose, when they answered. */
  myAnswer: number | null
}

export interface StaffPoll extends PublicPoll {
  createdAt: string
  createdByName: string
  openedAt: string | null
  closedAt: string | null
  closedByName: string | null
  /** How many answered so far (results stay hidden until the poll is closed). */
  answered: number
  /** Whether this caller may open or close it (their street, or any for the district). */
  manageable: boolean
}

/** 我的数据: one answer the caller gave, while it is kept. */
export interface MyPollAnswer {
  question: string
  /** The chosen option's words. */
  option: string
  as: Respondent
  at: string
}

export function toMyPollAnswer(a: PollAnswer, p: Pick<Poll, 'question' | 'options'>): MyPollAnswer {
  return { question: p.question, option: p.options[a.option]?.label ?? '', as: a.as, at: a.at }
}

export function scopeLabel(street: string | null): string {
  const found = street ? findStreet(street) : undefined
  return found ? `${found.name}街道` : '全区'
}

const total = (p: Pick<Poll, 'respondents'>) => p.respondents.child + p.respondents.parent

function resultsOf(p: Poll, status: PollStatus): PollResults | null {
  if (status !== 'closed' || !p.talliedAt) return null
  return { counts: [...p.counts], total: total(p), respondents: { ...p.respondents } }
}

export function toPublicPoll(p: Poll, nowMs: number): PublicPoll {
  const status = pollStatus(p, nowMs)
  return {
    id: p._id,
    question: p.question,
    questionForChildren: p.questionForChildren,
    options: p.options.map((o) => ({ picture: o.picture, label: o.label })),
    audience: p.audience,
    scopeLabel: scopeLabel(p.street),
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    status,
    councilRound: p.councilRoundId ? quarterLabel(p.councilRoundId) : null,
    results: resultsOf(p, status)
  }
}

export function toCitizenPoll(p: Poll, nowMs: number, mine: Pick<PollAnswer, 'option'> | null): CitizenPoll {
  return { ...toPublicPoll(p, nowMs), myAnswer: mine ? mine.option : null }
}

export function toStaffPoll(p: Poll, nowMs: number, manageable: boolean): StaffPoll {
  return {
    ...toPublicPoll(p, nowMs),
    createdAt: p.createdAt,
    createdByName: p.createdByName,
    openedAt: p.openedAt,
    closedAt: p.closedAt,
    closedByName: p.closedByName,
    answered: total(p),
    manageable
  }
}
