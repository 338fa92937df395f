// The purge drops a 纠错 reporter's openid when its period is over, and nothing else of the report.
import { tempRepo } from '../../tests/server/test-repo'
import { DAY_MS } from '../../src/domain/clock'
import {
  REPORTER_RETENTION_DAYS,
  REPORTER_UNANSWERED_DAYS,
  type CorrectionRecord
} from '../../src/domain/places/corrections'
import { purgeCorrectionReporters } from './corrections'

const now = new Date('2027-06-01T00:00:00.000Z')
const daysAgo = (d: number) => new Date(now.getTime() - d * DAY_MS).toISOString()

const record = (id: string, over: Partial<CorrectionRecord>): CorrectionRecord => ({
  _id: id,
  placeId: 'demo-childcare-03',
  placeName: '示例托育中心',
  kind: 'phone',
  note: '打过去是空号（示例）',
  status: 'pending',
  reporterId: `o-reporter-${id}`,
  reporterPurgedAt: null,
  createdAt: daysAgo(400),
  updatedAt: daysAgo(400),
  ...over
})

describe('purge: 纠错 reporters', () => {
  it('drops the reporter after the period, keeps the report, and a second run changes nothing', async () => {
    const t = tempRepo()
    try {
      const rows = t.repo.collection<CorrectionRecord>('corrections')
      const answered = { status: 'corrected' as const, answer: '已更新', resolvedAt: daysAgo(REPORTER_RETENTION_DAYS) }
      await rows.put(record('old-answer', answered))
      await rows.put(record('new-answer', { ...answered, resolvedAt: daysAgo(REPORTER_RETENTION_DAYS - 1) }))
      await rows.put(record('old-pending', {}))
      await rows.put(record('new-pending', { createdAt: daysAgo(REPORTER_UNANSWERED_DAYS - 1) }))
      expect(await purgeCorrectionReporters(t.repo, now)).toBe(2)
      expect(await rows.get('old-answer')).toMatchObject({
        reporterId: null,
        reporterPurgedAt: now.toISOString(),
        note: '打过去是空号（示例）',
        answer: '已更新'
      })
      expect((await rows.get('old-pending'))?.reporterId).toBeNull()
      expect((await rows.get('new-answer'))?.reporterId).toBe('o-reporter-new-answer')
      expect((await rows.get('new-pending'))?.reporterId).toBe('o-reporter-new-pending')
      expect(await purgeCorrectionReporters(t.repo, now)).toBe(0)
    } finally {
      t.cleanup()
    }
  })
})
