// The checked-in summary the 政策 tab carries is what the generator makes from the bundled
// document now: a change to the text cannot leave the tab's figures behind.
import { readFileSync } from 'node:fs'
import { generatePolicySummaryModule, OUTPUT } from './gen-policy-summary'

describe('npm run gen:policy-summary', () => {
  it('src/domain/policy/summary.generated.ts equals what the generator produces now', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(generatePolicySummaryModule())
  })
})
