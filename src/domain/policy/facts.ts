/**
 * Structured facts extracted from the interpretation text at load time, so every number the app
 * shows is read from the published wording rather than typed in a second time. Each fact carries
 * `source`: the exact clause it was read from (a verbatim substring of the document).
 */
import { getPolicySection, policyDocument, type PolicyDocument, type PolicySectionId } from './content'

/** '<=' and '<' (不超过 / 低于): targets where less is better, e.g. a rate to bring down. */
export type Comparator = '>=' | '>' | '=' | '<=' | '<'
export type TargetTopic = 'childcare' | 'education'

interface Sourced {
  /** Exact sentence or clause of the document the fact was read from */
  source: string
  sectionId: PolicySectionId
  /** Subsection or Q&A id inside the section, when there is one */
  partId?: string
}

/** One of the 5 大方面 of the plan */
export interface PolicyArea extends Sourced {
  /** 1 … 5, from 一是 … 五是 */
  order: number
  title: string
  /** First clause of the title, e.g. 推进社会政策友好 */
  shortTitle: string
  fieldCount: number
  taskCount: number
}

/** One of the 5 实施路径 */
export interface ImplementationPath extends Sourced {
  id: 'organization' | 'funding' | 'mechanism' | 'demonstration' | 'publicity'
  /** Full wording, e.g. 加强组织保障 */
  wording: string
}

export interface PolicyTarget extends Sourced {
  id: string
  label: string
  topic: TargetTopic
  year: number
  comparator: Comparator
  value: number
  unit: string
  /** The verb as written (不少于 / 超过 / 保持 / 达到 / 不超过 / 低于 / 全覆盖), for display */
  wording: string
}

export interface PolicyMilestone extends Sourced {
  id: 'nationalFiveYearPlan' | 'nationalGuideline' | 'municipalPlan' | 'firstBatch' | 'municipal2025' | 'municipal2035'
  level: 'national' | 'municipal'
  /** YYYY or YYYY-MM. The text dates no 十四五 plan; it is filed under 2021, the period's first year */
  date: string
  title: string
  /** Departments that issued the document, where stated */
  departmentCount?: number
  /** Other cities listed with Yuzhong in the first batch */
  otherCityCount?: number
  /** Child-friendly city demonstrations planned nationally */
  cityCount?: number
}

export interface PolicyFacts {
  areas: PolicyArea[]
  totals: { areas: number; fields: number; tasks: number }
  /** Totals as the text states them (Q&A 四 and the expert view), to cross-check the sums */
  statedTotals: Array<{ areas: number; fields: number; tasks: number } & Sourced>
  paths: ImplementationPath[]
  statedPathCount: number
  targets: PolicyTarget[]
  milestones: PolicyMilestone[]
}

const CHINESE_ORDINALS = '一二三四五六七八九十'

function mustMatch(text: string, pattern: RegExp, what: string): RegExpMatchArray {
  const m = text.match(pattern)
  if (!m) throw new Error(`policy facts: could not find ${what} in the text`)
  return m
}

function subsectionText(doc: PolicyDocument, id: string): string {
  const sub = getPolicySection(doc, 'content').subsections.find((s) => s.id === id)
  if (!sub) throw new Error(`policy facts: subsection ${id} missing`)
  return sub.paragraphs.join('')
}

function answerText(doc: PolicyDocument, id: string): string {
  const qa = doc.qa.find((q) => q.id === id)
  if (!qa) throw new Error(`policy facts: Q&A ${id} missing`)
  return qa.answer.join('')
}

export function extractAreas(measuresText: string): PolicyArea[] {
  // exec loop rather than matchAll: older mini-program JS engines lack it.
  const pattern = /([一二三四五六七八九十])是“([^”]+)”,包含(\d+)个领域、(\d+)项具体举措/g
  const areas: PolicyArea[] = []
  for (let m = pattern.exec(measuresText); m; m = pattern.exec(measuresText)) {
    areas.push({
      order: CHINESE_ORDINALS.indexOf(m[1]) + 1,
      title: m[2],
      shortTitle: m[2].split(',')[0],
      fieldCount: Number(m[3]),
      taskCount: Number(m[4]),
      source: m[0],
      sectionId: 'content',
      partId: 'measures'
    })
  }
  return areas
}

function extractStatedTotals(text: string, where: Omit<Sourced, 'source'>): PolicyFacts['statedTotals'][number] {
  const m = mustMatch(text, /(\d+)大方面、(\d+)个领域、(\d+)项(?:重点工作任务|具体举措)/, 'stated totals')
  return { areas: Number(m[1]), fields: Number(m[2]), tasks: Number(m[3]), source: m[0], ...where }
}

const PATH_IDS: Array<[keyword: string, id: ImplementationPath['id']]> = [
  ['组织', 'organization'],
  ['资金', 'funding'],
  ['机制', 'mechanism'],
  ['示范', 'demonstration'],
  ['宣传', 'publicity']
]

export function extractPaths(safeguardsText: string): { paths: ImplementationPath[]; stated: number } {
  const m = mustMatch(safeguardsText, /明确了(.+?)等(\d+)项实施路径/, 'implementation paths')
  const paths = m[1].split('、').map((wording) => {
    const entry = PATH_IDS.find(([keyword]) => wording.includes(keyword))
    if (!entry) throw new Error(`policy facts: unknown implementation path ${wording}`)
    return { id: entry[1], wording, source: m[0], sectionId: 'content' as const, partId: 'safeguards' }
  })
  return { paths, stated: Number(m[2]) }
}

/** Labels for the subjects of the Q&A 三 targets, found by a keyword in each clause. */
const TARGET_KINDS: Array<{ keyword: string; id: string; label: string; topic: TargetTopic }> = [
  { keyword: '托育服务机构社区', id: 'childcareCommunityCoverage', label: '托育机构社区覆盖率', topic: 'childcare' },
  { keyword: '托位数', id: 'childcareSlotsPerThousand', label: '每千人口3岁以下婴幼儿托位数', topic: 'childcare' },
  { keyword: '毛入园率', id: 'preschoolEnrolment', label: '学前教育三年毛入园率', topic: 'education' },
  { keyword: '公办园', id: 'publicKindergartenShare', label: '公办园在园幼儿占比', topic: 'education' },
  { keyword: '普惠性', id: 'affordableKindergartenCoverage', label: '普惠性幼儿园覆盖率', topic: 'education' },
  { keyword: '二级以上', id: 'gradeTwoKindergartenShare', label: '二级以上幼儿园占比', topic: 'education' },
  { keyword: '义务阶段', id: 'compulsoryEnrolment', label: '义务阶段毛入学率', topic: 'education' },
  { keyword: '残疾儿童', id: 'disabledChildrenEnrolment', label: '残疾儿童入学率', topic: 'education' }
]

// 达到 ("reach") is a floor, so >=; 保持 ("stay at") 100% reads as equality.
const COMPARATORS: Record<string, Comparator> = {
  不少于: '>=',
  超过: '>',
  达到: '>=',
  保持: '=',
  不超过: '<=',
  低于: '<'
}

/** Reads every 到YYYY年 target clause of a paragraph; clauses are split at , and ; */
export function extractTargets(text: string, where: Omit<Sourced, 'source'>): PolicyTarget[] {
  const targets: PolicyTarget[] = []
  // Split after ; and 。 without lookbehind, which older iOS JavaScriptCore cannot parse.
  for (const sentence of text.match(/[^;。]+[;。]?/g) ?? []) {
    const yearMatch = sentence.match(/到(\d{4})年/)
    if (!yearMatch) continue
    const year = Number(yearMatch[1])
    for (const clause of sentence.replace(/[;。]$/, '').split(',')) {
      const numeric = clause.match(/^(.+?)(不少于|不超过|超过|保持|达到|低于)(\d+(?:\.\d+)?)(%|个)$/)
      const coverage = clause.match(/^(.+)(全覆盖)$/)
      if (!numeric && !coverage) continue
      const kind = TARGET_KINDS.find((k) => clause.includes(k.keyword))
      if (!kind) throw new Error(`policy facts: unlabelled target clause ${clause}`)
      const base = { id: kind.id, label: kind.label, topic: kind.topic, year, source: clause, ...where }
      if (numeric) {
        // 每千人口 … 个 is a rate per thousand residents, not a count.
        const unit = numeric[4] === '%' ? '%' : clause.includes('每千人口') ? '个/千人' : '个'
        targets.push({
          ...base,
          comparator: COMPARATORS[numeric[2]],
          value: Number(numeric[3]),
          unit,
          wording: numeric[2]
        })
      } else {
        // 全覆盖: every community has one, i.e. 100% of communities.
        targets.push({ ...base, comparator: '=', value: 100, unit: '%', wording: '全覆盖' })
      }
    }
  }
  return targets
}

export function extractMilestones(backgroundText: string): PolicyMilestone[] {
  const where = { sectionId: 'background' as const }
  const plan = mustMatch(
    backgroundText,
    /国家“十四五”规划《纲要》指出“开展(\d+)个儿童友好城市示范[^”]*”/,
    'five-year plan'
  )
  const national = mustMatch(
    backgroundText,
    /国家发改委等(\d+)个部门于(\d{4})年(\d{1,2})月联合印发《([^》]+)》/,
    'national guideline'
  )
  const municipal = mustMatch(
    backgroundText,
    /重庆市发改委等(\d+)个部门于(\d{4})年(\d{1,2})月联合印发《([^》]+)》/,
    'municipal plan'
  )
  const batch = mustMatch(
    backgroundText,
    /(\d{4})年(\d{1,2})月,国家发改委办公厅、国务院妇儿工委办发布《([^》]+)》,渝中区同全国范围内其他(\d+)个城市一道,被列入第一批名单。/,
    'first batch list'
  )
  const goal2025 = mustMatch(backgroundText, /到(2025)年,[^。]+。/, '2025 goal')
  const goal2035 = mustMatch(backgroundText, /到(2035)年,[^。]+。/, '2035 goal')
  const month = (y: string, m: string) => `${y}-${m.padStart(2, '0')}`
  return [
    {
      id: 'nationalFiveYearPlan',
      level: 'national',
      date: '2021',
      title: '国家“十四五”规划《纲要》',
      cityCount: Number(plan[1]),
      source: plan[0],
      ...where
    },
    {
      id: 'nationalGuideline',
      level: 'national',
      date: month(national[2], national[3]),
      title: `《${national[4]}》`,
      departmentCount: Number(national[1]),
      source: national[0],
      ...where
    },
    {
      id: 'municipalPlan',
      level: 'municipal',
      date: month(municipal[2], municipal[3]),
      title: `《${municipal[4]}》`,
      departmentCount: Number(municipal[1]),
      source: municipal[0],
      ...where
    },
    {
      id: 'firstBatch',
      level: 'national',
      date: month(batch[1], batch[2]),
      title: `《${batch[3]}》`,
      otherCityCount: Number(batch[4]),
      source: batch[0],
      ...where
    },
    {
      id: 'municipal2025',
      level: 'municipal',
      date: goal2025[1],
      title: '重庆市2025年目标',
      source: goal2025[0],
      ...where
    },
    {
      id: 'municipal2035',
      level: 'municipal',
      date: goal2035[1],
      title: '重庆市2035年目标',
      source: goal2035[0],
      ...where
    }
  ]
}

/** Throws if the wording no longer matches; for a cloud document, fall back to `policyFacts`. */
export function extractPolicyFacts(doc: PolicyDocument): PolicyFacts {
  const areas = extractAreas(subsectionText(doc, 'measures'))
  const { paths, stated } = extractPaths(subsectionText(doc, 'safeguards'))
  const sum = (pick: (a: PolicyArea) => number) => areas.reduce((total, a) => total + pick(a), 0)
  return {
    areas,
    totals: { areas: areas.length, fields: sum((a) => a.fieldCount), tasks: sum((a) => a.taskCount) },
    statedTotals: [
      extractStatedTotals(answerText(doc, 'q4'), { sectionId: 'qa', partId: 'q4' }),
      extractStatedTotals(doc.expert.text, { sectionId: 'expert' })
    ],
    paths,
    statedPathCount: stated,
    targets: extractTargets(answerText(doc, 'q3'), { sectionId: 'qa', partId: 'q3' }),
    milestones: extractMilestones(getPolicySection(doc, 'background').paragraphs.join(''))
  }
}

export const policyFacts: PolicyFacts = extractPolicyFacts(policyDocument)

export function targetsByTopic(topic: TargetTopic, facts: PolicyFacts = policyFacts): PolicyTarget[] {
  return facts.targets.filter((t) => t.topic === topic)
}
