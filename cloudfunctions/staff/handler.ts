// staff: the community workers' inbox, handling and reports (filled in by that work).
import { ok } from '../../src/domain/errors'
import { defineFunction } from '../../server/runtime/function'

export const staffFunction = defineFunction('staff', {
  async me(_req, ctx) {
    return ok({ role: ctx.caller.role })
  }
})
