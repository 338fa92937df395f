/**
 * Each way out lets out only what POLL_FIELDS / ANSWER_FIELDS say: a poll and an answer whose every
 * field holds a value no other field has, through every projection, closed and counted (the most
 * any projection lets out). Property-based: random polls, states and clocks never put counts out
 * before the final count of a closed poll, nor who asked it in anything but a name to staff.
 */
import fc from 'fast-check'
import { STREETS } from '../streets'
import { PICTOGRAM_KEYS, type Poll, type PollAnswer } from './model'
import {
  ANSWER_FIELDS,
  POLL_FIELDS,
  toCitizenPoll,
  toMyPollAnswer,
  toPublicPoll,
  toStaffPoll,
  type PollEgress
} from './egress'
import { resultLines } from './results'

const NOW = Date.parse('2026-12-20T04:00:00Z')

const FULL_POLL: Required<Poll> = {
  _id: 'Fpollid01',
  question: 'Fquestion',
  questionForChildren: 'Fkidsquestion',
  options: [
    { picture: 'park', label: 'Flabelone' },
    { picture: 'music', label: 'Flabeltwo' }
  ],
  audience: 'both',
  street: '500103003',
  startsOn: '2026-12-01',
  endsOn: '2026-12-15',
  createdAt: '2026-11-30T01:01:01.001Z',
  createdBy: 'Fcreatoropenid',
  createdByName: 'Fcreatorname',
  openedAt: '2026-11-30T02:02:02.002Z',
  closedAt: '2026-12-03T03:03:03.003Z',
  closedByName: 'Fclosername',
  counts: [70001, 70002],
  respondents: { child: 80001, parent: 80002 },
  talliedAt: '2026-12-03T04:04:04.004Z',
  answersDeletedAt: '2026-12-04T06:06:06.006Z',
  councilRoundId: '2026-Q4'
}
const FULL_ANSWER: Required<PollAnswer> = {
  _id: 'Fpollid01:Fansweropenid',
  pollId: 'Fpollid01',
  openid: 'Fansweropenid',
  option: 1,
  as: 'child',
  at: '2026-12-02T05:05:05.005Z'
}

/** The searchable marks of each field's value (enums say nothing of a person: left out). */
const POLL_MARKS: Partial<Record<keyof Poll, string[]>> = {
  _id: ['Fpollid01'],
  question: ['Fquestion'],
  questionForChildren: ['Fkidsquestion'],
  options: ['Flabelone', 'Flabeltwo'],
  street: ['解放碑'],
  startsOn: ['2026-12-01'],
  endsOn: ['2026-12-15'],
  createdAt: ['2026-11-30T01:01:01.001Z'],
  createdBy: ['Fcreatoropenid'],
  createdByName: ['Fcreatorname'],
  openedAt: ['2026-11-30T02:02:02.002Z'],
  closedAt: ['2026-12-03T03:03:03.003Z'],
  closedByName: ['Fclosername'],
  counts: ['70001', '70002'],
  respondents: ['80001', '80002'],
  talliedAt: ['2026-12-03T04:04:04.004Z'],
  answersDeletedAt: ['2026-12-04T06:06:06.006Z']
}
const ANSWER_MARKS: Partial<Record<keyof PollAnswer, string[]>> = {
  _id: ['Fpollid01:Fansweropenid'],
  openid: ['Fansweropenid'],
  at: ['2026-12-02T05:05:05.005Z']
}

const OUT: Record<PollEgress, () => unknown> = {
  list: () => toCitizenPoll(FULL_POLL, NOW, FULL_ANSWER),
  results: () => toPublicPoll(FULL_POLL, NOW),
  staff: () => toStaffPoll(FULL_POLL, NOW, true),
  myData: () => toMyPollAnswer(FULL_ANSWER, FULL_POLL)
}

describe('poll egress: each way out carries only its listed fields', () => {
  it.each(Object.keys(OUT) as PollEgress[])('%s', (egress) => {
    const json = JSON.stringify(OUT[egress]())
    for (const [field, marks] of Object.entries(POLL_MARKS)) {
      const allowed = (POLL_FIELDS[field as keyof Poll] as readonly PollEgress[]).includes(egress)
      // The results' counts are public (results) and the list shows a closed poll's results too.
      const listed = allowed || (egress === 'list' && POLL_FIELDS[field as keyof Poll].includes('results' as never))
      for (const m of marks) expect([field, json.includes(m)]).toEqual([field, listed && json.includes(m)])
    }
    for (const [field, marks] of Object.entries(ANSWER_MARKS)) {
      const allowed = (ANSWER_FIELDS[field as keyof PollAnswer] as readonly PollEgress[]).includes(egress)
      for (const m of marks) expect([field, json.includes(m)]).toEqual([field, allowed && json.includes(m)])
    }
  })

  it('the chosen option reaches only its author', () => {
    expect(toCitizenPoll(FULL_POLL, NOW, FULL_ANSWER).myAnswer).toBe(1)
    expect(ANSWER_FIELDS.option).toEqual(['list', 'myData'])
    // 我的数据 names it by its words, with the question, as whom and when; never who else or the poll's id.
    expect(toMyPollAnswer(FULL_ANSWER, FULL_POLL)).toEqual({
      question: 'Fquestion',
      option: 'Flabeltwo',
      as: 'child',
      at: '2026-12-02T05:05:05.005Z'
    })
    expect(JSON.stringify(toStaffPoll(FULL_POLL, NOW, true))).not.toContain('myAnswer')
  })

  it('the street goes out as its name, never its code', () => {
    for (const out of Object.values(OUT)) expect(JSON.stringify(out())).not.toContain('500103003')
  })
})

const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-12-${String(d).padStart(2, '0')}`)
const stamp = fc.option(fc.constant('2026-12-01T00:00:00.000Z'), { nil: null })
const randomPoll: fc.Arbitrary<Poll> = fc
  .record({
    start: day,
    length: fc.integer({ min: 0, max: 10 }),
    openedAt: stamp,
    closedAt: stamp,
    talliedAt: stamp,
    street: fc.option(fc.constantFrom(...STREETS.map((s) => s.code)), { nil: null }),
    options: fc.array(fc.constantFrom(...PICTOGRAM_KEYS), { minLength: 2, maxLength: 5 }),
    counts: fc.array(fc.integer({ min: 90000, max: 99999 }), { minLength: 5, maxLength: 5 }),
    child: fc.integer({ min: 90000, max: 99999 }),
    parent: fc.integer({ min: 90000, max: 99999 })
  })
  .map((r) => ({
    ...FULL_POLL,
    street: r.street,
    startsOn: r.start,
    endsOn: `2026-12-${String(Number(r.start.slice(8)) + r.length).padStart(2, '0')}`,
    openedAt: r.openedAt,
    closedAt: r.closedAt,
    talliedAt: r.talliedAt,
    options: r.options.map((picture, i) => ({ picture, label: `选项${i}` })),
    counts: r.counts.slice(0, r.options.length),
    respondents: { child: r.child, parent: r.parent }
  }))
const clock = fc.integer({ min: Date.parse('2026-11-25T00:00:00Z'), max: Date.parse('2027-01-10T00:00:00Z') })

describe('poll egress (property): counts only after the final count of a closed poll', () => {
  it('no public or citizen view carries a count unless closed and counted; none names who asked', () => {
    fc.assert(
      fc.property(randomPoll, clock, (p, now) => {
        for (const out of [toPublicPoll(p, now), toCitizenPoll(p, now, null), toStaffPoll(p, now, false)]) {
          const json = JSON.stringify({ ...out, answered: undefined })
          const shows = out.status === 'closed' && p.talliedAt !== null
          for (const n of p.counts) expect(json.includes(String(n))).toBe(shows)
          expect(json.includes(String(p.respondents.child))).toBe(shows)
          expect(json).not.toContain('Fcreatoropenid')
          expect(out.results !== null).toBe(shows)
        }
        expect(JSON.stringify(toPublicPoll(p, now))).not.toContain('Fcreatorname')
      })
    )
  })

  it('every result line says its numbers in words', () => {
    fc.assert(
      fc.property(randomPoll, (p) => {
        const results = { counts: p.counts, total: p.counts.reduce((a, b) => a + b, 0), respondents: p.respondents }
        for (const [i, line] of resultLines(p.options, results).entries())
          expect(line.text).toBe(`${p.options[i].label}：${p.counts[i]} 票，占 ${line.percent}%`)
      })
    )
  })
})
