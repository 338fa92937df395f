// Policy search per query (median of many runs) against a plain substring scan over the same
// content, in the same process. Queries are what people type: short Chinese words, digits, a
// sentence, full-width input. Goal: ≤ 100 µs a query here, so that a low-end phone (about ten
// times slower) still answers each keystroke within a millisecond.
import { buildPolicySearchIndex, searchPolicy, substringScan } from '../../src/domain/policy'
import { figure, line } from './figures.cjs'

const QUERIES = [
  '托育',
  '资金',
  '一米',
  '公园',
  '幼儿园',
  '2026',
  '医疗',
  '儿童友好城市',
  '托位数不少于4.5个',
  '怎么保证任务落实？',
  'ＡＢＣ',
  '城市更新'
]
const ROUNDS = 2000

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function perQuery(fn: (q: string) => unknown): number {
  for (let i = 0; i < 200; i++) for (const q of QUERIES) fn(q) // warm up the JIT
  const samples: number[] = []
  for (let r = 0; r < ROUNDS; r++) {
    const start = process.hrtime.bigint()
    for (const q of QUERIES) fn(q)
    samples.push(Number(process.hrtime.bigint() - start) / QUERIES.length)
  }
  return median(samples) / 1000 // µs
}

const buildStart = process.hrtime.bigint()
const index = buildPolicySearchIndex()
const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6

const search = perQuery((q) => searchPolicy(q, {}, index))
const scan = perQuery((q) => substringScan(q))

console.log('\npolicy search                 per query (median)')
console.log(`  index build once        ${buildMs.toFixed(2)} ms`)
console.log(`  ranked search           ${search.toFixed(1)} µs`)
console.log(`  substring scan (base)   ${scan.toFixed(1)} µs`)
console.log(
  `  ratio search/scan       ${(search / scan).toFixed(1)}×  (the search also ranks, highlights and matches synonyms)`
)
console.log(
  line(
    figure({
      id: 'search.ranked',
      section: 'search',
      label: 'ranked policy search, median per query',
      value: search,
      unit: 'µs',
      goal: { op: '<=', value: 100 }
    })
  )
)
