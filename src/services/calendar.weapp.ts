// WeChat: addPhoneCalendar writes the event into the phone's own calendar, with its reminder the
// day before. It needs scope.addPhoneCalendar (WeChat asks) and a tap ("仅在点击行为时调用"), and
// its kind (日历（仅写入）权限) in the privacy guide (config/wechat-privacy.ts).
import Taro from '@tarojs/taro'
import { REMIND_BEFORE_S, type CalendarEvent } from '../domain/activities/calendar'
import type { CalendarOutcome } from './calendar-types'

export type { CalendarOutcome } from './calendar-types'

export const CALENDAR_ACTION = '加到手机日历'

export async function addToCalendar(event: CalendarEvent): Promise<CalendarOutcome> {
  try {
    await Taro.addPhoneCalendar({
      title: event.title,
      // Unix seconds, as the API takes them.
      startTime: Math.floor(event.startMs / 1000),
      // A number, as WeChat's reference has it; Taro's typings still say string (an older doc).
      endTime: Math.floor(event.endMs / 1000) as unknown as string,
      location: event.location,
      description: event.description,
      alarm: true,
      alarmOffset: REMIND_BEFORE_S
    })
    return 'added'
  } catch (e) {
    const msg = String((e as { errMsg?: string })?.errMsg ?? e)
    if (/cancel/i.test(msg)) return 'cancelled'
    if (/auth|deny|denied|privacy/i.test(msg)) return 'denied'
    return 'failed'
  }
}
