// Response templates (managed by district admins) and the rules for a reply. Every reply has an
// adult text; a reply to a child also has a text written for children, which is what the child
// sees (suggestions.listMine/get return both, the page picks by mode).
import { findCommunity, findStreet } from '../streets'
import { TOPICS, topicLabel, type Mode, type Suggestion, type Topic } from '../suggestions/model'
import { charCount } from '../suggestions/validate'
import type { Parsed } from './inbox-query'
import { isObj } from '../wire'

export interface ReplyTemplate {
  _id: string
  title: string
  text: string
  textForChildren: string
  /** Topics it fits (for the picker's order); empty: any topic. */
  topics: Topic[]
  active: boolean
  updatedAt: string
  /** Display name of the admin who saved it last. */
  updatedBy: string
  demo?: boolean
}

export type TemplateInput = Pick<ReplyTemplate, 'title' | 'text' | 'textForChildren' | 'topics' | 'active'> & {
  id?: string
}

export const TEMPLATE_LIMITS = {
  title: { min: 2, max: 20 },
  text: { min: 10, max: 500 },
  textForChildren: { min: 5, max: 200 }
} as const
export const REPLY_LIMITS = { text: { min: 2, max: 500 }, textForChildren: { max: 200 } } as const

/**
 * Placeholders a template may contain, filled from the suggestion when a reply is drafted. {标题}
 * is what the suggestion is about, by its topic (关于“玩的地方”的建议): never the author's own
 * words, which a reply would otherwise carry past the 公开 review to the board and to messages.
 */
export const PLACEHOLDERS = ['{街道}', '{社区}', '{标题}'] as const

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '')
const TEMPLATE_ID = /^[A-Za-z0-9_-]{4,64}$/

function within(s: string, limits: { min: number; max: number }): boolean {
  const n = charCount(s)
  return n >= limits.min && n <= limits.max
}

export function validateTemplate(raw: unknown): Parsed<TemplateInput> {
  if (!isObj(raw)) return { ok: false, field: 'template', message: '模板内容为空' }
  const id = str(raw.id) || undefined
  if (id && !TEMPLATE_ID.test(id)) return { ok: false, field: 'id', message: '模板编号无效' }
  const title = str(raw.title)
  const text = str(raw.text)
  const textForChildren = str(raw.textForChildren)
  const L = TEMPLATE_LIMITS
  if (!within(title, L.title))
    return { ok: false, field: 'title', message: `模板名称请写 ${L.title.min}—${L.title.max} 个字` }
  if (!within(text, L.text))
    return { ok: false, field: 'text', message: `回复内容请写 ${L.text.min}—${L.text.max} 个字` }
  if (!within(textForChildren, L.textForChildren)) {
    return {
      ok: false,
      field: 'textForChildren',
      message: `给小朋友的话请写 ${L.textForChildren.min}—${L.textForChildren.max} 个字`
    }
  }
  const topicsRaw = raw.topics === undefined ? [] : raw.topics
  if (!Array.isArray(topicsRaw) || !topicsRaw.every((t) => TOPICS.some((k) => k.key === t))) {
    return { ok: false, field: 'topics', message: '适用类别无效' }
  }
  const unknown = `${text}${textForChildren}`
    .match(/\{[^}]{1,8}\}/g)
    ?.find((p) => !(PLACEHOLDERS as readonly string[]).includes(p))
  if (unknown)
    return { ok: false, field: 'text', message: `不认识的占位符 ${unknown}，可用：${PLACEHOLDERS.join(' ')}` }
  return {
    ok: true,
    value: {
      ...(id ? { id } : {}),
      title,
      text,
      textForChildren,
      topics: [...new Set(topicsRaw as Topic[])],
      active: raw.active !== false
    }
  }
}

/** Fills the placeholders from the suggestion's area and topic; a missing street or community reads 所在. */
export function fillTemplate(text: string, s: Pick<Suggestion, 'street' | 'community' | 'topic'>): string {
  const street = s.street ? findStreet(s.street)?.name : undefined
  const community = s.community ? findCommunity(s.community)?.community.name : undefined
  return text
    .split('{街道}')
    .join(street ? `${street}街道` : '所在街道')
    .split('{社区}')
    .join(community ? `${community}社区` : '所在社区')
    .split('{标题}')
    .join(topicLabel(s.topic))
}

export interface ReplyDraft {
  text: string
  textForChildren?: string
}

/**
 * A reply as sent. The child text is required when a child wrote the suggestion: an adult
 * reply shown to a seven-year-old is the failure this whole feature exists to avoid. Only then
 * is it kept.
 */
export function validateReply(raw: { text?: unknown; textForChildren?: unknown }, mode: Mode): Parsed<ReplyDraft> {
  const text = str(raw.text)
  const textForChildren = str(raw.textForChildren)
  const L = REPLY_LIMITS
  if (charCount(text) < L.text.min || charCount(text) > L.text.max) {
    return { ok: false, field: 'text', message: `回复请写 ${L.text.min}—${L.text.max} 个字` }
  }
  if (mode === 'child' && !textForChildren)
    return { ok: false, field: 'textForChildren', message: '这是小朋友的建议，请写一段给小朋友看的回复' }
  if (charCount(textForChildren) > L.textForChildren.max) {
    return { ok: false, field: 'textForChildren', message: `给小朋友的回复最多 ${L.textForChildren.max} 个字` }
  }
  // An adult's suggestion has no child words: a template's own (filled in when the worker sent
  // none) would reach its author as 给小朋友：… they never saw on the case page.
  return { ok: true, value: { text, ...(mode === 'child' && textForChildren ? { textForChildren } : {}) } }
}
