// Collections owned by the suggestions feature (merged into src/domain/collections.ts).
import { CLOUD_FUNCTIONS_ONLY, type CollectionSpec } from '../collection-spec'

export const SUGGESTION_COLLECTIONS = {
  suggestions: {
    name: 'suggestions',
    purpose: '一米建议：小朋友和居民的建议，_id 为客户端生成的幂等键',
    indexes: [
      { name: 'author_created', fields: [{ field: 'authorId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }] },
      { name: 'status_visibility_created', fields: [{ field: 'status', direction: 'asc' }, { field: 'visibility', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }] },
      { name: 'street_created', fields: [{ field: 'street', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }] }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  supports: {
    name: 'supports',
    purpose: '“我也想要”：每人每条建议一条记录（_id 为 建议编号:用户），保证只计一次',
    indexes: [{ name: 'suggestion', fields: [{ field: 'suggestionId', direction: 'asc' }] }],
    rule: CLOUD_FUNCTIONS_ONLY
  }
} as const satisfies Record<string, CollectionSpec>
