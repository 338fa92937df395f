// What the 政策 tab shows: the plan's figures, areas, targets and where the text comes from. The
// tab is in the main package, so it carries this summary (generated from the bundled document,
// summary.generated.ts) and not the document itself; the full text, Q&A and search live in
// pkg-policy. A newer version published in the cloud comes with its summary made by the policy
// function from the same code.
import type { PolicyDocument, PolicyMeta } from './content'
import type { PolicyArea, PolicyFacts, PolicyTarget } from './facts'

/** Where a fact was read from stays with the full document (pkg-policy); the tab shows the fact. */
type Unsourced<T> = Omit<T, 'source' | 'sectionId' | 'partId'>
export type SummaryArea = Unsourced<PolicyArea>
export type SummaryTarget = Unsourced<PolicyTarget>

export interface PolicySummary {
  version: string
  updatedAt: string
  meta: Pick<PolicyMeta, 'publisher' | 'writtenDate' | 'publishDate' | 'genre'>
  originalUrl: string
  qaCount: number
  totals: PolicyFacts['totals']
  areas: SummaryArea[]
  targets: SummaryTarget[]
}

function unsourced<T extends { source: string; sectionId: string; partId?: string }>(fact: T): Unsourced<T> {
  const { source: _s, sectionId: _i, partId: _p, ...rest } = fact
  return rest
}

export function summarisePolicy(doc: PolicyDocument, facts: PolicyFacts): PolicySummary {
  const { publisher, writtenDate, publishDate, genre } = doc.meta
  return {
    version: doc.version,
    updatedAt: doc.updatedAt,
    meta: { publisher, writtenDate, publishDate, genre },
    originalUrl: doc.original.url,
    qaCount: doc.qa.length,
    totals: facts.totals,
    areas: facts.areas.map(unsourced),
    targets: facts.targets.map(unsourced)
  }
}

/** A newer version replaces the one in hand: later updatedAt, or the same day with another version. */
export function isNewerPolicy(
  candidate: { version: string; updatedAt: string },
  current: { version: string; updatedAt: string }
): boolean {
  return (
    candidate.updatedAt > current.updatedAt ||
    (candidate.updatedAt === current.updatedAt && candidate.version !== current.version)
  )
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 2000
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 1000

/**
 * A summary from the cloud or the device cache, checked before the tab shows it (the function
 * makes it from a validated document; a damaged cache must not break the tab).
 */
export function readPolicySummary(value: unknown): PolicySummary | null {
  if (!value || typeof value !== 'object') return null
  const s = value as Partial<PolicySummary>
  const meta = s.meta as Partial<PolicySummary['meta']> | undefined
  const totals = s.totals as Partial<PolicySummary['totals']> | undefined
  const ok =
    isText(s.version) &&
    isText(s.updatedAt) &&
    isText(s.originalUrl) &&
    isCount(s.qaCount) &&
    !!meta &&
    [meta.publisher, meta.writtenDate, meta.publishDate, meta.genre].every(isText) &&
    !!totals &&
    [totals.areas, totals.fields, totals.tasks].every(isCount) &&
    Array.isArray(s.areas) &&
    s.areas.every(
      (a) => isCount(a?.order) && isText(a?.shortTitle) && isCount(a?.fieldCount) && isCount(a?.taskCount)
    ) &&
    Array.isArray(s.targets) &&
    s.targets.every((t) => isText(t?.id) && isText(t?.label) && isText(t?.topic) && isText(t?.wording))
  return ok ? (value as PolicySummary) : null
}

/** Which summary the tab shows: the bundled one, unless a valid newer one came from the cloud. */
export function chooseSummary(
  bundled: PolicySummary,
  candidate: unknown
): { summary: PolicySummary; source: 'bundled' | 'cloud' } {
  const checked = readPolicySummary(candidate)
  return checked && isNewerPolicy(checked, bundled)
    ? { summary: checked, source: 'cloud' }
    : { summary: bundled, source: 'bundled' }
}
