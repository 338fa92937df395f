import { isInsideYuzhong } from './places/geo'
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

describe('isInsideYuzhong (the one district box, used by places and suggestions)', () => {
  it('accepts the district centre and the places in the facts file', () => {
    expect(isInsideYuzhong(29.5559, 106.565)).toBe(true)
    expect(isInsideYuzhong(29.562635, 106.56104)).toBe(true) // 儿童医院
    expect(isInsideYuzhong(29.57, 106.516)).toBe(true) // 红岩革命纪念馆
    expect(isInsideYuzhong(29.53665, 106.519417)).toBe(true) // 重医附一院
  })

  it('rejects points outside, and non-numbers', () => {
    expect(isInsideYuzhong(29.6, 106.45)).toBe(false) // 沙坪坝
    expect(isInsideYuzhong(39.9, 116.4)).toBe(false)
    expect(isInsideYuzhong(Number.NaN, 106.56)).toBe(false)
  })
})
