// Personal data as staff see it by default: masked. The full contact is only returned by the
// openContact action, which logs who opened it. Also: finding and redacting personal data in
// a suggestion's own text (a child writing their phone number into the description).
import type { Contact } from '../suggestions/model'

export interface MaskedContact {
  name?: string
  /** e.g. 138****1234, 023-****2984 */
  phone: string
}

/** 13812341234 → 138****1234; 023-63622984 → 023-****2984; anything short → ****. */
export function maskPhone(phone: string): string {
  const p = phone.replace(/\s/g, '')
  const hyphen = /^(0\d{2,3})-(\d{7,8})$/.exec(p)
  if (hyphen) return `${hyphen[1]}-****${hyphen[2].slice(-4)}`
  // Without a hyphen: 010 and 02x (Chongqing is 023) are three digits, other area codes four.
  if (/^0\d{9,11}$/.test(p)) return `${p.slice(0, /^0[12]/.test(p) ? 3 : 4)}-****${p.slice(-4)}`
  if (p.length <= 7) return '****'
  return `${p.slice(0, 3)}****${p.slice(-4)}`
}

/** 王女士 → 王**; 妈妈 → 妈*; one character → *. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim())
  if (chars.length <= 1) return '*'
  return chars[0] + '*'.repeat(Math.min(chars.length - 1, 2))
}

export function maskContact(contact: Contact): MaskedContact {
  return {
    ...(contact.name ? { name: maskName(contact.name) } : {}),
    phone: contact.phone ? maskPhone(contact.phone) : ''
  }
}

/** What replaces redacted text, in the author's and the public's view alike. */
export const REDACTED = '【已隐去】'

// Personal data that turns up in free text: phone numbers, ID card numbers, e-mail addresses,
// WeChat/QQ ids written after their name; and what children write about themselves: their name
// after 我叫, their school, their house number. Deliberately greedy: a person reviews the result
// before anything is published (PublishReview), so a false hit costs a look, a miss a child's name.
//
// No lookbehind assertion (positive or negative): iOS's JavaScriptCore parses it only from iOS 16.4, below the
// device floor (README), and a pattern it cannot parse blanks every page of the chunk. What a
// lookbehind said is a `before` test of the text in front of a match instead.
const HAN = '\\u4e00-\\u9fa5'
// Words around a school's name that are not part of it (我在人和街小学上学 → 人和街小学).
const NOT_IN_NAME = '我你他她们在的是了去到从读上与跟就住家'
/** One Han character that does not start the next clause (今年, 在, 住…). */
const nameChar = (stop: string) => `(?:(?![${stop}])[${HAN}])`

interface Pattern {
  /** Global. */
  body: RegExp
  /** Whether a match may start at `at`, judged by the text in front of it (a lookbehind). */
  before?: (text: string, at: number) => boolean
}
/** Not right after a character of `chars` (a negative lookbehind of one character). */
const notAfter =
  (chars: RegExp) =>
  (text: string, at: number): boolean =>
    at === 0 || !chars.test(text[at - 1])
/** Right after one of `words` (a positive lookbehind). */
const after =
  (words: readonly string[]) =>
  (text: string, at: number): boolean =>
    words.some((w) => text.endsWith(w, at))

const PATTERNS: Pattern[] = [
  { body: /1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g, before: notAfter(/\d/) },
  { body: /0\d{2,3}-?\d{7,8}(?!\d)/g, before: notAfter(/\d/) },
  { body: /\d{17}[\dXx](?![\dA-Za-z])/g, before: notAfter(/[\dA-Za-z]/) },
  { body: /[\w.+-]+@[\w-]+(\.[\w-]+)+/g },
  { body: /(微信号?|vx|VX|wx|WX|QQ号?|qq号?)\s*[:：]?\s*[A-Za-z0-9_-]{5,20}/g },
  // The name only, not 我叫: two or three characters (a given name, or family + given name).
  {
    body: new RegExp(`${nameChar('今年在是住读的')}{2,3}`, 'g'),
    before: after(['我叫', '我的名字叫', '我的名字是', '名字叫'])
  },
  { body: new RegExp(`[^\\s\\d\\p{P}${NOT_IN_NAME}]{2,10}(?:小学|中学|幼儿园|实验学校|外国语学校|学校)`, 'gu') },
  // A street address with its number, or a building / unit / flat number.
  { body: new RegExp(`${nameChar(NOT_IN_NAME)}{1,8}(?:路|街|巷|道)\\d{1,4}(?:-\\d{1,4})?号(?:附\\d+号)?`, 'g') },
  { body: /\d{1,4}(?:栋|幢|号楼)(?:\d{1,3}单元)?(?:\d{1,4}(?:室|号|楼))?|\d{1,3}单元\d{1,4}室?|\d{3,4}室/g }
]

/**
 * Each match of a pattern, left to right without overlaps, as `text.matchAll` finds them: where
 * the text in front refuses a match, the search goes on one character later, as a lookbehind's
 * failure would.
 */
function* matches({ body, before }: Pattern, text: string): Generator<{ at: number; value: string }> {
  const re = new RegExp(body.source, body.flags)
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!before || before(text, m.index)) yield { at: m.index, value: m[0] }
    else re.lastIndex = m.index + 1
  }
}

/** Personal data found in a text, in order of appearance, without repeats. */
export function findPersonalInfo(text: string): string[] {
  const hits: Array<{ at: number; value: string }> = []
  for (const pattern of PATTERNS) hits.push(...matches(pattern, text))
  hits.sort((a, b) => a.at - b.at)
  const seen = new Set<string>()
  const out: string[] = []
  for (const h of hits) {
    // A landline pattern can match inside a mobile number hit; keep the longer, earlier one.
    if ([...seen].some((v) => v.includes(h.value))) continue
    seen.add(h.value)
    out.push(h.value)
  }
  return out
}

/** Replaces every occurrence of each span; returns the new text and how many were replaced. */
export function redactText(text: string, spans: readonly string[]): { text: string; count: number } {
  let out = text
  let count = 0
  // Longest first, so a span inside another does not leave half of the longer one behind.
  for (const span of [...spans].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
    const parts = out.split(span)
    count += parts.length - 1
    out = parts.join(REDACTED)
  }
  return { text: out, count }
}

/** The text cut into pieces, the personal data found in it marked (for the 公开 review screen). */
export function markPersonalInfo(text: string): Array<{ text: string; hit: boolean }> {
  const spans = findPersonalInfo(text)
  if (spans.length === 0) return text ? [{ text, hit: false }] : []
  // Longest first, so a hit inside a longer one is not cut out of it (as in redactText).
  const escaped = [...spans].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const parts = text.split(new RegExp(`(${escaped.join('|')})`))
  return parts.filter(Boolean).map((p) => ({ text: p, hit: spans.includes(p) }))
}
