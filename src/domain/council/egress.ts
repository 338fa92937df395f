// The only ways the council's records leave the system, one allow-list projection each. The
// tables name, for every stored field, the ways it may take; a new field does not compile until
// someone decides. A representative's account (openid) never leaves; their picks go only to
// themselves, and only as a count per suggestion once the round is closed; the guardian's phone
// goes to staff masked, in full only through the logged councilGuardian; the suggestions shown are
// the board's own view of them (toCouncilRow: only what a person approved).
import { formatInviteCode } from '../invite-code'
import type { CouncilRow } from '../suggestions/egress'
import { maskPhone } from '../staff/mask'
import { scopeLabel } from '../polls/egress'
import type { AgeGroup } from '../suggestions/model'
import {
  councilInviteExpired,
  isActiveRepresentative,
  quarterLabel,
  type CouncilAnswer,
  type CouncilBallot,
  type CouncilItem,
  type CouncilPlan,
  type CouncilRound,
  type GuardianRelation,
  type Representative,
  type SelfRepresentative
} from './model'

export type { MyCouncilData, SelfRepresentative } from './model'

export const COUNCIL_EGRESS = {
  self: 'the representative’s own view: who they are, the round, their picks (councilMe, joinCouncil, pickCouncil)',
  public: 'the council page: closed rounds, the count of picks per suggestion, the district’s answers (council)',
  staff: 'the staff council page and the answers of every staff action (staffCouncil …)',
  guardian: 'the guardian’s full phone for 联系监护人, logged before it is sent (councilGuardian)'
} as const
export type CouncilEgress = keyof typeof COUNCIL_EGRESS

export const REPRESENTATIVE_FIELDS = {
  _id: ['staff'],
  street: ['self', 'public', 'staff'],
  nickname: ['self', 'staff'],
  ageGroup: ['self', 'staff'],
  guardian: ['staff', 'guardian'],
  // Shown to staff until the child has joined, to read out to the guardian again.
  inviteCode: ['staff'],
  openid: [],
  joinedAt: ['self', 'staff'],
  createdAt: ['staff'],
  createdBy: [],
  createdByName: ['staff'],
  endedAt: ['staff'],
  endedByName: ['staff']
} as const satisfies Record<keyof Representative, readonly CouncilEgress[]>

export const ROUND_FIELDS = {
  _id: ['self', 'public', 'staff'],
  from: ['self', 'public', 'staff'],
  to: ['self', 'public', 'staff'],
  openedAt: ['staff'],
  openedByName: ['staff'],
  closedAt: ['public', 'staff'],
  closedByName: ['staff'],
  talliedAt: [],
  ballotsDeletedAt: []
} as const satisfies Record<keyof CouncilRound, readonly CouncilEgress[]>

export const BALLOT_FIELDS = {
  _id: [],
  roundId: [],
  representativeId: [],
  street: [],
  picks: ['self'],
  at: []
} as const satisfies Record<keyof CouncilBallot, readonly CouncilEgress[]>

export const ITEM_FIELDS = {
  // Made of the round's and the suggestion's ids, both public.
  _id: ['public', 'staff'],
  roundId: ['public', 'staff'],
  street: ['public', 'staff'],
  suggestionId: ['public', 'staff'],
  picks: ['public', 'staff'],
  // Public without the name of who wrote it (staff see that).
  answer: ['public', 'staff']
} as const satisfies Record<keyof CouncilItem, readonly CouncilEgress[]>

export interface StaffRepresentative {
  id: string
  street: string
  streetLabel: string
  nickname: string
  ageGroup: AgeGroup
  guardian: { relation: GuardianRelation; phone: string; agreedOn: string; recordedByName: string } | null
  /** ABCD-EFGH until the child has joined (and while they are a representative and it has not expired). */
  invite: string | null
  /** The code was not used within COUNCIL_INVITE_DAYS: end the place and add the child again. */
  inviteExpired: boolean
  joinedAt: string | null
  createdAt: string
  createdByName: string
  endedAt: string | null
  endedByName: string | null
  active: boolean
}

export interface PublicRound {
  id: string
  label: string
  from: string
  to: string
  status: 'open' | 'closed'
  closedAt: string | null
}

export interface StaffRound extends PublicRound {
  openedAt: string
  openedByName: string
  closedByName: string | null
}

export interface PublicAnswer {
  plan: CouncilPlan
  byOn: string | null
  words: string
  wordsForChildren: string
  answeredAt: string
}

export interface StaffAnswer extends PublicAnswer {
  answeredByName: string
}

export interface PublicItem {
  id: string
  roundId: string
  streetLabel: string
  picks: number
  /** The suggestion as the board shows it; null once it is no longer on the board. */
  suggestion: CouncilRow | null
  answer: PublicAnswer | null
}

export interface StaffItem extends Omit<PublicItem, 'answer'> {
  street: string
  suggestionId: string
  answer: StaffAnswer | null
}

export function toSelfRepresentative(r: Representative): SelfRepresentative {
  return { nickname: r.nickname, ageGroup: r.ageGroup, streetLabel: scopeLabel(r.street), joinedAt: r.joinedAt }
}

export function toStaffRepresentative(r: Representative, nowMs: number): StaffRepresentative {
  const active = isActiveRepresentative(r)
  const waiting = active && r.inviteCode !== null && !r.openid
  const expired = waiting && councilInviteExpired(r, nowMs)
  return {
    id: r._id,
    street: r.street,
    streetLabel: scopeLabel(r.street),
    nickname: r.nickname,
    ageGroup: r.ageGroup,
    guardian: r.guardian
      ? {
          relation: r.guardian.relation,
          phone: maskPhone(r.guardian.phone),
          agreedOn: r.guardian.agreedOn,
          recordedByName: r.guardian.recordedByName
        }
      : null,
    invite: waiting && !expired ? formatInviteCode(r.inviteCode!) : null,
    inviteExpired: expired,
    joinedAt: r.joinedAt,
    createdAt: r.createdAt,
    createdByName: r.createdByName,
    endedAt: r.endedAt,
    endedByName: r.endedByName,
    active
  }
}

/** 联系监护人: the full phone, nothing else (after its audit entry). */
export function toGuardianContact(r: Representative): { relation: GuardianRelation; phone: string } | null {
  return r.guardian ? { relation: r.guardian.relation, phone: r.guardian.phone } : null
}

export function toPublicRound(r: CouncilRound): PublicRound {
  return {
    id: r._id,
    label: quarterLabel(r._id),
    from: r.from,
    to: r.to,
    status: r.closedAt ? 'closed' : 'open',
    closedAt: r.closedAt
  }
}

export function toStaffRound(r: CouncilRound): StaffRound {
  return { ...toPublicRound(r), openedAt: r.openedAt, openedByName: r.openedByName, closedByName: r.closedByName }
}

function publicAnswer(a: CouncilAnswer): PublicAnswer {
  return { plan: a.plan, byOn: a.byOn, words: a.words, wordsForChildren: a.wordsForChildren, answeredAt: a.answeredAt }
}

export function toPublicItem(i: CouncilItem, suggestion: CouncilRow | null): PublicItem {
  return {
    id: i._id,
    roundId: i.roundId,
    streetLabel: scopeLabel(i.street),
    picks: i.picks,
    suggestion,
    answer: i.answer ? publicAnswer(i.answer) : null
  }
}

export function toStaffItem(i: CouncilItem, suggestion: CouncilRow | null): StaffItem {
  return {
    ...toPublicItem(i, suggestion),
    street: i.street,
    suggestionId: i.suggestionId,
    answer: i.answer ? { ...publicAnswer(i.answer), answeredByName: i.answer.answeredByName } : null
  }
}

/** A representative's own picks (their ballot), nothing else of it. */
export const toMyPicks = (b: Pick<CouncilBallot, 'picks'> | null): string[] => (b ? [...b.picks] : [])
