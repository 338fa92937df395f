// The calendar the app bundles is the installed chinese-days, date by date: an upgrade of the
// package (a new year's notice, a correction) cannot leave the table stale.
import { readFileSync } from 'node:fs'
import { calendarKnows, isPublicHoliday, isWorkingDay } from '../src/domain/calendar/china-days'
import { CHINA_CALENDAR } from '../src/domain/calendar/china-calendar.generated'
import { datesOf, FIRST_YEAR, generateCalendarModule, OUTPUT, packageSays, packageYears } from './gen-calendar'

describe('npm run gen:calendar', () => {
  it('src/domain/calendar/china-calendar.generated.ts equals what the generator produces now', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(generateCalendarModule())
  })

  it('covers every year the package knows from the first year of the service', () => {
    const years = packageYears()
    expect(years[0]).toBe(FIRST_YEAR)
    expect(Object.keys(CHINA_CALENDAR).map(Number)).toEqual(years)
  })

  it('agrees with the installed package on every date of the years covered', () => {
    const disagreements = Object.keys(CHINA_CALENDAR)
      .flatMap((year) => datesOf(Number(year)))
      .filter((date) => {
        const says = packageSays(date)
        return says.publicHoliday !== isPublicHoliday(date) || says.working !== isWorkingDay(date)
      })
    expect(disagreements).toEqual([])
  })

  it('knows no year the package does not know', () => {
    const next = packageYears().at(-1)! + 1
    expect(calendarKnows(`${next}-01-01`)).toBe(false)
    expect(packageSays(`${next}-01-01`).publicHoliday).toBe(false)
  })
})
