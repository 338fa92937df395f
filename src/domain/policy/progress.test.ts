import { policyFacts } from './facts'
import { kidsProgressSentence } from './progress-kids'
import {
  currentByTarget,
  direction,
  formatFigure,
  formatTarget,
  groupDigits,
  meetsTarget,
  toPublicProgress,
  toStaffProgress,
  type ProgressEntry,
  type ProgressTarget
} from './progress'

const target = (id: string) => {
  const t = policyFacts.targets.find((x) => x.id === id)
  if (!t) throw new Error(id)
  return t
}
const slots = target('childcareSlotsPerThousand')
const coverage = target('childcareCommunityCoverage')
const disabled = target('disabledChildrenEnrolment')
const affordable = target('affordableKindergartenCoverage')
/** A target to stay under (none in today's text; a later one may have it). */
const lessIsBetter: ProgressTarget = {
  id: 'childMyopiaRate',
  label: '儿童青少年近视率',
  comparator: '<=',
  value: 50,
  unit: '%',
  wording: '不超过'
}
const countTarget: ProgressTarget = {
  id: 'childFriendlyParks',
  label: '儿童友好公园',
  comparator: '>=',
  value: 20,
  unit: '个',
  wording: '不少于'
}

describe('kidsProgressSentence (给小朋友)', () => {
  it('says a per-1,000 figure as the plan counts it', () => {
    expect(kidsProgressSentence(slots, 3.9)).toBe('每 1,000 个人里，已经有 3.9 个托位啦，目标是 4.5 个。')
    expect(kidsProgressSentence(slots, 4.6)).toBe('每 1,000 个人里，已经有 4.6 个托位啦，目标是 4.5 个。已经做到啦！')
  })

  it('says a percentage in whole children: per 100, or per 1,000 when a figure has a decimal', () => {
    expect(kidsProgressSentence(coverage, 92)).toBe('每 100 个社区里，已经有 92 个有托育机构啦，目标是 100 个。')
    expect(kidsProgressSentence(disabled, 97.5)).toBe(
      '每 1,000 个有残疾的小朋友里，已经有 975 个能上学啦，目标是 970 个。已经做到啦！'
    )
    // 超过 88 %: 88 itself is not enough.
    expect(kidsProgressSentence(affordable, 88)).toBe(
      '每 100 个上幼儿园的小朋友里，已经有 88 个上的是普惠幼儿园啦，目标是超过 88 个。'
    )
  })

  it('says a count, and a target where less is better, the right way round', () => {
    expect(kidsProgressSentence(countTarget, 1200)).toBe('儿童友好公园：已经有 1,200 个啦，目标是 20 个。已经做到啦！')
    expect(kidsProgressSentence(lessIsBetter, 53.2)).toBe('儿童青少年近视率：现在有 53.2%，目标是不超过 50%。')
    expect(kidsProgressSentence(lessIsBetter, 48)).toBe('儿童青少年近视率：现在有 48%，目标是不超过 50%。已经做到啦！')
  })

  it('never makes up a figure: without one it says none was given', () => {
    expect(kidsProgressSentence(slots, null)).toBe('目标是每 1,000 个人里有 4.5 个托位。现在的数字还没有公布。')
    expect(kidsProgressSentence(coverage, null)).toBe(
      '目标是每 100 个社区里有 100 个有托育机构。现在的数字还没有公布。'
    )
    expect(kidsProgressSentence(countTarget, null)).toBe('儿童友好公园：目标是 20 个。现在的数字还没有公布。')
    for (const t of policyFacts.targets) expect(kidsProgressSentence(t, null)).toMatch(/还没有公布/)
  })
})

describe('meeting a target', () => {
  it('reads each comparator as written (≥, >, = 100 %, ≤, <)', () => {
    expect([4.4, 4.5, 4.6].map((v) => meetsTarget(slots, v))).toEqual([false, true, true])
    expect([88, 88.1].map((v) => meetsTarget(affordable, v))).toEqual([false, true])
    expect([99.9, 100].map((v) => meetsTarget(coverage, v))).toEqual([false, true])
    expect([50, 50.1].map((v) => meetsTarget(lessIsBetter, v))).toEqual([true, false])
    expect(meetsTarget({ ...lessIsBetter, comparator: '<' }, 50)).toBe(false)
    expect([direction('>='), direction('='), direction('<='), direction('<')]).toEqual(['more', 'more', 'less', 'less'])
  })

  it('formats figures and targets with their units', () => {
    expect([formatFigure(92.5, '%'), formatFigure(3.9, '个/千人'), formatFigure(1200, '个')]).toEqual([
      '92.5%',
      '3.9 个/千人',
      '1,200 个'
    ])
    expect([formatTarget(slots), formatTarget(coverage), formatTarget(affordable), formatTarget(lessIsBetter)]).toEqual(
      ['≥4.5 个/千人', '全覆盖', '>88%', '≤50%']
    )
    expect([groupDigits(1234567.25), groupDigits(999), groupDigits(1000)]).toEqual(['1,234,567.25', '999', '1,000'])
  })
})

describe('the current figure of each target', () => {
  const entry = (id: string, targetId: string, asOf: string, enteredAt: string, value = 1): ProgressEntry => ({
    _id: id,
    targetId,
    value,
    unit: '%',
    asOf,
    source: { document: '《统计公报》', office: '区统计局' },
    enteredAt,
    enteredBy: 'o-admin',
    enteredByName: '李管理员'
  })

  it('is the one for the latest day; the same day entered again is a correction; back-filling keeps it', () => {
    const current = currentByTarget([
      entry('a', 't1', '2026-06-30', '2026-07-01T00:00:00.000Z'),
      entry('b', 't1', '2026-09-30', '2026-10-01T00:00:00.000Z'),
      entry('c', 't1', '2026-09-30', '2026-10-02T00:00:00.000Z'),
      entry('d', 't1', '2025-12-31', '2026-11-01T00:00:00.000Z'),
      entry('e', 't2', '2026-01-31', '2026-02-01T00:00:00.000Z')
    ])
    expect([current.get('t1')?._id, current.get('t2')?._id, current.get('t3')]).toEqual(['c', 'e', undefined])
  })

  it('lets the public read the figure and its source, never who typed it', () => {
    const e = { ...entry('a', 't1', '2026-06-30', '2026-07-01T00:00:00.000Z'), demo: true as const }
    const json = JSON.stringify(toPublicProgress(e))
    expect(json).not.toContain('o-admin')
    expect(json).not.toContain('李管理员')
    expect(toPublicProgress(e)).toMatchObject({ value: 1, asOf: '2026-06-30', demo: true })
    expect(toStaffProgress(e)).toMatchObject({ id: 'a', enteredByName: '李管理员' })
    expect(JSON.stringify(toStaffProgress(e))).not.toContain('o-admin')
  })
})
