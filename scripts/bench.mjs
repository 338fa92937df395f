// `npm run bench`: figures as ratios against a baseline measured in the same run.
//   sizes   the weapp main package and total, the H5 initial JS (raw, gzip) vs a bare Taro+React app
//   search  policy Q&A search per query (median) vs a plain substring scan
// Run one section: npm run bench -- sizes
import { BIN, run } from './lib.mjs'
import { benchSizes } from './bench/sizes.mjs'

const wanted = process.argv.slice(2)
const on = (name) => wanted.length === 0 || wanted.includes(name)

if (on('sizes')) await benchSizes()
if (on('search')) {
  const code = await run(BIN('tsx'), ['scripts/bench/policy-search.ts'])
  if (code !== 0) process.exit(code)
}
