// The typed contract between the app and its cloud functions: one entry per function, one per
// action, each with its request and response. Both `callCloud` (app) and the function runtime
// (server) are typed from this map, so a renamed field breaks the build on both sides.
import type { ActivitiesApi } from './activities/api'
import type { CouncilApi } from './council/api'
import type { PlacesApi } from './places/api'
import type { DistrictExample } from './news'
import type { PolicyDocument } from './policy/content'
import type { ProgressBoard, StaffProgress } from './policy/progress'
import type { PollsApi } from './polls/api'
import type { PolicySummary } from './policy/summary'
import type { Role, StaffScope } from './roles'
import type { StaffApi, StaffMe } from './staff/api'
import type { SuggestionsApi } from './suggestions/api'
import type { NoFields } from './wire'

export interface WhoAmI {
  /** Shortened openid for display; never the full id. */
  idHint: string | null
  role: Role
  roleLabel: string
  name?: string
  scope: StaffScope
  backend: 'wechat' | 'local'
  /** The subscribe-message template for status updates, when the server sends them. */
  subscribeTemplateId?: string
  /** What the staff pages may show (all off for a citizen); whoami is the one identity source. */
  staff?: StaffMe
  /** Staff only: the template of 新建议提醒 (new suggestions in their area), when the server sends them. */
  staffNoticeTemplateId?: string
  /** The template of activity changes and cancellations, asked for when a parent signs up. */
  activityTemplateId?: string
  /** The template of the day-before reminder, asked for in the same tap. */
  activityReminderTemplateId?: string
}

export interface Health {
  backend: 'wechat' | 'local'
  time: string
  collections: number
}

export type PolicyLatest = { upToDate: true } | { upToDate: false; document: PolicyDocument; publishedAt: string }
export type PolicySummaryLatest = { upToDate: true } | { upToDate: false; summary: PolicySummary; publishedAt: string }

export interface CloudFunctions {
  user: {
    whoami: { request: NoFields; response: WhoAmI }
    health: { request: NoFields; response: Health }
    /**
     * 邀请加入: the code a district admin gave makes the caller the staff member of the place they
     * prepared (staff/invites.ts); sent again after a lost answer, it finds the caller joined.
     */
    joinStaff: {
      request: { code: unknown }
      response: { roleLabel: string; name: string; scopeLabel: string; replayed: boolean }
    }
  }
  policy: {
    /** The newest published policy content, unless the caller already has that version. */
    latest: { request: { knownVersion?: string }; response: PolicyLatest }
    /** The 政策 tab's summary of the newest published version, unless the caller already has that version. */
    summary: { request: { knownVersion?: string }; response: PolicySummaryLatest }
    /** District admins publish a new content version (validated like the bundled copy). */
    publish: { request: { document: unknown }; response: { version: string; publishedAt: string } }
    /** The newest published 有什么变化 list; null when none was published (home keeps its bundled one). */
    news: { request: NoFields; response: { items: DistrictExample[] | null; publishedAt?: string } }
    /** District admins replace the 有什么变化 list (validateNews). */
    publishNews: { request: { items: unknown }; response: { count: number; publishedAt: string } }
    /** Anyone: each target's current value (or none) and the suggestions taken up about it. */
    progress: { request: NoFields; response: ProgressBoard }
    /** District admins: every value entered for a target, newest entry first, with who entered it. */
    progressHistory: { request: { targetId: string }; response: { entries: StaffProgress[] } }
    /** District admins enter a current value (validateProgress); the same id again answers the stored one. */
    recordProgress: {
      request: { id: string; targetId: string; value: unknown; asOf: unknown; source: unknown }
      response: { entry: StaffProgress; replayed: boolean }
    }
  } & PollsApi &
    CouncilApi
  places: PlacesApi
  activities: ActivitiesApi
  suggestions: SuggestionsApi
  staff: StaffApi
}

export type FunctionName = keyof CloudFunctions
export type ActionName<N extends FunctionName> = keyof CloudFunctions[N] & string

type Entry<N extends FunctionName, A extends ActionName<N>> = CloudFunctions[N][A] extends {
  request: infer Q
  response: infer R
}
  ? { request: Q; response: R }
  : never

export type RequestOf<N extends FunctionName, A extends ActionName<N>> = Entry<N, A>['request']
export type ResponseOf<N extends FunctionName, A extends ActionName<N>> = Entry<N, A>['response']

/** What goes over the wire: the action name plus its request fields. */
export type Payload<N extends FunctionName> = {
  [A in ActionName<N>]: { action: A } & RequestOf<N, A>
}[ActionName<N>]

export const FUNCTION_NAMES: FunctionName[] = ['user', 'policy', 'places', 'suggestions', 'staff', 'activities']

export function isFunctionName(value: string): value is FunctionName {
  return (FUNCTION_NAMES as string[]).includes(value)
}

/** A short, non-identifying hint of an openid for display ("…a1b2"). */
export function openidHint(openid: string | null): string | null {
  return openid ? `…${openid.slice(-4)}` : null
}
