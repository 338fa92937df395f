// 公开: a person approves a child's words for the public board (see needsPublicationApproval in
// src/domain/suggestions/rules.ts). The rule is here once; the staff function enforces it and the
// case page uses it only to decide which buttons to show.
import type { Suggestion } from '../suggestions/model'
import { publicText } from '../suggestions/rules'

type Row = Pick<Suggestion, 'status' | 'visibility' | 'publication' | 'title' | 'text' | 'authorDeletedAt'> &
  Partial<Pick<Suggestion, 'transcript'>>

export type PublicationCheck = { ok: true } | { ok: false; code: 'VALIDATION' | 'CONFLICT'; message: string }

/** Why this row cannot be approved now, or ok. The role is checked apart ('publish'). */
export function checkPublish(s: Row, approved?: { title: unknown; text: unknown }): PublicationCheck {
  if (s.status === 'withdrawn') return { ok: false, code: 'VALIDATION', message: '提建议的人已撤回这条建议' }
  if (s.authorDeletedAt) return { ok: false, code: 'VALIDATION', message: '提建议的人已删除了内容，没有可以公开的文字' }
  if (s.publication === 'approved') return { ok: false, code: 'CONFLICT', message: '这条建议已经公开了' }
  if (s.publication === 'auto')
    return { ok: false, code: 'VALIDATION', message: '这条建议是成年人本人写的，不需要审核公开' }
  // Pending review, blocked or hidden: the content decision comes first (审核通过 / 取消隐藏).
  if (s.visibility !== 'visible') return { ok: false, code: 'VALIDATION', message: '请先审核通过这条建议，再公开' }
  // The text approved is what the board would show: the words, or the transcript of a recording.
  if (approved && (approved.title !== s.title || approved.text !== publicText(s)))
    return { ok: false, code: 'CONFLICT', message: '内容刚被修改过，请刷新后重新检查再公开' }
  return { ok: true }
}

/** Only an approval can be taken back; an adult's own row leaves the board by 隐藏. */
export function checkUnpublish(s: Pick<Suggestion, 'publication'>): PublicationCheck {
  return s.publication === 'approved' ? { ok: true } : { ok: false, code: 'CONFLICT', message: '这条建议没有公开' }
}
