// 给小朋友: one sentence about a 2026 target and its current figure, written for children aged
// 7–10 (policy.progress sends it with each target, so the main package does not carry the words).
import type { Comparator } from './facts'
import { direction, groupDigits, meetsTarget, unitKind, type ProgressTarget } from './progress'

/**
 * How a child hears a percentage: "out of every 100 <whole>, <n> <part>". Written for the app
 * (not the plan's words); a target without a line here gets a plain sentence.
 */
const KID_WORDS: Record<string, { whole: string; part: string } | { thing: string }> = {
  childcareCommunityCoverage: { whole: '社区', part: '有托育机构' },
  childcareSlotsPerThousand: { thing: '托位' },
  preschoolEnrolment: { whole: '该上幼儿园的小朋友', part: '上了幼儿园' },
  publicKindergartenShare: { whole: '上幼儿园的小朋友', part: '在公办幼儿园' },
  affordableKindergartenCoverage: { whole: '上幼儿园的小朋友', part: '上的是普惠幼儿园' },
  gradeTwoKindergartenShare: { whole: '幼儿园', part: '是二级以上的幼儿园' },
  compulsoryEnrolment: { whole: '该上小学和初中的小朋友', part: '在上学' },
  disabledChildrenEnrolment: { whole: '有残疾的小朋友', part: '能上学' }
}

// Written against the word before it (有超过 55 个, 目标是不超过 3 个), a space before the number.
const KID_COMPARATOR: Record<Comparator, string> = { '>=': '', '>': '超过', '=': '', '<=': '不超过', '<': '少于' }

const decimals = (n: number) => (String(n).split('.')[1] ?? '').length

/**
 * A percentage is told per 100, or per 1,000 / 10,000 when a figure has decimals, so a child hears
 * whole people ("每 1,000 个里有 975 个") and not 97.5 of a person; both numbers use one base.
 */
function perBase(values: number[]): { base: number; scale: (n: number) => number } {
  const places = Math.min(2, Math.max(...values.map(decimals)))
  const factor = 10 ** places
  return { base: 100 * factor, scale: (n) => Math.round(n * factor) }
}

/**
 * 给小朋友: one sentence about a target and its current figure, e.g.
 * 每 1,000 个人里，已经有 3.9 个托位啦，目标是 4.5 个。 Without a figure it says none was given.
 */
export function kidsProgressSentence(target: ProgressTarget, value: number | null): string {
  const words = KID_WORDS[target.id]
  const kind = unitKind(target.unit)
  const less = direction(target.comparator) === 'less'
  const goal = KID_COMPARATOR[target.comparator]
  const done = value !== null && meetsTarget(target, value) ? '已经做到啦！' : ''
  const have = less ? '现在有' : '已经有'
  const end = less ? '' : '啦'

  if (kind === 'percent' && words && 'whole' in words) {
    const { base, scale } = perBase(value === null ? [target.value] : [target.value, value])
    const of = `每 ${groupDigits(base)} 个${words.whole}里`
    if (value === null)
      return `目标是${of}有${goal} ${groupDigits(scale(target.value))} 个${words.part}。现在的数字还没有公布。`
    return `${of}，${have} ${groupDigits(scale(value))} 个${words.part}${end}，目标是${goal} ${groupDigits(scale(target.value))} 个。${done}`
  }
  if (kind === 'perThousand') {
    const thing = words && 'thing' in words ? words.thing : target.label
    if (value === null)
      return `目标是每 1,000 个人里有${goal} ${groupDigits(target.value)} 个${thing}。现在的数字还没有公布。`
    return `每 1,000 个人里，${have} ${groupDigits(value)} 个${thing}${end}，目标是${goal} ${groupDigits(target.value)} 个。${done}`
  }
  const fig = (n: number) => (kind === 'percent' ? `${groupDigits(n)}%` : `${groupDigits(n)} 个`)
  if (value === null) return `${target.label}：目标是${goal} ${fig(target.value)}。现在的数字还没有公布。`
  return `${target.label}：${have} ${fig(value)}${end}，目标是${goal} ${fig(target.value)}。${done}`
}
