import { TRANSITIONS } from '../staff/workflow'
import { STATUSES, type Status } from './model'
import {
  ANSWERED_STATUSES,
  BOARD_STATUSES,
  CLOSED_STATUSES,
  FINAL_STATUSES,
  FIXED_STATUSES,
  OPEN_STATUSES,
  isFinal,
  open311Status
} from './status'

const ALL = Object.keys(STATUSES) as Status[]

describe('status groups', () => {
  it('open, fixed and closed divide every status between them, once each', () => {
    const outcomes = [...OPEN_STATUSES, ...FIXED_STATUSES, ...CLOSED_STATUSES]
    expect([...outcomes].sort()).toEqual([...ALL].sort())
  })

  it('final means no staff step leads out of it', () => {
    for (const s of ALL) expect(isFinal(s)).toBe(!TRANSITIONS.some((t) => t.from === s))
    expect(FINAL_STATUSES).toHaveLength(2)
  })

  it('the board shows what was taken up or finished; Open311 closes fixed and closed ones', () => {
    expect(BOARD_STATUSES.every((s) => s === 'adopted' || s === 'closed')).toBe(true)
    expect(ALL.filter((s) => open311Status(s) === 'closed').sort()).toEqual(['closed', 'rejected', 'withdrawn'])
    expect(ANSWERED_STATUSES).toContain('answered')
  })
})
