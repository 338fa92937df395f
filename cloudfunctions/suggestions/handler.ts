// suggestions: 一米建议 (filled in by the suggestions work).
import { ok } from '../../src/domain/errors'
import { defineFunction } from '../../server/runtime/function'

export const suggestionsFunction = defineFunction('suggestions', {
  async listMine() {
    return ok({ items: [] })
  }
})
