import { policyDocument } from './content'
import { MAX_QUERY_LENGTH, normalizeQuery, tokenize } from './normalize'
import { buildPolicySearchIndex, highlight, searchPolicy, substringScan, type SearchResult } from './search'

const index = buildPolicySearchIndex(policyDocument)
const ids = (query: string, scope?: 'qa' | 'all') => searchPolicy(query, { scope }, index).map((r) => r.item.id)
const DOC_ORDER = ['intro', 'background', 'purpose', 'measures', 'safeguards', 'q1', 'q2', 'q3', 'q4', 'q5', 'expert']

/** Texts the ranges of a result point at, to check highlights land on the right characters. */
function highlightedTexts(result: SearchResult): string[] {
  const fromTitle = result.titleRanges.map((r) => result.item.title.slice(r.start, r.end))
  const fromBody = result.paragraphRanges.flatMap((ranges, i) =>
    ranges.map((r) => result.item.paragraphs[i].slice(r.start, r.end))
  )
  return [...fromTitle, ...fromBody]
}

describe('normalizeQuery and tokenize', () => {
  it('folds full-width, lower-cases and strips punctuation and spaces', () => {
    expect(normalizeQuery('托育？')).toBe('托育')
    expect(normalizeQuery('２０２６')).toBe('2026')
    expect(normalizeQuery(' ＡＢｃ ，《一米》\u3000高度! ')).toBe('abc一米高度')
  })

  it('caps the query at 200 characters', () => {
    expect(normalizeQuery('托'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH)
    expect(normalizeQuery('ｘ'.repeat(250) + '托育')).toBe('x'.repeat(200))
  })

  it('uses bigrams for Chinese, whole runs for Latin/digits, one token for one character', () => {
    expect(tokenize('儿童友好')).toEqual(['儿童', '童友', '友好'])
    expect(tokenize('2026年目标')).toEqual(['2026', '6年', '年目', '目标'])
    expect(tokenize('1米')).toEqual(['1米'])
    expect(tokenize('钱')).toEqual(['钱'])
    expect(tokenize('')).toEqual([])
  })
})

describe('searchPolicy ranking', () => {
  it('托育 ranks q3 first', () => expect(ids('托育')[0]).toBe('q3'))
  it('资金 ranks q5 first, ahead of the 组织保障 summary', () => {
    expect(ids('资金').slice(0, 2)).toEqual(['q5', 'safeguards'])
  })
  it('公园 finds q2 first', () => expect(ids('公园')[0]).toBe('q2'))
  it('幼儿园 finds the kindergarten targets in q3', () => expect(ids('幼儿园')[0]).toBe('q3'))

  it('一米 finds 从一米高度 and, through the synonym, 从1米高度', () => {
    const results = searchPolicy('一米', {}, index)
    expect(results.map((r) => r.item.id)).toEqual(['purpose', 'expert'])
    expect(highlightedTexts(results[0])).toEqual(['一米'])
    expect(highlightedTexts(results[1])).toEqual(['1米'])
    expect(results[0].score).toBeGreaterThan(results[1].score)
  })

  it('synonyms map user words onto the document’s words', () => {
    expect(ids('钱')[0]).toBe('q5')
    expect(ids('经费')[0]).toBe('q5')
    expect(ids('看病')[0]).toBe('q3')
    expect(ids('托儿')[0]).toBe('q3')
  })

  it('matches digits and mixed Latin/digit queries', () => {
    expect(ids('2026')).toContain('q3')
    expect(ids('2035')).toEqual(['background'])
    expect(ids('3岁')).toEqual(['q3'])
    expect(ids('4.5')).toEqual(['q3'])
    expect(ids('abc')).toEqual([])
  })

  it('full-width input gives the same results as half-width', () => {
    expect(searchPolicy('托育？', {}, index)).toEqual(searchPolicy('托育', {}, index))
    expect(searchPolicy('２０２６', {}, index)).toEqual(searchPolicy('2026', {}, index))
  })

  it('an empty query lists every item in document order without highlights', () => {
    for (const empty of ['', '   ', '？！，']) {
      const results = searchPolicy(empty, {}, index)
      expect(results.map((r) => r.item.id)).toEqual(DOC_ORDER)
      expect(
        results.every((r) => r.score === 0 && r.titleRanges.length === 0 && r.paragraphRanges.flat().length === 0)
      ).toBe(true)
    }
    expect(ids('', 'qa')).toEqual(['q1', 'q2', 'q3', 'q4', 'q5'])
  })

  it('scope qa keeps only the questions', () => {
    expect(ids('资金', 'qa')).toEqual(['q5'])
    expect(ids('儿童友好', 'qa').every((id) => /^q\d$/.test(id))).toBe(true)
  })

  it('limit trims the list', () => expect(searchPolicy('儿童', { limit: 3 }, index)).toHaveLength(3))

  it('a 200+ character query is capped and still answers', () => {
    const long = policyDocument.qa[2].answer[0] // > 200 characters of real text
    expect(long.length).toBeGreaterThan(MAX_QUERY_LENGTH)
    expect(ids(long)[0]).toBe('q3')
    expect(ids('啊'.repeat(300) + '托育')).toEqual([]) // 托育 is beyond the cap
  })

  it('phrase in the question outranks the same phrase only in an answer', () => {
    // 医疗 is in the q3 question and answer; only in answers elsewhere.
    const results = searchPolicy('医疗', {}, index)
    expect(results[0].item.id).toBe('q3')
    expect(results[0].titleRanges).toHaveLength(1)
  })

  it('highlight ranges point at the matched words', () => {
    const [q3] = searchPolicy('托育', {}, index)
    expect(highlightedTexts(q3).length).toBeGreaterThanOrEqual(2)
    expect(new Set(highlightedTexts(q3))).toEqual(new Set(['托育', '托位']))
  })
})

describe('highlight', () => {
  it('marks the match and keeps the whole text', () => {
    const text = '到2026年,每个社区均有提供全日托'
    const segments = highlight(text, '２０２６')
    expect(segments).toEqual([
      { text: '到', hit: false },
      { text: '2026', hit: true },
      { text: '年,每个社区均有提供全日托', hit: false }
    ])
    expect(segments.map((s) => s.text).join('')).toBe(text)
  })

  it('matches across punctuation the query leaves out', () => {
    expect(highlight('全日托、半日托', '托半')).toEqual([
      { text: '全日', hit: false },
      { text: '托、半', hit: true },
      { text: '日托', hit: false }
    ])
  })

  it('merges overlapping matches and marks every occurrence', () => {
    const segments = highlight('儿童友好,渝中更美好,儿童', '儿童')
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['儿童', '儿童'])
    expect(highlight('一米一米', '一米')).toEqual([{ text: '一米一米', hit: true }])
  })

  it('returns the text unmarked for an empty query or no match', () => {
    expect(highlight('儿童友好', '')).toEqual([{ text: '儿童友好', hit: false }])
    expect(highlight('儿童友好', '资金')).toEqual([{ text: '儿童友好', hit: false }])
    expect(highlight('', '资金')).toEqual([{ text: '', hit: false }])
  })
})

describe('substringScan baseline', () => {
  it('finds raw substrings only, with no normalisation', () => {
    expect(substringScan('托育', index.items)).toEqual(['q3'])
    expect(substringScan('２０２６', index.items)).toEqual([])
    expect(substringScan('', index.items)).toEqual(DOC_ORDER)
  })
})

describe('speed', () => {
  it('answers a query in well under a millisecond on average', () => {
    const queries = ['托育', '资金', '一米', '公园', '幼儿园', '2026', '儿童友好城市建设', '哪里可以看病']
    for (const q of queries) searchPolicy(q, {}, index) // warm-up
    const rounds = 200
    const start = Date.now()
    for (let i = 0; i < rounds; i++) for (const q of queries) searchPolicy(q, {}, index)
    const perQuery = (Date.now() - start) / (rounds * queries.length)
    // Generous bound so a slow CI machine does not flake; typical is ~0.02 ms.
    expect(perQuery).toBeLessThan(1)
  })
})
