import { internalMarks } from '../citizen-text'
import { findCommunity, findStreet, STREETS } from '../streets'
import { demoPlaces, DEMO_STREET_ANCHORS } from './demo'
import { distanceM, isInsideYuzhong } from './geo'
import { parseHours } from './hours'
import { isPlaceCategory } from './model'
import { CONFIRMED_PLACES } from './seed'

describe('confirmed places (the bundled copy)', () => {
  it('holds the 13 places of the facts file, none demo, none outside Yuzhong', () => {
    expect(CONFIRMED_PLACES).toHaveLength(13)
    for (const p of CONFIRMED_PLACES) {
      expect(p.demo).toBeUndefined()
      expect(isPlaceCategory(p.category)).toBe(true)
      // Said in a parent's words: the facts file's name and the datum notes are the team's.
      expect(p.source).toContain('渝中区公开资料整理')
      expect(internalMarks(p.source)).toEqual([])
      expect(p.name).not.toContain('示例')
      if (p.location) expect(isInsideYuzhong(p.location.latitude, p.location.longitude)).toBe(true)
    }
    expect(new Set(CONFIRMED_PLACES.map((p) => p.id)).size).toBe(13)
  })

  it('flags approximate points as the facts do', () => {
    const byName = new Map(CONFIRMED_PLACES.map((p) => [p.name, p]))
    expect(byName.get('重庆医科大学附属儿童医院(渝中院区)')?.location).toEqual({
      latitude: 29.562635,
      longitude: 106.56104,
      approximate: false
    })
    expect(byName.get('鹅岭公园')?.location?.approximate).toBe(true)
    for (const name of [
      '佛图关公园',
      '枇杷山公园',
      '人民公园',
      '珊瑚公园',
      '重庆市少年儿童图书馆',
      '渝中区图书馆',
      '重庆中国三峡博物馆',
      '红岩革命纪念馆'
    ]) {
      expect(byName.get(name)?.location?.approximate).toBe(true)
    }
  })

  it('keeps only the phones and hours the facts give, and no invented street', () => {
    const withPhone = CONFIRMED_PLACES.filter((p) => p.phones.length).map((p) => [p.name, p.phones])
    expect(withPhone).toEqual([
      ['重庆医科大学附属儿童医院(渝中院区)', ['023-63622984']],
      ['枇杷山公园', ['023-63529259']],
      ['红岩革命纪念馆', ['023-63637990']]
    ])
    const withHours = CONFIRMED_PLACES.filter((p) => p.hours).map((p) => [p.name, p.hours?.text])
    expect(withHours).toEqual([
      ['鹅岭公园', 'Mo-Su 07:00-22:00'],
      ['枇杷山公园', 'Mo-Su 08:00-22:00'],
      ['重庆市少年儿童图书馆', 'Mo 11:00-18:00; Tu-Fr 09:30-18:00; Sa,Su 09:30-17:00']
    ])
    // Written out by hand (the launch carries no parser): each is what its text parses to.
    for (const p of CONFIRMED_PLACES.filter((q) => q.hours)) {
      expect({ name: p.name, ok: true, hours: p.hours }).toEqual({ name: p.name, ...parseHours(p.hours?.text ?? '') })
    }
    expect(CONFIRMED_PLACES.filter((p) => p.street).map((p) => p.name)).toEqual(['德精小学儿童友好馆'])
    expect(CONFIRMED_PLACES.every((p) => p.verifiedAt === undefined && p.childcare === undefined)).toBe(true)
  })

  it('keeps 德精小学儿童友好馆 without a location, in 上清寺 曾家岩', () => {
    const dejing = CONFIRMED_PLACES.find((p) => p.id === 'dejing-children-space')
    expect(dejing?.location).toBeUndefined()
    expect(findCommunity(dejing?.community ?? '')?.community.name).toBe('曾家岩')
  })
})

describe('demo places', () => {
  const demo = demoPlaces()

  it('is deterministic: 24 childcare centres and 11 children homes', () => {
    expect(demoPlaces()).toEqual(demo)
    expect(demo.filter((p) => p.category === 'childcare')).toHaveLength(24)
    expect(demo.filter((p) => p.category === 'children_home')).toHaveLength(11)
    expect(new Set(demo.map((p) => p.id)).size).toBe(demo.length)
  })

  it('marks every record as demo, with 示例 names, no phone and no registry code', () => {
    for (const p of demo) {
      expect(p.demo).toBe(true)
      expect(p.name).toMatch(/^示例/)
      expect(p.phones).toEqual([])
      expect(p.childcare?.registryCode).toBeUndefined()
      expect(p.location?.approximate).toBe(true)
    }
  })

  it('covers all 11 streets with valid codes, near their anchors and inside Yuzhong', () => {
    expect(new Set(demo.map((p) => p.street))).toEqual(new Set(STREETS.map((s) => s.code)))
    for (const p of demo) {
      expect(findStreet(p.street ?? '')).toBeDefined()
      if (p.community) expect(findCommunity(p.community)?.street.code).toBe(p.street)
      const [lat, lng] = DEMO_STREET_ANCHORS[p.street!]
      expect(distanceM(p.location!, { latitude: lat, longitude: lng })).toBeLessThan(400)
      expect(isInsideYuzhong(p.location!.latitude, p.location!.longitude)).toBe(true)
    }
  })

  it('varies the childcare facts the filters work on', () => {
    const care = demo.filter((p) => p.childcare).map((p) => p.childcare!)
    expect(new Set(care.flatMap((c) => c.careTypes))).toEqual(new Set(['full_day', 'half_day', 'hourly', 'temporary']))
    expect(care.some((c) => c.publicBenefit) && care.some((c) => !c.publicBenefit)).toBe(true)
    expect(care.some((c) => c.registered) && care.some((c) => !c.registered)).toBe(true)
  })

  it('shares no id with the confirmed places', () => {
    const confirmed = new Set(CONFIRMED_PLACES.map((p) => p.id))
    expect(demo.some((p) => confirmed.has(p.id))).toBe(false)
  })
})
