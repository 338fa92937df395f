import { policyDocument } from './content'
import { policyFacts } from './facts'
import { kidsAnswerFor, kidsAnswers, kidsPlanSummary, kidsSentences } from './kids'

const hanCount = (s: string) => (s.match(/[\u4e00-\u9fff]/g) ?? []).length
const numbersIn = (s: string) => (s.match(/\d+(?:\.\d+)?/g) ?? []).map(Number)
const MAX_SENTENCE = 25

// Words a 7–10-year-old would not know; the kids' texts must say these things another way.
const JARGON = [
  '托位',
  '毛入园率',
  '毛入学率',
  '普惠性',
  '公办园',
  '配建',
  '督导',
  '城市更新',
  '国土空间',
  '示范',
  '领导小组'
]

describe('kids answers', () => {
  it('exist for exactly q1..q5, matching the document’s questions', () => {
    expect(kidsAnswers.map((a) => a.id)).toEqual(policyDocument.qa.map((q) => q.id))
    expect(kidsAnswers.map((a) => a.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5'])
    expect(kidsAnswerFor('q3')?.text).toContain('托育')
    expect(kidsAnswerFor('q9')).toBeUndefined()
  })

  it.each(kidsAnswers.map((a) => [a.id, a] as const))('%s is short, plain and not empty', (_id, answer) => {
    expect(answer.question.trim()).not.toBe('')
    expect(hanCount(answer.text)).toBeGreaterThanOrEqual(60)
    expect(hanCount(answer.text)).toBeLessThanOrEqual(160)
    const sentences = kidsSentences(answer.text)
    expect(sentences.length).toBeGreaterThanOrEqual(3)
    expect(sentences.join('')).toBe(answer.text)
    for (const sentence of sentences) {
      expect(sentence.length).toBeLessThanOrEqual(MAX_SENTENCE)
      expect(sentence).toMatch(/[。!?]$/)
    }
    for (const word of JARGON) expect(answer.text).not.toContain(word)
  })

  it('use only numbers the official answer uses (4.5 per 1,000 retold as 9 per 2,000)', () => {
    for (const kid of kidsAnswers) {
      const official = policyDocument.qa.find((q) => q.id === kid.id)!.answer.join('')
      const officialNumbers = new Set(numbersIn(official))
      const extra = numbersIn(kid.text).filter((n) => !officialNumbers.has(n))
      expect([kid.id, extra]).toEqual([kid.id, kid.id === 'q3' ? [2000, 9] : []])
    }
  })

  it('keeps the childcare ratio true: 9 per 2,000 is the same as the 4.5 per 1,000 target', () => {
    const text = kidsAnswerFor('q3')!.text
    const m = text.match(/每(\d+)人,至少给3岁以下宝宝留(\d+)个/)
    expect(m).not.toBeNull()
    const target = policyFacts.targets.find((t) => t.id === 'childcareSlotsPerThousand')!
    expect(target.comparator).toBe('>=')
    expect((Number(m![2]) / Number(m![1])) * 1000).toBeCloseTo(target.value, 10)
  })

  it('keeps the other q3 figures and the 5/11/46 totals right', () => {
    const q3 = kidsAnswerFor('q3')!.text
    const disabled = policyFacts.targets.find((t) => t.id === 'disabledChildrenEnrolment')!
    expect(q3).toContain(`100个里要有${disabled.value}个能上学`)
    expect(q3).toContain('保持100%')
    const { areas, fields, tasks } = policyFacts.totals
    expect(kidsAnswerFor('q4')!.text).toContain(`${areas}大方面、${fields}个领域、${tasks}项`)
  })
})

describe('kids plan summary', () => {
  it('is one or two short lines', () => {
    expect(kidsPlanSummary.length).toBeGreaterThanOrEqual(1)
    expect(kidsPlanSummary.length).toBeLessThanOrEqual(2)
    for (const line of kidsPlanSummary) {
      expect(line.trim()).not.toBe('')
      for (const sentence of kidsSentences(line)) expect(sentence.length).toBeLessThanOrEqual(MAX_SENTENCE)
    }
    expect(kidsPlanSummary.join('')).toContain('一米高度')
  })
})
