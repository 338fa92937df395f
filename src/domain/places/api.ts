// Contract of the `places` cloud function (filled in by the places work).
import type { NoFields } from '../cloud-api'

export interface PlacesApi {
  list: { request: NoFields; response: { places: unknown[] } }
}
