import { calendarEventOf } from './calendar'
import { activityIcs } from './ics'

const ACTIVITY = {
  id: 'act-1',
  title: '周末亲子阅读会',
  startAt: '2026-12-12T02:00:00.000Z',
  endAt: '2026-12-12T03:30:00.000Z',
  place: { placeId: 'lib', name: '渝中区图书馆', address: '渝中区长江一路 1 号（示例）' },
  howToSignUp: '请带上水杯'
}

describe('an activity for the phone’s calendar', () => {
  it('says what, when, where in words and what to know', () => {
    expect(calendarEventOf(ACTIVITY)).toEqual({
      uid: 'act-1@yuzhong-yimi',
      title: '周末亲子阅读会',
      startMs: Date.parse('2026-12-12T02:00:00.000Z'),
      endMs: Date.parse('2026-12-12T03:30:00.000Z'),
      location: '渝中区图书馆（渝中区长江一路 1 号（示例））',
      description: '渝中 · 一米高度 的活动报名。\n报名须知：请带上水杯'
    })
    expect(
      calendarEventOf({
        ...ACTIVITY,
        place: { name: '大井巷社区活动室', address: '大井巷社区活动室' },
        howToSignUp: ''
      })
    ).toMatchObject({
      location: '大井巷社区活动室',
      description: '渝中 · 一米高度 的活动报名。'
    })
  })

  it('writes an .ics file in UTC with the same uid every time and an alarm the day before', () => {
    const text = activityIcs(calendarEventOf(ACTIVITY))
    const unfolded = text.replace(/\r\n[ \t]/g, '')
    expect(unfolded).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(unfolded).toContain('UID:act-1@yuzhong-yimi')
    expect(unfolded).toContain('SUMMARY:周末亲子阅读会')
    // 10:00–11:30 in China is 02:00–03:30 UTC.
    expect(unfolded).toContain('DTSTART:20261212T020000Z')
    expect(unfolded).toContain('DTEND:20261212T033000Z')
    expect(unfolded).toMatch(/BEGIN:VALARM[\s\S]*TRIGGER:-P(T24H|1D|T86400S|T24H0M0S)[\s\S]*END:VALARM/)
  })
})
