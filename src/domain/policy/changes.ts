// What a new policy version changes, for the district admin's preview before 发布: sections and
// questions added, removed or reworded, and the fields around them. Compared by id and content,
// so a reordering alone is not a change.
import type { PolicyDocument } from './content'

export interface PolicyChange {
  kind: 'added' | 'removed' | 'changed'
  /** What it is, as the admin reads it: 章节 二、主要任务 / 问答 3 / 标题. */
  what: string
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

function byId<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  name: (item: T) => string
): PolicyChange[] {
  const old = new Map(before.map((x) => [x.id, x]))
  const now = new Map(after.map((x) => [x.id, x]))
  const out: PolicyChange[] = []
  for (const x of after) {
    const prev = old.get(x.id)
    if (!prev) out.push({ kind: 'added', what: name(x) })
    else if (!same(prev, x)) out.push({ kind: 'changed', what: name(x) })
  }
  for (const x of before) if (!now.has(x.id)) out.push({ kind: 'removed', what: name(x) })
  return out
}

export function policyChanges(current: PolicyDocument, next: PolicyDocument): PolicyChange[] {
  const fields: Array<[keyof PolicyDocument, string]> = [
    ['title', '标题'],
    ['intro', '导语'],
    ['meta', '文件信息'],
    ['expert', '专家解读'],
    ['original', '原文信息'],
    ['interpretationUrl', '解读原文地址'],
    ['attachmentName', '附件名称']
  ]
  return [
    ...fields.filter(([key]) => !same(current[key], next[key])).map(([, what]) => ({ kind: 'changed' as const, what })),
    ...byId(current.sections, next.sections, (s) => `章节 ${s.number}${s.title}`),
    ...byId(current.qa, next.qa, (q) => `问答 ${q.number} ${q.question}`)
  ]
}
