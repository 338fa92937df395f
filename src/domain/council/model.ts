// 儿童议事会 (the online children's council). Each street has child representatives (小代表),
// added by its street admin with the guardian's consent: a nickname and an age group, no real name;
// the guardian's phone is the only contact and staff reach the child only through it. A
// representative joins on their own phone with a one-time invitation code the admin hands the
// guardian. Each quarter a district admin opens a round: every representative sees their street's
// approved suggestions of the quarter (children's first) and picks up to three. Picks are private;
// when the round closes they are counted per suggestion and the tally is public. The district
// answers every picked suggestion on the record, in adult and child words.
import { chinaMonth, chinaStartIso, DAY_MS, chinaDate } from '../clock'
import type { AgeGroup } from '../suggestions/model'

export const COUNCIL_LIMITS = {
  nickname: 8,
  /** Each representative picks up to this many suggestions in a round. */
  picks: 3,
  answer: 300,
  answerForChildren: 120,
  /** The suggestions a representative is shown in a round (the quarter's approved ones of the street). */
  candidates: 60
} as const

/** Who gave the consent: the guardian, in the words staff use on the phone. */
export const GUARDIAN_RELATIONS = { mother: '妈妈', father: '爸爸', other: '其他监护人' } as const
export type GuardianRelation = keyof typeof GUARDIAN_RELATIONS
export const isGuardianRelation = (v: unknown): v is GuardianRelation =>
  typeof v === 'string' && Object.prototype.hasOwnProperty.call(GUARDIAN_RELATIONS, v)

/** The guardian's agreement, as the street admin recorded it. */
export interface GuardianConsent {
  relation: GuardianRelation
  /** The one way to reach the child: masked to staff, in full only through a logged step. */
  phone: string
  /** The China date the guardian agreed (the admin saw the signed form or heard it on the phone). */
  agreedOn: string
  recordedByName: string
}

export interface Representative {
  /** The admin's client id for this add (a retried add is stored once). */
  _id: string
  street: string
  nickname: string
  ageGroup: AgeGroup
  /** Null once the retention table's period after the end has passed (the purge). */
  guardian: GuardianConsent | null
  /** The one-time code the child joins with; null once used (or after the end). */
  inviteCode: string | null
  /** The child's WeChat account once joined; null before, and after the purge. */
  openid: string | null
  joinedAt: string | null
  createdAt: string
  createdBy: string
  createdByName: string
  /** 不再担任: from then on the account has no access to the council. */
  endedAt: string | null
  endedByName: string | null
}

/** A representative as they see themselves (the shape of the 'self' projection, council/egress.ts). */
export interface SelfRepresentative {
  nickname: string
  ageGroup: AgeGroup
  streetLabel: string
  joinedAt: string | null
}

/** 我的数据: the representative's own view and how many suggestions they picked in the round under way. */
export interface MyCouncilData extends SelfRepresentative {
  picks: number
}

export interface CouncilRound {
  /** The quarter: 2026-Q4. */
  _id: string
  /** China dates: the quarter's first and last day (the suggestions it looks at). */
  from: string
  to: string
  openedAt: string
  openedByName: string
  closedAt: string | null
  closedByName: string | null
  /** When the picks were counted for the last time (at closing): from then on the ballots may go. */
  talliedAt: string | null
  /** When the purge deleted the ballots (who picked what). */
  ballotsDeletedAt: string | null
}

/** One representative's picks in one round: private, deleted after the final count. */
export interface CouncilBallot {
  /** `${roundId}:${representativeId}`: one ballot per representative and round. */
  _id: string
  roundId: string
  representativeId: string
  street: string
  /** Suggestion ids, at most COUNCIL_LIMITS.picks. */
  picks: string[]
  at: string
}

export const COUNCIL_PLANS = { will: '会做', not: '暂时做不了' } as const
export type CouncilPlan = keyof typeof COUNCIL_PLANS
export const isCouncilPlan = (v: unknown): v is CouncilPlan => v === 'will' || v === 'not'

/** The district's answer to a picked suggestion, on the record. */
export interface CouncilAnswer {
  plan: CouncilPlan
  /** 'will': by when (a China date); 'not': null. */
  byOn: string | null
  /** What will be done, or why not, for adults. */
  words: string
  /** The same for children. */
  wordsForChildren: string
  answeredAt: string
  answeredByName: string
}

/** A suggestion picked in a round: how many representatives picked it, and the district's answer. */
export interface CouncilItem {
  /** `${roundId}:${suggestionId}` */
  _id: string
  roundId: string
  street: string
  suggestionId: string
  picks: number
  answer: CouncilAnswer | null
}

export const ballotId = (roundId: string, representativeId: string) => `${roundId}:${representativeId}`
export const itemId = (roundId: string, suggestionId: string) => `${roundId}:${suggestionId}`

const QUARTER_NAMES = ['一', '二', '三', '四'] as const

export interface Quarter {
  id: string
  from: string
  to: string
}

/** The quarter (China calendar) an instant falls in. */
export function quarterOf(epochMs: number): Quarter {
  const { year, month } = chinaMonth(epochMs)
  const first = month - (month % 3)
  const startsAt = chinaStartIso(year, first)
  const endsAt = chinaStartIso(year, first + 3)
  return {
    id: `${year}-Q${first / 3 + 1}`,
    from: chinaDate(Date.parse(startsAt)),
    to: chinaDate(Date.parse(endsAt) - DAY_MS)
  }
}

/** The instants (ISO) a round's quarter begins and ends, from its China dates. */
export function quarterBounds(r: Pick<CouncilRound, 'from' | 'to'>): { startsAt: string; endsAt: string } {
  const start = Date.parse(`${r.from}T00:00:00+08:00`)
  const end = Date.parse(`${r.to}T00:00:00+08:00`) + DAY_MS
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(end).toISOString() }
}

/** 2026-Q4 → 2026 年第四季度; anything else as it is. */
export function quarterLabel(id: string): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(id)
  return m ? `${m[1]} 年第${QUARTER_NAMES[Number(m[2]) - 1]}季度` : id
}

export const isActiveRepresentative = (r: Pick<Representative, 'endedAt'>) => r.endedAt === null

/**
 * How long a representative's invite code works: a child's seat is not held open by a code that
 * may have been passed on. Long enough for a guardian to sit down with the child; after it the
 * street admin ends the place and adds the child again (with the guardian's consent again).
 */
export const COUNCIL_INVITE_DAYS = 30

/** Whether a code not yet used can no longer be used at `nowMs`. */
export function councilInviteExpired(r: Pick<Representative, 'inviteCode' | 'createdAt'>, nowMs: number): boolean {
  return r.inviteCode !== null && Date.parse(r.createdAt) + COUNCIL_INVITE_DAYS * DAY_MS < nowMs
}

/** How many representatives picked each suggestion, most picked first (ties: as first met). */
export function tallyPicks(ballots: ReadonlyArray<Pick<CouncilBallot, 'picks'>>): Array<[string, number]> {
  const counts = new Map<string, number>()
  for (const b of ballots) for (const id of new Set(b.picks)) counts.set(id, (counts.get(id) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1])
}
