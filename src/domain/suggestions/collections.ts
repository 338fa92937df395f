// Collections owned by the suggestions feature (merged into src/domain/collections.ts).
import { CLOUD_FUNCTIONS_ONLY, type CollectionSpec } from '../collection-spec'

export const SUGGESTION_COLLECTIONS = {
  suggestions: {
    name: 'suggestions',
    purpose: '一米建议：小朋友和居民的建议，_id 为客户端生成的幂等键',
    indexes: [{ name: 'author_created', fields: [{ field: 'authorId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }] }],
    rule: CLOUD_FUNCTIONS_ONLY
  }
} as const satisfies Record<string, CollectionSpec>
