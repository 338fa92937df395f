// 快问快答's actions, part of the policy function (src/domain/cloud-api.ts).
import type { CitizenPoll, PublicPoll, StaffPoll } from './egress'
import type { NoFields } from '../wire'

export interface PollsApi {
  /** Anyone: the polls taking answers today (with the caller's own answer) and the recently closed, with results. */
  listPolls: { request: NoFields; response: { open: CitizenPoll[]; closed: PublicPoll[] } }
  /** Anyone signed in: one answer per person per poll; the same answer again is answered as given. */
  answerPoll: {
    request: { pollId: string; option: unknown; as: unknown }
    response: { poll: CitizenPoll; replayed: boolean }
  }
  /** Street and district admins: the polls of their area (the district's too, to read), newest first. */
  staffPolls: {
    request: NoFields
    /** `councilRound`: the children's council round under way, which a new poll may be asked for. */
    response: { polls: StaffPoll[]; councilRound: { id: string; label: string } | null }
  }
  /** Street admins for their street, district admins anywhere: a new poll, not yet open (validatePoll). */
  createPoll: { request: { poll: unknown }; response: { poll: StaffPoll; replayed: boolean } }
  /** 开始: the poll takes answers from its first day. */
  openPoll: { request: { id: string }; response: { poll: StaffPoll } }
  /** 提前结束: no more answers; counted for the last time, then its results are public. */
  closePoll: { request: { id: string }; response: { poll: StaffPoll } }
}
