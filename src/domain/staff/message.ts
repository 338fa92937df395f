// The WeChat subscribe message sent to an author when their suggestion gets a reply. The keys
// (thing1, phrase2, thing3, time4) are those of the template chosen in the mini-program console
// (订阅消息 → 公共模板库, e.g. “建议处理进度通知”); if the chosen template has other keys, change
// them here, nowhere else. WeChat's limits: thing ≤ 20 characters, phrase ≤ 5, time as below.
import { chinaClock, formatMinutes } from '../clock'
import { findCommunity, findStreet } from '../streets'
import type { ReplyMessageRow, StaffNoticeRow } from '../suggestions/egress/outbound'
import { STATUSES, topicLabel } from '../suggestions/model'
import { correctionStatusLabel } from '../places/correction-words'
import type { CorrectionMessageRow } from '../places/corrections'

export const REPLY_MESSAGE_PAGE = 'pkg-suggest/detail/index'

export type MessageData = Record<string, { value: string }>

export function clip(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim())
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`
}

/** 2026年11月28日 10:00 */
export function messageTime(iso: string): string {
  const c = chinaClock(Date.parse(iso))
  const [y, m, d] = c.date.split('-').map(Number)
  return `${y}年${m}月${d}日 ${formatMinutes(c.minutes)}`
}

/**
 * The message to an author about a reply (egress/outbound.ts: toReplyMessageRow decides what of
 * the row it may carry): what it is about by topic, never the author's own words (a message shows
 * on a lock screen), and the reply without what looks personal.
 */
export function replyMessage(row: ReplyMessageRow): { page: string; data: MessageData } {
  return {
    page: `${REPLY_MESSAGE_PAGE}?id=${encodeURIComponent(row.id)}`,
    data: {
      thing1: { value: clip(`关于“${topicLabel(row.topic)}”的建议`, 20) },
      phrase2: { value: clip(STATUSES[row.status], 5) },
      thing3: { value: clip(row.words, 20) },
      time4: { value: messageTime(row.at) }
    }
  }
}

/** 我的纠错: where a correction's outcome message opens. */
export const CORRECTION_MESSAGE_PAGE = 'pkg-places/corrections/index'

const CORRECTION_WORDS = { corrected: '已核实并更正，谢谢你', no_change: '已核实，信息无需更正' } as const

/**
 * 纠错 outcomes go with the reply template (its keys above): the place, the outcome and when;
 * never the report's note or the staff answer (a message shows on a lock screen; 我的纠错 has it).
 */
export function correctionMessage(row: CorrectionMessageRow): { page: string; data: MessageData } {
  return {
    page: CORRECTION_MESSAGE_PAGE,
    data: {
      thing1: { value: clip(`“${row.placeName}”的纠错`, 20) },
      phrase2: { value: clip(correctionStatusLabel(row.status), 5) },
      thing3: { value: CORRECTION_WORDS[row.status] },
      time4: { value: messageTime(row.at) }
    }
  }
}

export const NEW_SUGGESTION_PAGE = 'pkg-staff/case/index'

/**
 * The notice to staff that a suggestion arrived in their area: who (a child or a resident), the
 * topic, where and when — never its words (a child may have written a name), read in the app.
 * Keys of the template chosen as SUBSCRIBE_TEMPLATE_NEW_SUGGESTION (e.g. “新建议提醒”):
 * thing1 (建议), thing2 (地点), time3 (提交时间); change them here if yours differ.
 */
export function newSuggestionMessage(s: StaffNoticeRow, urgent = false): { page: string; data: MessageData } {
  const community = s.community ? findCommunity(s.community) : undefined
  const street = s.street ? findStreet(s.street)?.name : undefined
  const where = community
    ? `${community.street.name} · ${community.community.name}`
    : street
      ? `${street}街道`
      : '渝中区'
  // Urgent (a child may be in danger): said first, still without a word of what was written.
  const what = urgent ? '紧急：可能有孩子需要帮助' : `${s.mode === 'child' ? '小朋友' : '居民'}：${topicLabel(s.topic)}`
  return staffNotice(`${NEW_SUGGESTION_PAGE}?id=${encodeURIComponent(s.id)}`, what, where, s.createdAt)
}

/** The 新建议提醒 template's fields, named once (what, where, when); a 预约参观 notice uses it too. */
export function staffNotice(
  page: string,
  what: string,
  where: string,
  atIso: string
): { page: string; data: MessageData } {
  return {
    page,
    data: {
      thing1: { value: clip(what, 20) },
      thing2: { value: clip(where, 20) },
      time3: { value: messageTime(atIso) }
    }
  }
}

/**
 * 督办: the same notice to the street (level 1) or the district (level 2) that a step is overdue,
 * its first line saying which; never the words either.
 */
export function escalationMessage(
  s: StaffNoticeRow,
  level: 1 | 2,
  stepLabel: string
): { page: string; data: MessageData } {
  const notice = newSuggestionMessage(s)
  const lead = `${level === 2 ? '督办到区' : '督办'}：${stepLabel}已逾期`
  return { ...notice, data: { ...notice.data, thing1: { value: clip(lead, 20) } } }
}
