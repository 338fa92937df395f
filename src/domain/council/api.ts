// 儿童议事会's actions, part of the policy function (src/domain/cloud-api.ts).
import type { PublicPoll } from '../polls/egress'
import type { CouncilRow } from '../suggestions/egress'
import type { NoFields } from '../wire'
import type { PublicItem, PublicRound, SelfRepresentative, StaffItem, StaffRepresentative, StaffRound } from './egress'
import type { GuardianRelation } from './model'

export interface CouncilStreet {
  streetLabel: string
  /** How many representatives the street's council has now. */
  representatives: number
  items: PublicItem[]
}

/** A closed round on the council page: its picks street by street, and the polls asked for it. */
export type CouncilRoundResults = PublicRound & { streets: CouncilStreet[]; polls: PublicPoll[] }

export interface CouncilApi {
  /** Anyone: the round under way (if any) and the closed rounds with picks and answers, newest first. */
  council: {
    request: NoFields
    response: { current: PublicRound | null; rounds: CouncilRoundResults[] }
  }
  /** Signed in: whether the caller is a representative, and if so the open round, its suggestions and their picks. */
  councilMe: {
    request: NoFields
    response: {
      representative: SelfRepresentative | null
      round: PublicRound | null
      candidates: CouncilRow[]
      picks: string[]
    }
  }
  /** Signed in: the invitation code the street admin gave the guardian makes this account a representative. */
  joinCouncil: { request: { code: unknown }; response: { representative: SelfRepresentative; replayed: boolean } }
  /** A representative, while the round is open: their picks (replacing the earlier ones), at most three. */
  pickCouncil: { request: { roundId: string; picks: unknown }; response: { picks: string[] } }
  /** Street admins (their street) and district admins: representatives, rounds and picked suggestions. */
  staffCouncil: {
    request: NoFields
    response: { representatives: StaffRepresentative[]; rounds: StaffRound[]; items: StaffItem[] }
  }
  /** Street admins for their street, district admins anywhere: a representative with the guardian's consent. */
  addRepresentative: {
    request: { representative: unknown }
    response: { representative: StaffRepresentative; replayed: boolean }
  }
  /** 不再担任: the representative's account loses access at once. */
  endRepresentative: { request: { id: string }; response: { representative: StaffRepresentative } }
  /** 联系监护人: the guardian's full phone, logged. */
  councilGuardian: { request: { id: string }; response: { relation: GuardianRelation; phone: string } }
  /** District admins: open this quarter's round (the same call again answers the open round). */
  openRound: { request: NoFields; response: { round: StaffRound } }
  /** District admins: close a round; the picks are counted and made public. */
  closeRound: { request: { id: string }; response: { round: StaffRound; items: StaffItem[] } }
  /** District admins: the answer on the record to a picked suggestion (a later answer replaces it). */
  answerCouncilItem: { request: { id: string; answer: unknown }; response: { item: StaffItem } }
}
