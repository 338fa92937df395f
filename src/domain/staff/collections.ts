// Collections owned by the community-worker feature (merged into src/domain/collections.ts).
import type { CollectionSpec } from '../collection-spec'

export const STAFF_COLLECTIONS = {} as const satisfies Record<string, CollectionSpec>
