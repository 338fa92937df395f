// What a phone kept from an older version of the app, brought up to date when the persisted
// stores load (zustand persist `migrate`): drafts and outbox items may name a community by a
// code of the old list, which the national list gave to another community or dropped.
import { remapRecordCommunity } from './streets-legacy'
import type { SuggestionDraft } from '../suggestions/draft'

/** The place with an old community code mapped (street moved along); an unknown one dropped. */
export function withCurrentCommunity<T extends { street?: string; community?: string }>(place: T): T {
  const remap = remapRecordCommunity(place)
  if (!remap) return place
  const { community: _old, ...rest } = place
  return {
    ...rest,
    ...(remap.street ? { street: remap.street } : {}),
    ...(remap.community ? { community: remap.community } : {})
  } as T
}

/** Persisted outbox state of any earlier version → the current one. */
export function migrateOutboxState(persisted: unknown, _fromVersion: number): unknown {
  const state = persisted as { items?: Array<{ payload?: SuggestionDraft }> } | null
  if (!state || !Array.isArray(state.items)) return persisted
  return {
    ...state,
    items: state.items.map((item) =>
      item?.payload?.input
        ? { ...item, payload: { ...item.payload, input: withCurrentCommunity(item.payload.input) } }
        : item
    )
  }
}
