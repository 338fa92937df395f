// The database plan: what `npm run deploy:db` must change so a CloudBase environment has every
// collection of src/domain/collections.ts with its indexes and security rule, and cloud storage
// is private. Pure: the current state comes in, the steps go out, so the plan is tested without
// Tencent Cloud, and applying it twice changes nothing the second time.
import { COLLECTIONS, type CollectionSpec, type IndexSpec, type SecurityRule } from '../src/domain/collections'

export interface ExistingIndex {
  name: string
  fields: Array<{ field: string; direction: 'asc' | 'desc' }>
  unique: boolean
}
export interface ExistingCollection {
  indexes: ExistingIndex[]
  /** The custom rule as stored (JSON text), or undefined for a preset permission. */
  rule?: string
}
export interface DatabaseState {
  collections: Map<string, ExistingCollection>
  /** Storage permission tag (PRIVATE, READONLY, …); undefined when unknown. */
  storageAcl?: string
}

// Children's photos and drawings: only their uploader (and the functions, with admin rights) may
// read them; the app shows them through temporary URLs the functions hand out.
export const STORAGE_ACL = 'PRIVATE'
export const STORAGE_ACL_LABEL = '仅创建者及管理员可读写'

export type Step =
  | { kind: 'createCollection'; collection: string }
  | { kind: 'createIndex'; collection: string; index: IndexSpec }
  | { kind: 'replaceIndex'; collection: string; index: IndexSpec }
  | { kind: 'setRule'; collection: string; rule: SecurityRule }
  | { kind: 'setStorageAcl'; acl: string }

export const ruleText = (rule: SecurityRule) => JSON.stringify(rule)

function sameRule(stored: string | undefined, rule: SecurityRule): boolean {
  if (!stored) return false
  try {
    return JSON.stringify(JSON.parse(stored)) === ruleText(rule)
  } catch {
    return false
  }
}

const sameIndex = (a: ExistingIndex, b: IndexSpec) =>
  a.unique === Boolean(b.unique) &&
  a.fields.length === b.fields.length &&
  a.fields.every((f, i) => f.field === b.fields[i].field && f.direction === b.fields[i].direction)

export function planDatabase(
  state: DatabaseState,
  specs: CollectionSpec[] = Object.values(COLLECTIONS)
): { steps: Step[]; unchanged: string[]; undeclared: string[] } {
  const steps: Step[] = []
  const unchanged: string[] = []
  const undeclared: string[] = []
  for (const spec of specs) {
    const current = state.collections.get(spec.name)
    const before = steps.length
    if (!current) steps.push({ kind: 'createCollection', collection: spec.name })
    for (const index of spec.indexes) {
      const existing = current?.indexes.find((i) => i.name === index.name)
      if (!existing) steps.push({ kind: 'createIndex', collection: spec.name, index })
      else if (!sameIndex(existing, index)) steps.push({ kind: 'replaceIndex', collection: spec.name, index })
    }
    // Extra indexes are reported, never dropped: someone may have added one for a reason.
    for (const extra of current?.indexes ?? [])
      if (extra.name !== '_id_' && !spec.indexes.some((i) => i.name === extra.name))
        undeclared.push(`${spec.name}.${extra.name}`)
    if (!sameRule(current?.rule, spec.rule)) steps.push({ kind: 'setRule', collection: spec.name, rule: spec.rule })
    if (steps.length === before) unchanged.push(spec.name)
  }
  if (state.storageAcl !== STORAGE_ACL) steps.push({ kind: 'setStorageAcl', acl: STORAGE_ACL })
  return { steps, unchanged, undeclared }
}

const fieldsText = (index: IndexSpec) =>
  index.fields.map((f) => `${f.field} ${f.direction === 'asc' ? '升序' : '降序'}`).join(', ')

export function describeStep(step: Step): string {
  switch (step.kind) {
    case 'createCollection':
      return `创建集合 ${step.collection}`
    case 'createIndex':
    case 'replaceIndex':
      return `${step.kind === 'createIndex' ? '创建' : '重建'}索引 ${step.collection}.${step.index.name}${
        step.index.unique ? '（唯一）' : ''
      }：${fieldsText(step.index)}`
    case 'setRule':
      return `设置 ${step.collection} 的安全规则（自定义）：${ruleText(step.rule)}`
    case 'setStorageAcl':
      return `设置云存储权限：${step.acl}（${STORAGE_ACL_LABEL}）`
  }
}

export function formatPlan(plan: ReturnType<typeof planDatabase>): string {
  const lines = plan.steps.map((s) => `  + ${describeStep(s)}`)
  if (plan.unchanged.length) lines.push(`  = 已是最新：${plan.unchanged.join(', ')}`)
  if (plan.undeclared.length)
    lines.push(`  ! 云端有、collections.ts 未声明的索引（保留）：${plan.undeclared.join(', ')}`)
  lines.push(plan.steps.length ? `共 ${plan.steps.length} 项变更` : '没有需要变更的内容')
  return lines.join('\n')
}
