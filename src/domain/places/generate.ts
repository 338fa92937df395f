// Deterministic pseudo-random places for tests and the benchmark (never seeded anywhere):
// the same seed gives the same places on every machine, so figures and failures reproduce.
import { YUZHONG_BBOX } from './geo'
import { PLACE_CATEGORIES, type Place } from './model'

/** mulberry32: a tiny, well-known 32-bit PRNG; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` synthetic places spread uniformly over the Yuzhong box, all flagged demo. */
export function generatePlaces(count: number, seed = 1): Place[] {
  const random = seededRandom(seed)
  const box = YUZHONG_BBOX
  const places: Place[] = []
  for (let i = 0; i < count; i++) {
    const category = PLACE_CATEGORIES[Math.floor(random() * PLACE_CATEGORIES.length)].key
    places.push({
      id: `gen-${seed}-${i}`,
      name: `生成地点 ${i + 1}`,
      category,
      location: {
        latitude: box.south + random() * (box.north - box.south),
        longitude: box.west + random() * (box.east - box.west),
        approximate: true
      },
      phones: [],
      facilities: [],
      source: '生成数据（测试与基准用）',
      demo: true
    })
  }
  return places
}
