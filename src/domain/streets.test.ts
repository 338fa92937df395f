import { STREETS, findCommunity, findStreet } from './streets'

describe('streets', () => {
  it('lists the 11 current streets with unique official codes', () => {
    expect(STREETS).toHaveLength(11)
    expect(new Set(STREETS.map((s) => s.code)).size).toBe(11)
    for (const s of STREETS) expect(s.code).toMatch(/^500103\d{3}$/)
    expect(STREETS.map((s) => s.name)).not.toContain('望龙门')
  })

  it('finds a street and a community by code', () => {
    expect(findStreet('500103003')?.name).toBe('解放碑')
    expect(findStreet('500103002')).toBeUndefined()
    const hit = findCommunity('500103003019')
    expect(hit?.street.name).toBe('解放碑')
    expect(hit?.community.name).toBe('大井巷')
    expect(findCommunity('500103003999')).toBeUndefined()
  })

  it('builds community codes from the street code', () => {
    for (const s of STREETS) for (const c of s.communities) expect(c.code.startsWith(s.code)).toBe(true)
  })
})
