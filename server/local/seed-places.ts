// Places for the local backend's first start: the confirmed places from the facts file, plus a
// demo set of childcare centres and children's homes (every one demo: true, names 示例).
// Production never runs this: there the places come from the registry import and the staff.
import { demoPlaces } from '../../src/domain/places/demo'
import { toPlaceDoc, type Place, type PlaceDoc } from '../../src/domain/places/model'
import { pinyinKey } from '../../src/domain/places/pinyin'
import { CONFIRMED_PLACES } from '../../src/domain/places/seed'
import type { Repository } from '../adapters/repository'

export async function seedPlaces(repo: Repository, now = new Date()): Promise<number> {
  const places = repo.collection<PlaceDoc>('places')
  // Each with its name in pinyin for the phone's name search (the data keepers' side makes the key:
  // the table is too large for the places function and the app's main package).
  const all: Place[] = [...CONFIRMED_PLACES, ...demoPlaces()].map((p) => ({
    ...p,
    pinyin: pinyinKey(`${p.name} ${p.alias ?? ''}`)
  }))
  // updatedAt feeds the places function's data version (see cloudfunctions/places/place-cache.ts).
  const updatedAt = now.toISOString()
  // JSON round trip: stored records carry no undefined fields, exactly as a read returns them.
  for (const place of all) await places.put(JSON.parse(JSON.stringify(toPlaceDoc({ ...place, updatedAt }))) as PlaceDoc)
  return all.length
}
