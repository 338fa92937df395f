// Every database collection, declared once: its indexes and its security rule. The SQLite
// repository creates these indexes; `npm run db:rules` prints what to apply in the CloudBase
// console (see README, "Deploy"). Default rule: the client can neither read nor write a
// collection directly; every access goes through a cloud function, which checks the caller.

import { CLOUD_FUNCTIONS_ONLY, type CollectionSpec, type IndexField } from './collection-spec'
import { ACTIVITY_COLLECTIONS } from './activities/collections'
import { PLACES_COLLECTIONS } from './places/collections'
import { COUNCIL_COLLECTIONS } from './council/collections'
import { POLL_COLLECTIONS } from './polls/collections'
import { STAFF_COLLECTIONS } from './staff/collections'
import { SUGGESTION_COLLECTIONS } from './suggestions/collections'

export {
  CLOUD_FUNCTIONS_ONLY,
  type CollectionSpec,
  type IndexField,
  type IndexSpec,
  type SecurityRule
} from './collection-spec'

const asc = (field: string): IndexField => ({ field, direction: 'asc' })
const desc = (field: string): IndexField => ({ field, direction: 'desc' })

export const COLLECTIONS = {
  staff: {
    name: 'staff',
    purpose: '工作人员白名单：openid、角色、负责范围（社区/街道/全区）、是否启用',
    indexes: [
      { name: 'openid_unique', fields: [asc('openid')], unique: true },
      { name: 'role_active', fields: [asc('role'), asc('active')] }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  policy: {
    name: 'policy',
    purpose: '政策解读内容的新版本（_id 为版本号），由区级管理员发布；小程序优先使用较新的版本',
    indexes: [{ name: 'published_at', fields: [desc('publishedAt')] }],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  news: {
    name: 'news',
    purpose: '首页“有什么变化”：区级管理员发布的条目列表（每次发布一条记录，取最新）；没有时用小程序内置的',
    indexes: [{ name: 'published_at', fields: [desc('publishedAt')] }],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  policy_progress: {
    name: 'policy_progress',
    purpose:
      '2026 年目标的当前数值（只追加：更正也是新的一条，从不修改或删除）：目标、数值、数据日期、来源（文件、发布单位、链接）、录入时间和录入人（工作人员的 openid 与称呼；公开的只有数值、日期和来源，录入人仅区级管理员可见，与操作记录一样作为留痕保存）',
    indexes: [
      // The current figure of a target: its latest day, the last entered of that day.
      { name: 'target_as_of', fields: [asc('targetId'), desc('asOf'), desc('enteredAt')] },
      // A target's history for district admins, newest entry first.
      { name: 'target_entered', fields: [asc('targetId'), desc('enteredAt')] }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  app_events: {
    name: 'app_events',
    purpose: '运维事件（如本地后端首次播种）；只追加',
    indexes: [{ name: 'kind_at', fields: [asc('kind'), desc('at')] }],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  rate_slots: {
    name: 'rate_slots',
    purpose:
      '频率限制：每次提交或点赞占一个编号位（_id 为 动作:用户:时间窗:序号），插入即占用，并发也不会超额；过期可删除',
    indexes: [
      { name: 'key', fields: [asc('key')] },
      { name: 'expires', fields: [asc('expiresAt')] }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  ...PLACES_COLLECTIONS,
  ...SUGGESTION_COLLECTIONS,
  ...STAFF_COLLECTIONS,
  ...POLL_COLLECTIONS,
  ...COUNCIL_COLLECTIONS,
  ...ACTIVITY_COLLECTIONS
} as const satisfies Record<string, CollectionSpec>

export type CollectionName = keyof typeof COLLECTIONS

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[]

export function isCollectionName(value: string): value is CollectionName {
  return Object.prototype.hasOwnProperty.call(COLLECTIONS, value)
}
