// places: list, nearby and detail of places (filled in by the places work).
import { ok } from '../../src/domain/errors'
import { defineFunction } from '../../server/runtime/function'

export const placesFunction = defineFunction('places', {
  async list() {
    return ok({ places: [] })
  }
})
