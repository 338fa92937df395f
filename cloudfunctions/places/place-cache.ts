// All places in memory with their spatial index, per function instance.
//
// Why load everything: "nearby" is a distance query, which CloudBase cannot answer for our
// filters without a geo index per filter; at district scale it does not need to. Yuzhong has
// 11 streets and about 80 communities; even with a childcare provider in every community,
// every children's home, hospital, park, library and museum, the collection holds a few hundred
// records (~1 KB each): one or two reads, well under a megabyte, and a k-d tree built in
// about a millisecond. A warm instance then answers from memory.
//
// Staleness: the cache is keyed by a data version (number of records + newest updatedAt),
// read with two indexed queries on every call; every write through the function sets
// updatedAt. An edit made by hand in the CloudBase console may not touch updatedAt, so an
// entry is also reloaded after MAX_AGE_MS.
import type { Place, PlaceDoc } from '../../src/domain/places/model'
import { fromPlaceDoc } from '../../src/domain/places/model'
import { PlaceIndex } from '../../src/domain/places/spatial'
import { MAX_LIMIT, type Repository } from '../../server/adapters/repository'

export const MAX_AGE_MS = 10 * 60 * 1000
// Far above district scale; a guard against loading an unexpected dump into memory.
const MAX_PLACES_IN_MEMORY = 50_000

export interface LoadedPlaces {
  version: string
  places: Place[]
  index: PlaceIndex<Place>
  loadedAt: number
}

// Keyed by repository: one per instance in production, one per test database in tests.
const cache = new WeakMap<Repository, LoadedPlaces>()

export async function dataVersion(repo: Repository): Promise<string> {
  const places = repo.collection<PlaceDoc>('places')
  const [newest] = await places.find({}, { orderBy: [['updatedAt', 'desc']], limit: 1 })
  const count = await places.count()
  return `${count}:${newest?.updatedAt ?? '-'}`
}

async function loadAll(repo: Repository): Promise<Place[]> {
  const places = repo.collection<PlaceDoc>('places')
  const all: Place[] = []
  for (let skip = 0; skip < MAX_PLACES_IN_MEMORY; skip += MAX_LIMIT) {
    const page = await places.find({}, { orderBy: [['_id', 'asc']], limit: MAX_LIMIT, skip })
    all.push(...page.map(fromPlaceDoc))
    if (page.length < MAX_LIMIT) break
  }
  return all
}

export async function loadPlaces(repo: Repository, nowMs: number): Promise<LoadedPlaces> {
  const version = await dataVersion(repo)
  const cached = cache.get(repo)
  if (cached && cached.version === version && nowMs - cached.loadedAt < MAX_AGE_MS) return cached
  const places = await loadAll(repo)
  const loaded: LoadedPlaces = { version, places, index: new PlaceIndex(places), loadedAt: nowMs }
  cache.set(repo, loaded)
  return loaded
}

/** After a write through this instance: the next call rebuilds. */
export function forgetPlaces(repo: Repository): void {
  cache.delete(repo)
}
