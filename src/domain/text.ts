// Free text as people see it, shared by every form the server checks (suggestions, replies,
// 纠错): invisible characters, trimming and counting characters rather than UTF-16 units.
// A module of its own so that a function needing only these does not bundle a form's rules.

// Zero-width spaces, direction marks and bidi embeddings, overrides and isolates (they also turn
// the text around them), word joiners, soft hyphens, BOM, the combining grapheme joiner, the
// Hangul fillers and the braille blank (they look like a space but are letters to every trim),
// Mongolian variation selectors, Khmer inherent vowels: they show nothing, so they must not make
// an empty text look written. The zero-width joiner and emoji variation selectors stay (👨‍👧 ❤️).
// (The combining ones are alternatives of their own: in a character class they would read as
// attached to the character before them.)
const INVISIBLE =
  /[\u00AD\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u2800\u3164\uFEFF\uFFA0]|[\u180B-\u180D]|\u180F|\u061C|\u115F|\u1160|\u034F|\u17B4|\u17B5/g
// Combining marks (accents, strike-throughs, Zalgo stacks): they belong to the letter before them,
// so a run of them with no letter before it (at the start, after a space) shows nothing of its own.
// The common blocks; written out rather than \p{M}, which older WeChat engines do not parse.
const MARK = [
  '\\u0300-\\u036F',
  '\\u0483-\\u0489',
  '\\u1AB0-\\u1AFF',
  '\\u1DC0-\\u1DFF',
  '\\u20D0-\\u20FF',
  '\\uFE20-\\uFE2F'
]
const ORPHAN_MARKS = new RegExp(`(^|\\s)(?:${MARK.map((range) => `[${range}]`).join('|')})+`, 'g')
const EDGE_SPACE = /^[\s\u200D]+|[\s\u200D]+$/g

/** A text field as people see it: invisible characters and marks on nothing removed, then trimmed. */
export const visibleText = (s: string): string =>
  s.replace(INVISIBLE, '').replace(ORPHAN_MARKS, '$1').replace(EDGE_SPACE, '')

/** A form field as sent (anything may arrive over the wire) as visible text; '' when not a string. */
export const visibleTextOf = (v: unknown): string => (typeof v === 'string' ? visibleText(v) : '')

/** Whether a text holds characters that show nothing (a form may refuse it rather than drop them). */
export const hasInvisible = (s: string): boolean => s.replace(INVISIBLE, '') !== s

/** Counts characters as people see them (an emoji is one), not UTF-16 units. */
export const charCount = (s: string): number => Array.from(s).length

/** The first `max` characters as charCount counts them: a cut never splits an emoji in half. */
export const firstChars = (s: string, max: number): string => Array.from(s).slice(0, max).join('')
