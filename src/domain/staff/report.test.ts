import type { HistoryEntry, Status } from '../suggestions/model'
import { buildReport, median, satisfactionOf, type ReportRow } from './report'

const h = (status: Status, at: string): HistoryEntry => ({ status, at, by: status === 'submitted' ? 'author' : 'x' })

const rows: ReportRow[] = [
  // Monday 2026-11-23 (China): adopted then closed, first response after 2 hours.
  {
    status: 'closed',
    topic: 'play',
    mode: 'child',
    ageGroup: '6to9',
    street: '500103003',
    community: '500103003019',
    createdAt: '2026-11-23T00:00:00.000Z',
    history: [
      h('submitted', '2026-11-23T00:00:00.000Z'),
      h('accepted', '2026-11-23T02:00:00.000Z'),
      h('in_progress', '2026-11-24T00:00:00.000Z'),
      h('adopted', '2026-11-25T00:00:00.000Z'),
      h('closed', '2026-11-26T00:00:00.000Z')
    ],
    replies: []
  },
  // Sunday 2026-11-29 22:00 China is still week of 11-23; a reply after 4 hours is its first response.
  {
    status: 'rejected',
    topic: 'play',
    mode: 'adult',
    street: '500103003',
    community: '500103003018',
    createdAt: '2026-11-29T14:00:00.000Z',
    history: [
      h('submitted', '2026-11-29T14:00:00.000Z'),
      h('accepted', '2026-11-30T00:00:00.000Z'),
      h('in_progress', '2026-11-30T01:00:00.000Z'),
      h('rejected', '2026-11-30T02:00:00.000Z')
    ],
    replies: [{ at: '2026-11-29T18:00:00.000Z' }]
  },
  // Monday 2026-11-30 00:30 China (= 11-29 16:30 UTC): the next week; nobody has answered.
  {
    status: 'submitted',
    topic: 'safety',
    mode: 'child',
    ageGroup: 'under6',
    createdAt: '2026-11-29T16:30:00.000Z',
    history: [h('submitted', '2026-11-29T16:30:00.000Z')],
    replies: []
  }
]

describe('staff report', () => {
  it('counts by status, topic, age, mode, street, community and week', () => {
    const r = buildReport(rows)
    expect(r.total).toBe(3)
    expect(r.byStatus.find((s) => s.key === 'closed')).toEqual({ key: 'closed', label: '已办结', count: 1 })
    expect(r.byStatus).toHaveLength(8)
    expect(r.byTopic.find((t) => t.key === 'play')!.count).toBe(2)
    expect(r.byAgeGroup.find((a) => a.key === 'unknown')).toEqual({ key: 'unknown', label: '未填写', count: 1 })
    expect(r.byMode).toEqual({ child: 2, adult: 1 })
    expect(r.byStreet).toEqual([
      { key: '500103003', label: '解放碑', count: 2 },
      { key: 'unknown', label: '未填写街道', count: 1 }
    ])
    expect(r.byCommunity.map((c) => [c.label, c.count, c.street])).toEqual([
      ['自力巷', 1, '500103003'],
      ['大井巷', 1, '500103003'],
      ['未填写社区', 1, 'unknown']
    ])
    expect(r.byWeek).toEqual([
      { week: '2026-11-23', submitted: 2, closed: 1 },
      { week: '2026-11-30', submitted: 1, closed: 0 }
    ])
  })

  it('computes adoption and completion rates from the history, and the median first response', () => {
    const r = buildReport(rows, true)
    expect(r.adoptionRate).toBe(0.5) // adopted 1 of 2 decided
    expect(r.completionRate).toBe(0.333)
    expect(r.medianFirstResponseHours).toBe(3) // 2 h and 4 h
    expect(r.responded).toBe(2)
    expect(r.truncated).toBe(true)
    expect(buildReport([])).toMatchObject({
      total: 0,
      adoptionRate: null,
      completionRate: null,
      medianFirstResponseHours: null
    })
    expect(median([5, 1, 3])).toBe(3)
  })
})

describe('satisfaction (解决了吗？ answers)', () => {
  it('counts every answer per street and month of the answer (China calendar), newest month first', () => {
    const base = rows[0]
    const s = satisfactionOf([
      {
        ...base,
        followUps: [
          // 2026-11-30 17:00 UTC is 12-01 in China.
          { answer: 'not_yet', at: '2026-11-30T17:00:00.000Z' },
          { answer: 'solved', at: '2026-12-10T00:00:00.000Z' }
        ]
      },
      { ...base, street: undefined, followUps: [{ answer: 'solved', at: '2026-11-05T00:00:00.000Z' }] },
      { ...base, followUps: undefined }
    ])
    expect(s).toEqual({
      solved: 2,
      notYet: 1,
      rate: 0.667,
      byStreetMonth: [
        { street: '500103003', label: '解放碑', month: '2026-12', solved: 1, notYet: 1 },
        { street: 'unknown', label: '未填写街道', month: '2026-11', solved: 1, notYet: 0 }
      ]
    })
    expect(buildReport([]).satisfaction).toEqual({ solved: 0, notYet: 0, rate: null, byStreetMonth: [] })
  })
})
