// How the moderation page says what happened to a suggestion: one line per step of its history.
import { ROLE_LABELS } from '../roles'
import type { ModerationEntry } from './api'
import { chinaDateTime } from '../clock'

export const MODERATION_OPS: Record<ModerationEntry['op'], string> = {
  approve: '审核通过',
  hide: '从公示栏隐藏',
  unhide: '取消隐藏',
  redact: '隐去个人信息',
  removeImage: '移除图片',
  transcribe: '记下录音里的话',
  publish: '同意公开到公示栏',
  unpublish: '撤下公开',
  publish_reply: '同意公开回复'
}

/** What one redaction may take out: up to `spans` pieces of text, each up to `chars` characters. */
export const REDACT_LIMITS = { spans: 20, chars: 100 } as const

const FIELD_LABELS = { title: '标题', text: '内容' } as const

/** "2026-11-28 10:00 · 王社工（社区工作者）", then what was done: "隐去个人信息 · 内容 1 处". */
export function describeModeration(e: ModerationEntry): { when: string; what: string } {
  const role = e.role === 'system' ? '系统' : ROLE_LABELS[e.role]
  const parts = [MODERATION_OPS[e.op]]
  if (e.field) parts.push(`${FIELD_LABELS[e.field]}${e.count !== undefined ? ` ${e.count} 处` : ''}`)
  if (e.reason) parts.push(`原因：${e.reason}`)
  return { when: `${chinaDateTime(e.at)} · ${e.by}（${role}）`, what: parts.join(' · ') }
}
