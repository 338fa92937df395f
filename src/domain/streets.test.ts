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

  it('is the national list: 80 communities, each with a 12-digit code, an official and a short name', () => {
    const all = STREETS.flatMap((s) => s.communities)
    expect(all).toHaveLength(80)
    expect(new Set(all.map((c) => c.code)).size).toBe(80)
    for (const c of all) {
      expect(c.code).toMatch(/^500103\d{6}$/)
      expect(c.officialName).toMatch(/^.+(社区居民委员会|社区工作站)$/)
      expect(c.officialName.startsWith(c.name)).toBe(true)
    }
    // Per street as the facts file counts them; 化龙桥 was empty in the old list.
    expect(Object.fromEntries(STREETS.map((s) => [s.name, s.communities.length]))).toEqual({
      七星岗: 8,
      解放碑: 9,
      两路口: 7,
      上清寺: 7,
      菜园坝: 5,
      南纪门: 5,
      朝天门: 7,
      大溪沟: 9,
      大坪: 8,
      化龙桥: 5,
      石油路: 10
    })
    for (const s of STREETS) expect(s.officialName).toBe(`${s.name}街道`)
  })

  it('where the old partial list differed, the national one wins', () => {
    expect(findCommunity('500103003017')?.community).toEqual({
      code: '500103003017',
      name: '邹容路',
      officialName: '邹容路社区居民委员会'
    })
    expect(findCommunity('500103003022')).toBeUndefined()
    expect(findCommunity('500103013009')?.community.officialName).toBe('化龙桥社区工作站')
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
