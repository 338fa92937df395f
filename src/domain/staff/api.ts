// Contract of the `staff` cloud function (filled in by the community-worker work).
import type { NoFields } from '../cloud-api'

export interface StaffApi {
  me: { request: NoFields; response: { role: string } }
}
