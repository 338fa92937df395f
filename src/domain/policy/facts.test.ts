import fs from 'fs'
import path from 'path'
import { getPolicySection, policyDocument, type PolicyDocument } from './content'
import { extractAreas, extractPolicyFacts, extractTargets, policyFacts, targetsByTopic } from './facts'

const seed = fs.readFileSync(
  path.resolve(__dirname, '../../../data/sources/yuzhong-child-friendly-plan-2024-2026-interpretation.txt'),
  'utf8'
)

/** The text of the section (or Q&A / subsection) a fact says it came from. */
function textAt(doc: PolicyDocument, sectionId: string, partId?: string): string {
  if (sectionId === 'qa') return doc.qa.find((q) => q.id === partId)?.answer.join('') ?? ''
  if (sectionId === 'expert') return doc.expert.text
  const section = getPolicySection(doc, sectionId as never)
  const sub = section.subsections.find((s) => s.id === partId)
  return (sub ?? section).paragraphs.join('')
}

const allSourced = [
  ...policyFacts.areas,
  ...policyFacts.statedTotals,
  ...policyFacts.paths,
  ...policyFacts.targets,
  ...policyFacts.milestones
]

describe('policy facts', () => {
  it('reads the 5 areas with their field and task counts', () => {
    expect(policyFacts.areas.map((a) => [a.order, a.shortTitle, a.fieldCount, a.taskCount])).toEqual([
      [1, '推进社会政策友好', 4, 5],
      [2, '推进成长空间友好', 2, 11],
      [3, '推进公共服务友好', 2, 12],
      [4, '推进发展环境友好', 2, 15],
      [5, '推进儿童产业友好', 1, 3]
    ])
    expect(policyFacts.areas[1].title).toBe('推进成长空间友好,提升城市空间品质及服务效能')
  })

  it('computed totals equal the 5 / 11 / 46 the text states (twice)', () => {
    expect(policyFacts.totals).toEqual({ areas: 5, fields: 11, tasks: 46 })
    expect(policyFacts.statedTotals).toHaveLength(2)
    for (const stated of policyFacts.statedTotals) {
      expect({ areas: stated.areas, fields: stated.fields, tasks: stated.tasks }).toEqual(policyFacts.totals)
    }
  })

  it('reads the 5 implementation paths and the stated count', () => {
    expect(policyFacts.paths.map((p) => [p.id, p.wording])).toEqual([
      ['organization', '加强组织保障'],
      ['funding', '强化资金保障'],
      ['mechanism', '建立工作机制'],
      ['demonstration', '开展示范推广'],
      ['publicity', '强化宣传交流']
    ])
    expect(policyFacts.statedPathCount).toBe(policyFacts.paths.length)
  })

  it('reads every numeric 2026 target with comparator, value and unit', () => {
    expect(policyFacts.targets.map((t) => [t.id, t.topic, t.year, t.comparator, t.value, t.unit])).toEqual([
      ['childcareCommunityCoverage', 'childcare', 2026, '=', 100, '%'],
      ['childcareSlotsPerThousand', 'childcare', 2026, '>=', 4.5, '个/千人'],
      ['preschoolEnrolment', 'education', 2026, '=', 100, '%'],
      ['publicKindergartenShare', 'education', 2026, '>', 55, '%'],
      ['affordableKindergartenCoverage', 'education', 2026, '>', 88, '%'],
      ['gradeTwoKindergartenShare', 'education', 2026, '>', 80, '%'],
      ['compulsoryEnrolment', 'education', 2026, '>=', 100, '%'],
      ['disabledChildrenEnrolment', 'education', 2026, '>=', 97, '%']
    ])
    expect(targetsByTopic('childcare').map((t) => t.id)).toEqual([
      'childcareCommunityCoverage',
      'childcareSlotsPerThousand'
    ])
    expect(targetsByTopic('education')).toHaveLength(6)
  })

  it('reads the milestones', () => {
    const byId = Object.fromEntries(policyFacts.milestones.map((m) => [m.id, m]))
    expect(byId.nationalFiveYearPlan.cityCount).toBe(100)
    expect([byId.nationalGuideline.date, byId.nationalGuideline.departmentCount]).toEqual(['2021-09', 23])
    expect(byId.nationalGuideline.title).toBe('《关于推进儿童友好城市建设的指导意见》')
    expect([byId.municipalPlan.date, byId.municipalPlan.departmentCount]).toEqual(['2022-04', 27])
    expect(byId.municipalPlan.title).toBe('《重庆市儿童友好城市建设实施方案》')
    expect([byId.firstBatch.date, byId.firstBatch.otherCityCount]).toEqual(['2022-06', 13])
    expect(byId.municipal2025.source).toMatch(/^到2025年,在全市1-2个区开展国家儿童友好城市建设试点.*经验。$/)
    expect(byId.municipal2035.source).toMatch(/^到2035年,.*全市50%左右的区县开展儿童友好城市建设.*全国领先水平。$/)
  })

  it('every source is a verbatim substring of the seed and of the section it names', () => {
    expect(allSourced.length).toBe(5 + 2 + 5 + 8 + 6)
    for (const fact of allSourced) {
      expect(seed).toContain(fact.source)
      expect(textAt(policyDocument, fact.sectionId, fact.partId)).toContain(fact.source)
    }
  })

  it('each target source holds the value it claims', () => {
    for (const t of policyFacts.targets) {
      if (t.wording === '全覆盖') expect(t.source).toMatch(/全覆盖$/)
      else expect(t.source).toContain(`${t.wording}${t.value}`)
    }
  })

  it('numbers come from the text: changing the text changes the facts', () => {
    const edited: PolicyDocument = JSON.parse(JSON.stringify(policyDocument))
    edited.qa[2].answer = edited.qa[2].answer.map((p) =>
      p.replace('不少于4.5个', '不少于6个').replace('超过55%', '超过60%')
    )
    const targets = extractPolicyFacts(edited).targets
    expect(targets.find((t) => t.id === 'childcareSlotsPerThousand')?.value).toBe(6)
    expect(targets.find((t) => t.id === 'publicKindergartenShare')?.value).toBe(60)

    expect(extractAreas('一是“甲,乙”,包含7个领域、8项具体举措;二是“丙”,包含1个领域、2项具体举措')).toMatchObject([
      { order: 1, title: '甲,乙', shortTitle: '甲', fieldCount: 7, taskCount: 8 },
      { order: 2, title: '丙', fieldCount: 1, taskCount: 2 }
    ])
  })

  it('fails loudly when the wording no longer matches', () => {
    const edited: PolicyDocument = JSON.parse(JSON.stringify(policyDocument))
    getPolicySection(edited, 'content').subsections[1].paragraphs = ['没有实施路径。']
    expect(() => extractPolicyFacts(edited)).toThrow('implementation paths')
    expect(() => extractTargets('到2026年,某某指标超过5%。', { sectionId: 'qa' })).toThrow('unlabelled target')
  })

  it('reads a target to stay under (不超过 / 低于), not only floors', () => {
    const read = extractTargets('到2026年,每千人口托位数不超过9个,残疾儿童入学率低于1%。', { sectionId: 'qa' })
    expect(read.map((t) => [t.id, t.comparator, t.value, t.wording])).toEqual([
      ['childcareSlotsPerThousand', '<=', 9, '不超过'],
      ['disabledChildrenEnrolment', '<', 1, '低于']
    ])
  })
})
