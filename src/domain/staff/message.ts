// The WeChat subscribe message sent to an author when their suggestion gets a reply. The keys
// (thing1, phrase2, thing3, time4) are those of the template chosen in the mini-program console
// (订阅消息 → 公共模板库, e.g. “建议处理进度通知”); if the chosen template has other keys, change
// them here, nowhere else. WeChat's limits: thing ≤ 20 characters, phrase ≤ 5, time as below.
import { chinaClock, formatMinutes } from '../places/china-time'
import { STATUSES, type Reply, type Suggestion } from '../suggestions/model'

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

export function replyMessage(
  s: Pick<Suggestion, '_id' | 'mode' | 'title' | 'text' | 'status'>,
  reply: Reply
): { page: string; data: MessageData } {
  const words = s.mode === 'child' && reply.textForChildren ? reply.textForChildren : reply.text
  return {
    page: `${REPLY_MESSAGE_PAGE}?id=${encodeURIComponent(s._id)}`,
    data: {
      thing1: { value: clip(s.title || s.text || '你的建议', 20) || '你的建议' },
      phrase2: { value: clip(STATUSES[s.status], 5) },
      thing3: { value: clip(words, 20) },
      time4: { value: messageTime(reply.at) }
    }
  }
}
