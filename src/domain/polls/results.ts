// A closed poll's results in words: each option's count and share as text (the bars only repeat
// them, so a screen reader and a child who cannot read a chart get the same numbers).
import { PICTOGRAMS, type PollOption } from './model'
import type { PollResults } from './egress'

export interface ResultLine {
  label: string
  emoji: string
  count: number
  /** Whole percent of everyone who answered (0 when nobody did). */
  percent: number
  /** The largest count (several on a tie); none when nobody answered. */
  top: boolean
  text: string
}

export function resultLines(options: PollOption[], results: PollResults): ResultLine[] {
  const max = Math.max(0, ...results.counts)
  return options.map((o, i) => {
    const count = results.counts[i] ?? 0
    const percent = results.total ? Math.round((count / results.total) * 100) : 0
    return {
      label: o.label,
      emoji: PICTOGRAMS[o.picture].emoji,
      count,
      percent,
      top: max > 0 && count === max,
      text: `${o.label}：${count} 票，占 ${percent}%`
    }
  })
}

export function resultSummary(results: PollResults): string {
  if (results.total === 0) return '这次没有人参加投票。'
  const { child, parent } = results.respondents
  const who = [child ? `小朋友 ${child} 人` : '', parent ? `家长 ${parent} 人` : ''].filter(Boolean).join('，')
  return `共 ${results.total} 人参加（${who}）。`
}

/** 给小朋友: the winner in one sentence. */
export function resultForChildren(options: PollOption[], results: PollResults): string {
  const lines = resultLines(options, results)
  const top = lines.filter((l) => l.top)
  if (top.length === 0) return '这次还没有小朋友投票哦。'
  if (top.length > 1) return `${top.map((l) => `“${l.label}”`).join('和')}一样多，都是 ${top[0].count} 票！`
  return `最多人选的是“${top[0].label}”，一共 ${top[0].count} 票！`
}
