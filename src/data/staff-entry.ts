// The staff entry on the 我的 tab (main package): how many new suggestions wait, and 新建议提醒.
// Apart from data/staff.ts, the workspace's door, so the main package does not carry every staff
// call the subpackage makes (a module shared with the main package keeps all its used exports there).
import { useCloudQuery } from '../hooks/useCloudQuery'
import { action } from './calls'

/** New suggestions waiting in the caller's area, and 新建议提醒 left. */
export function useWaiting() {
  return useCloudQuery('staff', { action: 'waiting' })
}

/** 订阅新建议提醒; with useCalls(staffEntryCalls) for the button's busy state. */
export const staffEntryCalls = { subscribeNotice: action('staff', 'subscribeNotice') }
