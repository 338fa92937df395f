import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { DISTRICT_EXAMPLES, formatExampleDate } from './news'

const facts = readFileSync(resolve(__dirname, '../../data/sources/yuzhong-facts.md'), 'utf8')

describe('district examples', () => {
  it('only states what the facts file confirms', () => {
    expect(facts).toContain('红岩议事小代表')
    expect(facts).toContain('December 2025')
    expect(facts).toContain('3 child-friendly')
    expect(facts).toContain('6 renovated')
    expect(facts).toContain('德精小学 儿童友好馆 opened June 2022')
    expect(facts).toContain('曾家岩')
    for (const e of DISTRICT_EXAMPLES) expect(e.source.length).toBeGreaterThan(4)
  })

  it('is newest first, undated last among its neighbours', () => {
    const dated = DISTRICT_EXAMPLES.filter((e) => e.date).map((e) => e.date as string)
    expect([...dated].sort().reverse()).toEqual(dated)
  })

  it('formats the date only as precisely as known', () => {
    expect(formatExampleDate('2022-06')).toBe('2022年6月')
    expect(formatExampleDate('2025')).toBe('2025年')
    expect(formatExampleDate(null)).toBe('')
  })
})
