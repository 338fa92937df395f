// Contract of the `suggestions` cloud function (filled in by the suggestions work).
import type { NoFields } from '../cloud-api'

export interface SuggestionsApi {
  listMine: { request: NoFields; response: { items: unknown[] } }
}
