import { STATUSES, type Status } from '../suggestions/model'
import type { TargetRow } from '../suggestions/egress/public'
import { countRelated, relatedLine } from './related'

const row = (status: Status, policyRef?: string, topic: TargetRow['topic'] = 'learning'): TargetRow => ({
  topic,
  status,
  ...(policyRef ? { policyRef } : {})
})

describe('suggestions counted beside a target', () => {
  it('counts adopted and finished suggestions written about the target, nothing else', () => {
    const rows = [
      row('adopted', 'childcareSlotsPerThousand'),
      row('closed', 'childcareSlotsPerThousand'),
      row('closed', 'childcareSlotsPerThousand'),
      // Not taken up (yet), refused or withdrawn: not counted.
      ...(['submitted', 'accepted', 'in_progress', 'answered', 'rejected', 'withdrawn'] as Status[]).map((s) =>
        row(s, 'childcareSlotsPerThousand')
      ),
      // About another target, a Q&A answer, or only the same subject: not this target's.
      row('adopted', 'preschoolEnrolment'),
      row('adopted', 'q3'),
      row('closed')
    ]
    expect(countRelated(rows, ['childcareSlotsPerThousand', 'preschoolEnrolment', 'compulsoryEnrolment'])).toEqual({
      childcareSlotsPerThousand: { adopted: 1, closed: 2 },
      preschoolEnrolment: { adopted: 1, closed: 0 },
      compulsoryEnrolment: { adopted: 0, closed: 0 }
    })
    // Every status is decided: each one either counts once or not at all.
    for (const s of Object.keys(STATUSES) as Status[]) {
      const c = countRelated([row(s, 't')], ['t']).t
      expect(c.adopted + c.closed).toBe(['adopted', 'closed'].includes(s) ? 1 : 0)
    }
  })

  it('says the counts in a line, as lower bounds when the read stopped at its cap', () => {
    expect(relatedLine({ adopted: 0, closed: 0 })).toBeNull()
    expect(relatedLine({ adopted: 2, closed: 1 })).toBe('相关建议：已采纳 2 条 · 已办结 1 条')
    expect(relatedLine({ adopted: 2, closed: 1 }, false)).toBe('相关建议：已采纳 至少2 条 · 已办结 至少1 条')
  })
})
