// Which suggestions are counted beside a 2026 target: those written about it (对这个目标提建议 on
// the 政策 tab sends the target's id as the policy reference) that the district took up (已采纳)
// or finished (已办结). Only a reference counts: none of the child form's topics (玩的地方、上学路上、
// 看病 …) names childcare places or school enrolment, so counting a topic would put suggestions
// beside a target they are not about. Rows come through the allow-list projection toTargetRow.
import type { TargetRow } from '../suggestions/egress/public'
import { FIXED_STATUSES, isBoardStatus } from '../suggestions/status'
import type { RelatedCounts } from './progress'

const isFixed = (status: TargetRow['status']) => (FIXED_STATUSES as readonly string[]).includes(status)

export function relatesTo(row: TargetRow, targetId: string): boolean {
  return row.policyRef === targetId
}

/** Counts per target id (every id given has an entry, zero when nothing relates). */
export function countRelated(rows: readonly TargetRow[], targetIds: readonly string[]): Record<string, RelatedCounts> {
  const counts: Record<string, RelatedCounts> = {}
  for (const id of targetIds) counts[id] = { adopted: 0, closed: 0 }
  for (const row of rows) {
    if (!isBoardStatus(row.status)) continue
    for (const id of targetIds) {
      if (!relatesTo(row, id)) continue
      if (isFixed(row.status)) counts[id].closed += 1
      else counts[id].adopted += 1
    }
  }
  return counts
}

/** "已采纳 2 条 · 已办结 1 条", or null when there is nothing to count. */
export function relatedLine(c: RelatedCounts, complete = true): string | null {
  if (c.adopted + c.closed === 0) return null
  const atLeast = complete ? '' : '至少'
  return `相关建议：已采纳 ${atLeast}${c.adopted} 条 · 已办结 ${atLeast}${c.closed} 条`
}
