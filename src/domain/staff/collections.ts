// Collections owned by the community-worker feature (merged into src/domain/collections.ts).
import { CLOUD_FUNCTIONS_ONLY, type CollectionSpec } from '../collection-spec'

export const STAFF_COLLECTIONS = {
  reply_templates: {
    name: 'reply_templates',
    purpose: '答复模板：成人版和儿童版两段文字，区级管理员维护',
    indexes: [
      {
        name: 'active_updated',
        fields: [
          { field: 'active', direction: 'asc' },
          { field: 'updatedAt', direction: 'desc' }
        ]
      }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  audit_log: {
    name: 'audit_log',
    purpose: '操作留痕（只追加）：状态变更、答复、审核、查看联系方式、代录、导出、名单和模板修改、到期删除',
    indexes: [
      {
        name: 'suggestion_at',
        fields: [
          { field: 'suggestionId', direction: 'asc' },
          { field: 'at', direction: 'desc' }
        ]
      },
      {
        name: 'kind_at',
        fields: [
          { field: 'kind', direction: 'asc' },
          { field: 'at', direction: 'desc' }
        ]
      },
      // The audit log viewer: one person's steps, by month.
      {
        name: 'actor_at',
        fields: [
          { field: 'actor', direction: 'asc' },
          { field: 'at', direction: 'desc' }
        ]
      },
      { name: 'at', fields: [{ field: 'at', direction: 'desc' }] }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  notifications: {
    name: 'notifications',
    purpose: '本地后端记录本应发送的订阅消息（微信环境直接发送，不写此集合）',
    indexes: [
      {
        name: 'suggestion_at',
        fields: [
          { field: 'suggestionId', direction: 'asc' },
          { field: 'at', direction: 'desc' }
        ]
      }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  suggestion_originals: {
    name: 'suggestion_originals',
    purpose: '审核隐去前的原文和移除的图片（_id 为建议编号），仅区级管理员可见；儿童建议到期随联系方式一并删除',
    indexes: [],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  deadline_limits: {
    name: 'deadline_limits',
    purpose: '处理期限（_id 为 current）：受理、答复各几个工作日，区级管理员设置；每次修改记入操作留痕',
    indexes: [],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  departments: {
    name: 'departments',
    purpose: '接收转办的区级部门（如区教委、交巡警）：名称、常办的建议类别、是否启用，区级管理员维护',
    indexes: [],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  staff_notice_subs: {
    name: 'staff_notice_subs',
    purpose: '新建议提醒：每位工作人员接受订阅的次数（_id 为其 openid；一次订阅可发一条）',
    // Each submission asks who has a subscription left (credits > 0).
    indexes: [{ name: 'credits', fields: [{ field: 'credits', direction: 'asc' }] }],
    rule: CLOUD_FUNCTIONS_ONLY
  }
} as const satisfies Record<string, CollectionSpec>
