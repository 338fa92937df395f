// What citizens read must not carry the team's own notes: a file name (yuzhong-facts.md), a
// coordinate system (GCJ-02, WGS-84), an import batch, raw coordinates. Sources are written by
// the team, by an import or by a district admin, and rows already stored keep their old wording,
// so the words are cleaned where they are shown, and the tests scan every citizen page with the
// same list (internalMarks).

/** Each kind of internal text, with the pattern that finds it. */
const INTERNAL_PATTERNS: ReadonlyArray<{ kind: string; pattern: RegExp }> = [
  { kind: 'file name', pattern: /[\w-]+\.(?:md|csv|jsonl?|xlsx?|sql|ts)\b/i },
  { kind: 'project file', pattern: /yuzhong-facts|项目资料/i },
  { kind: 'coordinate system', pattern: /GCJ-?02|WGS-?84|坐标系|腾讯地图的代码/i },
  { kind: 'batch id', pattern: /\bbatch[-_:#]?[\w-]*|批次\s*(?:号|id)?\s*[:：]?\s*[\w-]{4,}/i },
  { kind: 'raw coordinates', pattern: /\d{2,3}\.\d{4,}\s*[,，]\s*\d{2,3}\.\d{4,}/ }
]

/** The internal things found in a text shown to citizens, as "kind: match" (empty when clean). */
export function internalMarks(text: string): string[] {
  const found: string[] = []
  for (const { kind, pattern } of INTERNAL_PATTERNS) {
    const m = pattern.exec(text)
    if (m) found.push(`${kind}: ${m[0]}`)
  }
  return found
}

/** What a source says when all it had was internal. */
export const PUBLIC_FACTS_SOURCE = '渝中区公开资料'

/**
 * A source in a parent's words: internal asides in brackets and internal clauses go (how rough a
 * point is, the page says from the location's own flag: 位置为大致位置). 渝中区公开资料整理（项目资料
 * yuzhong-facts.md）；坐标取自使用腾讯地图的代码，很可能为 GCJ-02 → 渝中区公开资料整理.
 */
export function citizenSource(source: string): string {
  const withoutAsides = source.replace(/[（(][^（）()]*[）)]/g, (aside) => (internalMarks(aside).length ? '' : aside))
  const clauses = withoutAsides
    .split(/[；;]/)
    .map((c) => c.trim())
    .filter((c) => c && !internalMarks(c).length)
  return clauses.length ? clauses.join('；') : PUBLIC_FACTS_SOURCE
}
