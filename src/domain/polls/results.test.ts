import { resultForChildren, resultLines, resultSummary } from './results'
import type { PollOption } from './model'

const options: PollOption[] = [
  { picture: 'park', label: '公园' },
  { picture: 'library', label: '图书馆' },
  { picture: 'sports', label: '运动场' }
]

describe('poll results in words', () => {
  it('gives each option its count and share, and marks the largest', () => {
    const lines = resultLines(options, { counts: [12, 6, 2], total: 20, respondents: { child: 15, parent: 5 } })
    expect(lines.map((l) => l.text)).toEqual(['公园：12 票，占 60%', '图书馆：6 票，占 30%', '运动场：2 票，占 10%'])
    expect(lines.map((l) => l.top)).toEqual([true, false, false])
    expect(lines[0].emoji).toBe('🌳')
    expect(resultSummary({ counts: [12, 6, 2], total: 20, respondents: { child: 15, parent: 5 } })).toBe(
      '共 20 人参加（小朋友 15 人，家长 5 人）。'
    )
    expect(resultForChildren(options, { counts: [12, 6, 2], total: 20, respondents: { child: 15, parent: 5 } })).toBe(
      '最多人选的是“公园”，一共 12 票！'
    )
  })

  it('says a tie and an empty poll as they are, without dividing by nothing', () => {
    const tie = { counts: [3, 3, 0], total: 6, respondents: { child: 6, parent: 0 } }
    expect(resultForChildren(options, tie)).toBe('“公园”和“图书馆”一样多，都是 3 票！')
    expect(resultSummary(tie)).toBe('共 6 人参加（小朋友 6 人）。')
    const none = { counts: [0, 0, 0], total: 0, respondents: { child: 0, parent: 0 } }
    expect(resultLines(options, none).map((l) => [l.percent, l.top])).toEqual([
      [0, false],
      [0, false],
      [0, false]
    ])
    expect(resultSummary(none)).toBe('这次没有人参加投票。')
  })
})
