// Finding places by name on the map tab. The names are Chinese, typed without spaces, often with
// full-width brackets (示例托育中心（导入一）) or an alias: both sides go through the policy search's
// folding (full-width → half-width, lower case, punctuation and spaces dropped), and every term
// the user separated with a space must appear in the name or the alias. 解放碑 托育 finds
// 解放碑示例托育中心; ＡＢＣ finds abc. A term of two or more Latin letters also matches the
// place's pinyin key, which the cloud adds to each place it lists (pinyin.ts): jiefangbei and
// jfb find 解放碑. Order is left to the caller (the list sorts by distance).
import { MAX_QUERY_LENGTH, normalizeText } from '../policy/normalize'
import type { Place } from './model'

/** The query's terms, folded; empty when there is nothing to search for. */
export function nameQueryTerms(query: string): string[] {
  return query
    .slice(0, MAX_QUERY_LENGTH)
    .split(/[\s\u3000]+/)
    .map(normalizeText)
    .filter(Boolean)
}

/** A predicate for places whose name or alias holds every term of `query` (all, when it is blank). */
type Named = Pick<Place, 'name' | 'alias' | 'pinyin'>

const PINYIN_TERM = /^[a-z]{2,}$/

export function placeNameMatcher(query: string): (place: Named) => boolean {
  const terms = nameQueryTerms(query)
  if (!terms.length) return () => true
  return (place) => {
    const text = normalizeText(`${place.name} ${place.alias ?? ''}`)
    const pinyin = place.pinyin ?? ''
    return terms.every((t) => text.includes(t) || (PINYIN_TERM.test(t) && pinyin.includes(t)))
  }
}

export function searchPlacesByName<P extends Named>(places: readonly P[], query: string): P[] {
  const matches = placeNameMatcher(query)
  return places.filter(matches)
}

/**
 * A place after a change of its name or alias loses its pinyin key (made from the old name): a
 * stale key would find it by a name it no longer has. The data keeper's tools make it again.
 */
export function dropStalePinyin<P extends Named>(before: Named, after: P): P {
  if (after.pinyin === undefined || (before.name === after.name && before.alias === after.alias)) return after
  const { pinyin: _stale, ...rest } = after
  void _stale
  return rest as P
}
