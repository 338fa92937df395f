// 邀请加入 (src/domain/staff/invites.ts): the caller types the code a district admin gave them and
// the prepared place becomes theirs. Safe to send again: a caller already in the place is answered
// as joined; the code is taken by one conditional write, so two people cannot both have it.
import { fail, ok } from '../../src/domain/errors'
import { normalizeInviteCode } from '../../src/domain/invite-code'
import { RATE_LIMITS } from '../../src/domain/rate-limits'
import { ROLE_LABELS, type StaffRecord } from '../../src/domain/roles'
import { inviteExpired, inviteOpenid } from '../../src/domain/staff/invites'
import { scopeView } from '../../src/domain/staff/permissions'
import type { Department } from '../../src/domain/staff/routing'
import { audit } from '../../server/services/audit'
import { claimRateSlot } from '../../server/services/rate-limit'
import type { Context, Handler } from '../../server/function'

async function joined(ctx: Context, r: StaffRecord, replayed: boolean) {
  // Logged once (keyed by the place), also when the first call died between taking it and this;
  // as the staff member they now are, whichever call writes it.
  const asJoined = { ...ctx, caller: { openid: ctx.caller.openid, role: r.role, scope: r.scope, name: r.name } }
  await audit(asJoined, 'save_staff', { detail: { staffId: r._id, role: r.role, joined: true } }, `join:${r._id}`)
  const department = r.scope.department
    ? ((await ctx.repo.collection<Department>('departments').get(r.scope.department))?.name ?? undefined)
    : undefined
  const scope = scopeView({ openid: r.openid, role: r.role, scope: r.scope }, department)
  return ok({ roleLabel: ROLE_LABELS[r.role], name: r.name, scopeLabel: scope.label, replayed })
}

export const joinStaff: Handler<'user', 'joinStaff'> = async (req, ctx) => {
  const openid = ctx.caller.openid
  if (!openid) return fail('UNAUTHENTICATED')
  const staff = ctx.repo.collection<StaffRecord>('staff')
  // One place per account (the list's openid is unique): an account that has one is answered
  // by what it is — joined (the retry of a lost answer), in use, or switched off.
  const [mine] = await staff.find({ openid }, { limit: 1 })
  if (mine && !mine.active)
    return fail('CONFLICT', '你原来的工作人员身份已停用，请管理员在人员管理里重新启用它，不需要新的邀请码', 'code')
  if (mine?.joinedAt) return joined(ctx, mine, true)
  if (mine) return fail('CONFLICT', '你已经在工作人员名单中了，不需要邀请码', 'code')
  const code = normalizeInviteCode(req.code)
  if (!code) return fail('VALIDATION', '邀请码是 8 位字母和数字，请再看一看', 'code')
  if (!(await claimRateSlot(ctx.repo, RATE_LIMITS.staffJoin, openid, ctx.now(), code)))
    return fail('RATE_LIMITED', RATE_LIMITS.staffJoin.message, 'code')
  const [place] = await staff.find({ openid: inviteOpenid(code) }, { limit: 1 })
  if (!place || !place.active) return fail('NOT_FOUND', '没有找到这个邀请码，请向给你邀请码的管理员确认', 'code')
  if (inviteExpired(place, ctx.now().getTime())) return fail('CONFLICT', '这个邀请码已过期，请让管理员重新生成', 'code')
  const patch = { openid, joinedAt: ctx.now().toISOString() }
  if (!(await staff.updateIf(place._id, { openid: inviteOpenid(code) }, patch)))
    return fail('CONFLICT', '这个邀请码已经用过了', 'code')
  return joined(ctx, { ...place, ...patch }, false)
}
