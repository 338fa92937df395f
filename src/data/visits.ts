// 预约参观: a parent's requests to visit a childcare centre (the visit page, 我的) and the staff
// list of the requests in their area (参观预约). The wire lives here and in src/domain/places/visit-api.
import type { StaffVisitItem } from '../domain/places/visit-api'
import type { VisitStatus } from '../domain/places/visit-words'
import { useCloudPages } from '../hooks/useCloudPages'
import { useCloudQuery } from '../hooks/useCloudQuery'
import { action } from './calls'

const staffVisits = action('places', 'staffVisits')

/** Changes; with useCalls(visitCalls) for the button's busy state. */
export const visitCalls = {
  requestVisit: action('places', 'requestVisit'),
  withdrawVisit: action('places', 'withdrawVisit'),
  openVisitContact: action('places', 'openVisitContact'),
  answerVisit: action('places', 'answerVisit')
}

/** My requests, newest first; with a centre's id, only that centre's. */
export const useMyVisits = (placeId?: string) =>
  useCloudQuery('places', { action: 'myVisits', ...(placeId ? { placeId } : {}) })

/** Staff: the requests in their area by status, a page at a time; `onFirst` hears the count waiting and the area. */
export function useStaffVisits(status: VisitStatus, onFirst: (pending: number, scopeLabel: string) => void) {
  return useCloudPages<StaffVisitItem, string>(status, async (cursor) => {
    const r = await staffVisits({ status, cursor })
    if (r.ok) onFirst(r.data.pending, r.data.scopeLabel)
    return r
  })
}
