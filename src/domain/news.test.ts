import { bulletStating, claimsOf, FACTS } from '../../tests/setup/facts-file'
import { DISTRICT_EXAMPLES, formatExampleDate } from './news'

describe('district examples', () => {
  it.each(DISTRICT_EXAMPLES.map((e) => [e.id, e] as const))(
    '%s states only what data/sources/yuzhong-facts.md confirms',
    (_id, e) => {
      const claims = claimsOf(`${formatExampleDate(e.date)} ${e.title} ${e.text} ${e.source}`)
      // Its date and numbers stand together in one bullet of the facts file.
      expect(bulletStating(claims)).toBeDefined()
      for (const name of claims.names) expect(FACTS).toContain(name)
      expect(e.source.length).toBeGreaterThan(4)
    }
  )

  it('reads dates, numbers and cited names out of a statement', () => {
    expect(claimsOf('2022年6月 建成 3 条路线，改造 6 处；“红岩议事小代表”；来源：《计划(2024-2026年)》')).toEqual({
      dates: [['June 2022', '2022-06']],
      numbers: ['3', '6'],
      names: ['红岩议事小代表', '《计划(2024-2026年)》']
    })
    // A number the facts do not give is caught.
    expect(bulletStating(claimsOf('2022年6月 建成 4 条路线'))).toBeUndefined()
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
