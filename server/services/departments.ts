// The departments that receive 转办 (src/domain/staff/routing.ts), as the functions read them.
import type { Department } from '../../src/domain/staff/routing'
import type { Context } from '../function'

/** A department's staff: their department's name, for their area's label (me, whoami). */
export async function callerDepartmentName(ctx: Pick<Context, 'repo' | 'caller'>): Promise<string | undefined> {
  const id = ctx.caller.role === 'department_staff' ? ctx.caller.scope.department : undefined
  return id ? ((await ctx.repo.collection<Department>('departments').get(id))?.name ?? undefined) : undefined
}
