// Collections owned by the places feature (merged into src/domain/collections.ts), with the
// indexes the `places` function's queries use:
//   list       where street (and category in […]) order by name, _id  → street_category_name
//   list       where category in […] order by name, _id                → category_name
//   list       where community … order by name, _id                    → community_name
//   data version: order by updatedAt desc limit 1 (+ count)            → updated_at
// nearby and get need none: nearby indexes all places in memory, get reads by _id.
import { CLOUD_FUNCTIONS_ONLY, type CollectionSpec } from '../collection-spec'
import { VISIT_RETENTION_DAYS, VISIT_UNANSWERED_DAYS } from './visit-retention'

const asc = (field: string) => ({ field, direction: 'asc' as const })
const desc = (field: string) => ({ field, direction: 'desc' as const })

export const PLACES_COLLECTIONS = {
  offices: {
    name: 'offices',
    purpose:
      '联系我的社区：社区居委会和街道办事处的地址、电话、办公时间和位置（_id 为区划代码），由街道和区级管理员录入，每次写明来源和核实日期',
    indexes: [{ name: 'street', fields: [{ field: 'street', direction: 'asc' }] }],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  place_photos: {
    name: 'place_photos',
    purpose:
      '地点照片（托育机构的教室、户外场地等）：_id 为地点 id，最多 6 张的存储文件 id、区级管理员确认“机构同意公开、照片里没有能认出来的孩子”的日期和确认人；居民只拿到临时链接',
    indexes: [],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  walk_routes: {
    name: 'walk_routes',
    purpose:
      '儿童友好步行路线（上学路等）：名称、说明和地图上的一条线，由区级管理员录入，每次写明来源和核实日期；_id 为录入页生成的编号',
    indexes: [],
    rule: CLOUD_FUNCTIONS_ONLY
  },
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
  },
  // corrections: queue   where status order by createdAt desc, _id desc  → status_created
  //              mine    where reporterId order by createdAt desc         → reporter_created
  //              purge   where reporterPurgedAt null, status …            → status_created
  corrections: {
    name: 'corrections',
    purpose:
      '地点纠错：任何人报告地点信息有误（已关闭、搬迁、电话、开放时间），区级管理员核实更正后答复；_id 为客户端生成的编号（重试不重复），报告人的 openid 答复 90 天后删除',
    indexes: [
      {
        name: 'status_created',
        fields: [
          { field: 'status', direction: 'asc' },
          { field: 'createdAt', direction: 'desc' }
        ]
      },
      {
        name: 'reporter_created',
        fields: [
          { field: 'reporterId', direction: 'asc' },
          { field: 'createdAt', direction: 'desc' }
        ]
      }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  // visit_requests: mine   where userId (placeId) order by createdAt desc      → user_created
  //                 staff  where street/community, status order by createdAt    → street_status / community_status / status_created
  //                 purge  where closedAt < …; where status pending, createdAt < … → closed / status_created
  visit_requests: {
    name: 'visit_requests',
    purpose: `预约参观托育机构：家长的称呼和手机、孩子的大致年龄、方便的时间和想了解的内容、工作人员的答复，和家长的 openid（我的预约和答复通知）；_id 为客户端生成的编号（重试不重复）；答复或撤回 ${VISIT_RETENTION_DAYS} 天后、没有答复的 ${VISIT_UNANSWERED_DAYS} 天后由 purge 删除`,
    indexes: [
      { name: 'user_created', fields: [asc('userId'), desc('createdAt')] },
      { name: 'status_created', fields: [asc('status'), desc('createdAt')] },
      { name: 'street_status', fields: [asc('street'), asc('status'), desc('createdAt')] },
      { name: 'community_status', fields: [asc('community'), asc('status'), desc('createdAt')] },
      { name: 'closed', fields: [asc('closedAt')] }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  }
} as const satisfies Record<string, CollectionSpec>
