/**
 * Instant search over the policy text for Chinese queries typed without spaces.
 *
 * Chinese has no word boundaries, so text is matched by character bigrams (plus the whole query
 * as a phrase); Latin/digit runs such as 2026 stay whole so "2026" does not match "2021" via "20".
 * The index (bigram postings) is built once; a query then costs map look-ups plus a few
 * `includes` on the ~12 items that hold every token of the query.
 */
import { policyDocument, type PolicyDocument, type PolicySectionId } from './content'
import { normalizeField, normalizeQuery, tokenize, type NormalizedField } from './normalize'

export type SearchItemKind = 'intro' | 'section' | 'qa' | 'expert'

export interface SearchItem {
  /** intro, background, purpose, measures, safeguards, q1 … q5, expert */
  id: string
  kind: SearchItemKind
  sectionId: PolicySectionId | null
  title: string
  paragraphs: string[]
}

/** Half-open range [start, end) in UTF-16 code units of the original (not normalised) text */
export interface TextRange {
  start: number
  end: number
}

export interface HighlightSegment {
  text: string
  hit: boolean
}

export interface SearchResult {
  item: SearchItem
  score: number
  titleRanges: TextRange[]
  /** One list of ranges per entry of item.paragraphs */
  paragraphRanges: TextRange[][]
}

export interface SearchOptions {
  /** 'qa' limits results to the five questions; default 'all' */
  scope?: 'qa' | 'all'
  limit?: number
}

interface PreparedItem {
  title: NormalizedField
  paragraphs: NormalizedField[]
  /** Title and paragraphs joined by a separator no query can contain */
  allText: string
}

export interface PolicySearchIndex {
  items: SearchItem[]
  prepared: PreparedItem[]
  /** bigram → indexes of the items containing it (anywhere / in the title) */
  postings: Map<string, number[]>
  titlePostings: Map<string, number[]>
}

// User words ↔ words the document uses. Matching a variant scores a little below the typed word.
const SYNONYM_GROUPS: string[][] = [
  ['一米', '1米'],
  ['托育', '托位', '托儿', '幼托'],
  ['资金', '经费', '钱'],
  ['公园', '景区'],
  ['医疗', '医院', '看病']
]
const VARIANT_WEIGHT = 0.8
// Synonyms serve typed words; a long pasted passage gains nothing from nine re-tokenised copies.
const MAX_SYNONYM_QUERY_LENGTH = 32
// Q&A answers are what the feature is for; prefer them over a section that mentions the word as often.
const QA_BOOST = 1.1

function allBigrams(text: string): Set<string> {
  const grams = new Set<string>()
  for (let i = 0; i + 1 < text.length; i++) grams.add(text.slice(i, i + 2))
  return grams
}

interface QueryForm {
  text: string
  weight: number
  tokens: string[]
}

/** The query plus the query with each synonym swapped in, with their weights. */
function queryForms(q: string): QueryForm[] {
  const forms = new Map<string, number>([[q, 1]])
  if (q.length > MAX_SYNONYM_QUERY_LENGTH) return [{ text: q, weight: 1, tokens: tokenize(q) }]
  for (const group of SYNONYM_GROUPS) {
    for (const word of group) {
      if (!q.includes(word)) continue
      for (const other of group) {
        const variant = q.split(word).join(other)
        if (!forms.has(variant)) forms.set(variant, VARIANT_WEIGHT)
      }
    }
  }
  return Array.from(forms, ([text, weight]) => ({ text, weight, tokens: tokenize(text) }))
}

function countOccurrences(haystack: string, needle: string): number {
  let count = 0
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++
  return count
}

export function policySearchItems(doc: PolicyDocument): SearchItem[] {
  const items: SearchItem[] = [
    { id: 'intro', kind: 'intro', sectionId: null, title: doc.title, paragraphs: [doc.intro] }
  ]
  for (const section of doc.sections) {
    if (section.paragraphs.length > 0) {
      items.push({
        id: section.id,
        kind: 'section',
        sectionId: section.id,
        title: section.title,
        paragraphs: section.paragraphs
      })
    }
    for (const sub of section.subsections) {
      items.push({ id: sub.id, kind: 'section', sectionId: section.id, title: sub.title, paragraphs: sub.paragraphs })
    }
    if (section.id === 'qa') {
      for (const q of doc.qa)
        items.push({ id: q.id, kind: 'qa', sectionId: 'qa', title: q.question, paragraphs: q.answer })
    }
    if (section.id === 'expert') {
      items.push({
        id: 'expert',
        kind: 'expert',
        sectionId: 'expert',
        title: section.title,
        paragraphs: [doc.expert.text]
      })
    }
  }
  return items
}

export function buildPolicySearchIndex(doc: PolicyDocument = policyDocument): PolicySearchIndex {
  const items = policySearchItems(doc)
  const postings = new Map<string, number[]>()
  const titlePostings = new Map<string, number[]>()
  const post = (map: Map<string, number[]>, gram: string, index: number) => {
    const list = map.get(gram)
    if (list) list.push(index)
    else map.set(gram, [index])
  }
  const prepared = items.map((item, index) => {
    const title = normalizeField(item.title)
    const paragraphs = item.paragraphs.map(normalizeField)
    const titleGrams = allBigrams(title.text)
    const allGrams = new Set(titleGrams)
    for (const p of paragraphs) allBigrams(p.text).forEach((g) => allGrams.add(g))
    allGrams.forEach((gram) => post(postings, gram, index))
    titleGrams.forEach((gram) => post(titlePostings, gram, index))
    const allText = [title.text, ...paragraphs.map((p) => p.text)].join('\u0000')
    return { title, paragraphs, allText }
  })
  return { items, prepared, postings, titlePostings }
}

let defaultIndex: PolicySearchIndex | undefined

/** Index of the bundled document, built on first use. */
export function defaultPolicySearchIndex(): PolicySearchIndex {
  defaultIndex = defaultIndex ?? buildPolicySearchIndex(policyDocument)
  return defaultIndex
}

interface TokenHits {
  /** Indexes of items containing the token anywhere / in the title */
  all: number[]
  title: number[]
}

/** Items holding each token, from the postings for bigrams, by scanning for the rest. */
function lookUpTokens(index: PolicySearchIndex, forms: QueryForm[]): Map<string, TokenHits> {
  const hits = new Map<string, TokenHits>()
  for (const form of forms) {
    for (const token of form.tokens) {
      if (hits.has(token)) continue
      if (token.length === 2) {
        hits.set(token, { all: index.postings.get(token) ?? [], title: index.titlePostings.get(token) ?? [] })
      } else {
        const containing = (pick: (p: PreparedItem) => string) =>
          index.prepared.reduce<number[]>((list, p, i) => (pick(p).includes(token) ? list.concat(i) : list), [])
        hits.set(token, { all: containing((p) => p.allText), title: containing((p) => p.title.text) })
      }
    }
  }
  return hits
}

/** Score of every item for one form of the query; 0 where nothing matches. */
function scoreForm(index: PolicySearchIndex, form: QueryForm, hits: Map<string, TokenHits>): number[] {
  const anywhere = new Array<number>(index.items.length).fill(0)
  const inTitle = new Array<number>(index.items.length).fill(0)
  for (const token of form.tokens) {
    const hit = hits.get(token)
    hit?.all.forEach((i) => anywhere[i]++)
    hit?.title.forEach((i) => inTitle[i]++)
  }
  return index.prepared.map((p, i) => {
    if (anywhere[i] === 0) return 0
    let score = (30 * anywhere[i] + 10 * inTitle[i]) / form.tokens.length
    // The phrase can only occur where all of its tokens do; skip the string scans otherwise.
    if (anywhere[i] === form.tokens.length) {
      if (p.title.text.includes(form.text)) score += 100
      const bodyCount = p.paragraphs.reduce((n, para) => n + countOccurrences(para.text, form.text), 0)
      if (bodyCount > 0) score += 40 + 5 * Math.min(bodyCount, 4)
    }
    return score * form.weight
  })
}

/** Where to highlight in one field: whole phrases if any occur, else the given tokens. */
function fieldRanges(field: NormalizedField, forms: QueryForm[], tokens: string[]): TextRange[] {
  const found: Array<[number, number]> = []
  const collect = (needle: string) => {
    for (let at = field.text.indexOf(needle); at !== -1; at = field.text.indexOf(needle, at + 1)) {
      found.push([at, at + needle.length])
    }
  }
  forms.forEach((f) => collect(f.text))
  if (found.length === 0) tokens.forEach(collect)
  found.sort((a, b) => a[0] - b[0])
  const ranges: TextRange[] = []
  for (const [s, e] of found) {
    const start = field.toOriginal[s]
    const end = field.toOriginal[e - 1] + 1
    const last = ranges[ranges.length - 1]
    if (last && start <= last.end) last.end = Math.max(last.end, end)
    else ranges.push({ start, end })
  }
  return ranges
}

function allTokens(forms: QueryForm[]): string[] {
  const tokens = new Set<string>()
  forms.forEach((f) => f.tokens.forEach((t) => tokens.add(t)))
  return Array.from(tokens)
}

export function searchPolicy(
  query: string,
  options: SearchOptions = {},
  index: PolicySearchIndex = defaultPolicySearchIndex()
): SearchResult[] {
  const inScope = (item: SearchItem) => options.scope !== 'qa' || item.kind === 'qa'
  const q = normalizeQuery(query)
  let results: SearchResult[]
  if (q === '') {
    results = index.items.filter(inScope).map((item) => ({
      item,
      score: 0,
      titleRanges: [],
      paragraphRanges: item.paragraphs.map(() => [])
    }))
  } else {
    const forms = queryForms(q)
    const hits = lookUpTokens(index, forms)
    const scores = new Array<number>(index.items.length).fill(0)
    for (const form of forms) {
      scoreForm(index, form, hits).forEach((score, i) => (scores[i] = Math.max(scores[i], score)))
    }
    const tokens = allTokens(forms)
    results = []
    scores.forEach((score, i) => {
      const item = index.items[i]
      if (score <= 0 || !inScope(item)) return
      const prepared = index.prepared[i]
      // Highlight only tokens this item holds, so long queries do not scan for hundreds of misses.
      const present = tokens.filter((t) => hits.get(t)?.all.includes(i))
      results.push({
        item,
        score: item.kind === 'qa' ? score * QA_BOOST : score,
        titleRanges: fieldRanges(prepared.title, forms, present),
        paragraphRanges: prepared.paragraphs.map((p) => fieldRanges(p, forms, present))
      })
    })
    results.sort((a, b) => b.score - a.score || index.items.indexOf(a.item) - index.items.indexOf(b.item))
  }
  return options.limit === undefined ? results : results.slice(0, options.limit)
}

export function toSegments(text: string, ranges: TextRange[]): HighlightSegment[] {
  const segments: HighlightSegment[] = []
  let at = 0
  for (const { start, end } of ranges) {
    if (start > at) segments.push({ text: text.slice(at, start), hit: false })
    segments.push({ text: text.slice(start, end), hit: true })
    at = end
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), hit: false })
  return segments
}

/** Segments of any text with the query's matches marked, for rendering. */
export function highlight(text: string, query: string): HighlightSegment[] {
  const q = normalizeQuery(query)
  if (q === '') return toSegments(text, [])
  const forms = queryForms(q)
  return toSegments(text, fieldRanges(normalizeField(text), forms, allTokens(forms)))
}

/** Baseline for benchmarks: plain `includes` over every text, no normalisation or index. */
export function substringScan(query: string, items: SearchItem[] = defaultPolicySearchIndex().items): string[] {
  if (query === '') return items.map((item) => item.id)
  return items
    .filter((item) => item.title.includes(query) || item.paragraphs.some((p) => p.includes(query)))
    .map((item) => item.id)
}
