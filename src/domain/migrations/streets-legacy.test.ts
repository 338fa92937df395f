import { findCommunity, STREETS } from '../streets'
import {
  CHANGED_LEGACY_CODES,
  LEGACY_COMMUNITY_NAMES,
  mapLegacyCommunityCode,
  remapRecordCommunity,
  remapScopeCommunities
} from './streets-legacy'

describe('old community codes → national codes, by name', () => {
  it('keeps the frozen old table (63 communities, none in 化龙桥)', () => {
    expect(Object.isFrozen(LEGACY_COMMUNITY_NAMES)).toBe(true)
    expect(Object.keys(LEGACY_COMMUNITY_NAMES)).toHaveLength(63)
    expect(Object.keys(LEGACY_COMMUNITY_NAMES).some((c) => c.startsWith('500103013'))).toBe(false)
    expect(LEGACY_COMMUNITY_NAMES['500103003017']).toBe('公园路')
  })

  it('maps a code to the community of the same name', () => {
    expect(mapLegacyCommunityCode('500103003019')).toBe('500103003019') // 大井巷, unchanged
    expect(mapLegacyCommunityCode('500103003022')).toBe('500103003017') // 邹容路 moved
  })

  it('is null when the name is not in the national list, or the code was never in the old one', () => {
    expect(mapLegacyCommunityCode('500103003017')).toBeNull() // 公园路
    expect(mapLegacyCommunityCode('500103005012')).toBeNull() // 上大田塆 (…012 is 美专校 now)
    expect(mapLegacyCommunityCode('500103005013')).toBeNull() // 上清寺路 (…013 is 嘉西村 now)
    expect(mapLegacyCommunityCode('500103008011')).toBeNull() // 厚慈街
    expect(mapLegacyCommunityCode('500103013009')).toBeNull()
    expect(mapLegacyCommunityCode('')).toBeNull()
  })

  it('lists exactly the codes a migration must touch', () => {
    expect([...CHANGED_LEGACY_CODES].sort()).toEqual([
      '500103003017',
      '500103003022',
      '500103005012',
      '500103005013',
      '500103008011'
    ])
    // Every other old code names the same community under the same code.
    for (const [code, name] of Object.entries(LEGACY_COMMUNITY_NAMES)) {
      if (!CHANGED_LEGACY_CODES.includes(code)) expect(findCommunity(code)?.community.name).toBe(name)
    }
    expect(STREETS.flatMap((s) => s.communities)).toHaveLength(80)
  })
})

describe('remapping stored records', () => {
  it('leaves records with an unchanged or no community alone', () => {
    expect(remapRecordCommunity({ street: '500103003', community: '500103003019' })).toBeNull()
    expect(remapRecordCommunity({ street: '500103003' })).toBeNull()
  })

  it('moves a community to its new code and keeps the old one beside it', () => {
    expect(remapRecordCommunity({ street: '500103003', community: '500103003022' })).toEqual({
      community: '500103003017',
      legacyCommunity: { code: '500103003022', name: '邹容路' }
    })
  })

  it('clears a community that is no longer in the list, keeping the street', () => {
    expect(remapRecordCommunity({ street: '500103003', community: '500103003017' })).toEqual({
      community: null,
      legacyCommunity: { code: '500103003017', name: '公园路' }
    })
  })

  it('maps a worker’s communities and says which were dropped', () => {
    expect(remapScopeCommunities(['500103003019'])).toBeNull()
    expect(remapScopeCommunities(['500103003022', '500103003019', '500103008011'])).toEqual({
      communities: ['500103003017', '500103003019'],
      dropped: ['500103008011']
    })
  })
})
