// Collections owned by the places feature (merged into src/domain/collections.ts).
import { CLOUD_FUNCTIONS_ONLY, type CollectionSpec } from '../collection-spec'

export const PLACES_COLLECTIONS = {
  places: {
    name: 'places',
    purpose: '地点（托育机构、儿童之家、医院、公园等），由工作人员维护或从备案名录导入',
    indexes: [{ name: 'category', fields: [{ field: 'category', direction: 'asc' }] }],
    rule: CLOUD_FUNCTIONS_ONLY
  }
} as const satisfies Record<string, CollectionSpec>
