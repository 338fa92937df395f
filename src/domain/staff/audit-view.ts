// How the audit log viewer says one entry: what was done, by whom, to which suggestion and why
// (an opened contact names its purpose), in China time. Never an openid: the server sends names.
import { ROLE_LABELS } from '../roles'
import type { AuditKind, AuditView } from './api'
import { chinaDateTime } from '../clock'
import { MODERATION_OPS } from './moderation'

export const AUDIT_KIND_LABELS: Record<AuditKind, string> = {
  open_contact: '查看联系方式',
  transition: '改变状态',
  reply: '答复',
  moderate: '审核',
  publish: '公开',
  enter: '代录',
  export: '导出',
  save_template: '修改答复模板',
  save_staff: '修改人员名单',
  purge: '到期删除',
  withdraw: '提建议的人撤回',
  delete_data: '提建议的人删除个人信息',
  follow_up: '提建议的人回答“解决了吗”',
  correct_place: '处理地点纠错',
  import_places: '导入地点',
  publish_policy: '发布政策解读',
  publish_news: '发布“有什么变化”',
  urgent: '标记紧急',
  record_progress: '录入目标进展',
  create_poll: '发起投票',
  open_poll: '开始投票',
  close_poll: '结束投票',
  publish_activity: '发布活动',
  change_activity: '变更活动',
  cancel_activity: '取消活动',
  open_signup_contact: '查看报名人联系方式',
  mark_attendance: '活动签到',
  export_signups: '导出活动报名',
  purge_signups: '到期删除活动报名',
  save_deadlines: '修改处理期限',
  escalate: '逾期督办',
  transfer: '转办',
  save_department: '修改部门',
  assign: '指派',
  internal_note: '内部备注',
  add_representative: '添加小代表',
  end_representative: '小代表卸任',
  open_guardian_contact: '查看小代表监护人电话',
  open_round: '开始议事',
  close_round: '结束议事',
  answer_council: '答复议事会',
  save_office: '修改社区通讯录',
  save_place: '新增或修改地点',
  save_walk_route: '修改儿童友好路线',
  open_visit_contact: '查看参观预约联系方式',
  answer_visit: '答复参观预约',
  save_place_photos: '修改地点照片'
}

/** The kinds the viewer offers as filters (the server accepts these). */
export const AUDIT_FILTER_KINDS: AuditKind[] = [
  'open_contact',
  'transition',
  'reply',
  'moderate',
  'publish',
  'enter',
  'export',
  'save_template',
  'save_staff',
  'purge',
  'correct_place',
  'import_places',
  'publish_policy',
  'publish_news',
  'urgent',
  'record_progress',
  'create_poll',
  'open_poll',
  'close_poll',
  'save_deadlines',
  'escalate',
  'transfer',
  'save_department',
  'assign',
  'add_representative',
  'end_representative',
  'open_guardian_contact',
  'open_round',
  'close_round',
  'answer_council',
  'save_office',
  'save_place',
  'save_walk_route',
  'open_visit_contact',
  'answer_visit',
  'save_place_photos'
]

export function describeAudit(e: AuditView): { what: string; who: string; when: string; why?: string } {
  const op = typeof e.detail?.op === 'string' ? (MODERATION_OPS as Record<string, string>)[e.detail.op] : undefined
  const what = [AUDIT_KIND_LABELS[e.kind] ?? e.kind, op && op !== AUDIT_KIND_LABELS[e.kind] ? op : null]
    .filter(Boolean)
    .join(' · ')
  const role = e.actorRole === 'system' ? '系统' : ROLE_LABELS[e.actorRole]
  const purpose = e.kind === 'open_contact' ? e.detail?.purpose : undefined
  const reason =
    e.kind === 'urgent' && typeof e.detail?.reason === 'string'
      ? e.detail.reason
      : e.kind === 'transfer' && typeof e.detail?.to === 'string'
        ? `转给${e.detail.to}`
        : undefined
  return {
    what: e.suggestionTitle ? `${what} · “${e.suggestionTitle}”` : e.suggestionId ? `${what} · 一条已删除的建议` : what,
    who: `${e.actorName}（${role}）`,
    when: chinaDateTime(e.at),
    ...(e.kind === 'open_contact' ? { why: typeof purpose === 'string' && purpose ? purpose : '未填写用途' } : {}),
    ...(reason ? { why: reason } : {})
  }
}
