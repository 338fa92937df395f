// 纠错: reports about places, from the person who saw the problem (我的纠错) to the district
// admin who fixes the record (地点纠错, 修改地点信息).
import type { CorrectionStatus, CorrectionView } from '../domain/places/corrections'
import { useCloudPages } from '../hooks/useCloudPages'
import { useCloudQuery } from '../hooks/useCloudQuery'
import { action } from './calls'

const listCorrections = action('places', 'listCorrections')

/** Changes; with useCalls(correctionCalls) for the button's busy state. */
export const correctionCalls = {
  reportCorrection: action('places', 'reportCorrection'),
  resolveCorrection: action('places', 'resolveCorrection')
}

/** The reports I sent, with their outcome. */
export function useMyCorrections() {
  return useCloudQuery('places', { action: 'myCorrections' })
}

/** One report and the place as stored now; an empty id waits. */
export function useCorrection(id: string | undefined) {
  return useCloudQuery('places', id ? { action: 'getCorrection', id } : null)
}

/** The queue by status, a page at a time; `onPending` hears how many wait (each page says). */
export function useCorrectionQueue(status: CorrectionStatus, onPending: (pending: number) => void) {
  return useCloudPages<CorrectionView, string>(status, async (cursor) => {
    const r = await listCorrections({ status, cursor })
    if (r.ok) onPending(r.data.pending)
    return r
  })
}
