// `npm run bench`: figures as ratios against a baseline measured in the same run.
//   sizes        weapp main package and total, H5 initial JS (raw, gzip) vs a bare Taro+React app
//   search       policy Q&A search per query (median) vs a plain substring scan
//   places       nearest-20 / within-radius over 1k–100k places (kdbush) vs a linear scan;
//                marker payload per map update
//   suggestions  submissions/s and p50/p99 against the local backend vs its health endpoint;
//                rows stored vs distinct ids
//   inbox        the staff inbox over 100k suggestions in SQLite (filters + paging) vs a full
//                scan; export time for 10k rows
//   audio        a 60 s recording at the recorder's settings vs 1 MB, the upload limit and
//                uncompressed PCM; its upload to the local backend vs a 1 s clip
//   pages        each tab page of dist/weapp in miniprogram-simulate with 10k places: node count
//                and setData sizes (built first unless sizes just built it)
// Run some: npm run bench -- search places
import { BIN, run } from './lib.mjs'
import { benchSizes } from './bench/sizes.mjs'

const wanted = process.argv.slice(2)
const on = (name) => wanted.length === 0 || wanted.includes(name)

if (on('sizes')) await benchSizes()
if (on('pages')) {
  if (!on('sizes')) {
    const built = await run(BIN('taro'), ['build', '--type', 'weapp', '--mode', 'check'], {
      stdio: ['ignore', 'ignore', 'inherit']
    })
    if (built !== 0) process.exit(built)
  }
  const code = await run(BIN('jest'), ['-c', 'scripts/bench/jest.pages.config.js', '--silent'])
  if (code !== 0) process.exit(code)
}
for (const [name, file] of [
  ['search', 'scripts/bench/policy-search.ts'],
  ['places', 'scripts/bench/places.ts'],
  ['suggestions', 'scripts/bench/suggestions.ts'],
  ['inbox', 'scripts/bench/inbox.ts'],
  ['audio', 'scripts/bench/audio.ts']
]) {
  if (!on(name)) continue
  const code = await run(BIN('tsx'), [file])
  if (code !== 0) process.exit(code)
}
