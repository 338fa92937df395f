// 邀请加入: a district admin prepares a staff place (role, area, name) and gives the person a
// one-time code (src/domain/invite-code.ts) instead of asking for their openid, which nobody can
// read off their phone. The person types the code in the app (user.joinStaff) and the place
// becomes theirs. A code is good for STAFF_INVITE_DAYS; a place not taken by then is prepared again.
import { DAY_MS } from '../clock'
import { formatInviteCode } from '../invite-code'
import { STAFF_INVITE_PREFIX, isStaffInvite, type StaffRecord } from '../roles'

export const STAFF_INVITE_DAYS = 7

export const inviteOpenid = (code: string) => `${STAFF_INVITE_PREFIX}${code}`

type Invited = Pick<StaffRecord, 'openid' | 'invitedAt'>

/** Whether a prepared place's code can no longer be used at `nowMs`. */
export function inviteExpired(r: Invited, nowMs: number): boolean {
  return isStaffInvite(r.openid) && Date.parse(r.invitedAt ?? '') + STAFF_INVITE_DAYS * DAY_MS < nowMs
}

/** What the staff list says of a place still waiting for its person: the code, or that it expired. */
export function inviteView(r: Invited, nowMs: number): { invite?: string; inviteExpired?: true } {
  if (!isStaffInvite(r.openid)) return {}
  if (inviteExpired(r, nowMs)) return { inviteExpired: true }
  return { invite: formatInviteCode(r.openid.slice(STAFF_INVITE_PREFIX.length)) }
}
