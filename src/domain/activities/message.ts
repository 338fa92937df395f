// The subscribe message sent to everyone signed up when staff change or cancel an activity
// (SUBSCRIBE_TEMPLATE_ACTIVITY, e.g. 公共模板库 “活动变更通知”). Keys thing1 (活动名称), time2
// (活动时间), thing3 (活动地点), thing4 (变更说明); change them here if the chosen template differs.
// The message shows on a lock screen: the activity, never the parent's or child's details.
import { clip, messageTime, type MessageData } from '../staff/message'
import type { Activity } from './model'
import { placeLabel } from './model'

export const ACTIVITY_PAGE = 'pkg-activities/detail/index'

/**
 * An activity's message: it opens the activity's page and names what, when and where (thing1,
 * time2, thing3), with `line` as thing4 (the change, or the reminder's words).
 */
export function activityMessage(
  a: Pick<Activity, '_id' | 'title' | 'startAt' | 'place'>,
  line: string
): { page: string; data: MessageData } {
  return {
    page: `${ACTIVITY_PAGE}?id=${encodeURIComponent(a._id)}`,
    data: {
      thing1: { value: clip(a.title, 20) },
      time2: { value: messageTime(a.startAt) },
      thing3: { value: clip(placeLabel(a.place), 20) },
      thing4: { value: clip(line, 20) }
    }
  }
}

export function activityNoticeData(a: Pick<Activity, '_id' | 'title' | 'startAt' | 'place' | 'status' | 'notice'>): {
  page: string
  data: MessageData
} {
  return activityMessage(a, a.status === 'cancelled' ? `已取消：${a.notice ?? ''}` : `有变更：${a.notice ?? ''}`)
}
