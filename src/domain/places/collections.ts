// Collections owned by the places feature (merged into src/domain/collections.ts), with the
// indexes the `places` function's queries use:
//   list       where street (and category in […]) order by name, _id  → street_category_name
//   list       where category in […] order by name, _id                → category_name
//   list       where community … order by name, _id                    → community_name
//   data version: order by updatedAt desc limit 1 (+ count)            → updated_at
// nearby and get need none: nearby indexes all places in memory, get reads by _id.
import { CLOUD_FUNCTIONS_ONLY, type CollectionSpec } from '../collection-spec'

export const PLACES_COLLECTIONS = {
  places: {
    name: 'places',
    purpose:
      '地点（托育机构、儿童之家、医院、公园等），由工作人员维护或从备案名录导入；_id 为 cc-统一社会信用代码 或自定 id',
    indexes: [
      {
        name: 'street_category_name',
        fields: [
          { field: 'street', direction: 'asc' },
          { field: 'category', direction: 'asc' },
          { field: 'name', direction: 'asc' }
        ]
      },
      {
        name: 'category_name',
        fields: [
          { field: 'category', direction: 'asc' },
          { field: 'name', direction: 'asc' }
        ]
      },
      {
        name: 'community_name',
        fields: [
          { field: 'community', direction: 'asc' },
          { field: 'name', direction: 'asc' }
        ]
      },
      { name: 'updated_at', fields: [{ field: 'updatedAt', direction: 'desc' }] }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  }
} as const satisfies Record<string, CollectionSpec>
