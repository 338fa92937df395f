// Free text as people see it, shared by every form the server checks (suggestions, replies,
// 纠错): invisible characters, trimming and counting characters rather than UTF-16 units.
// A module of its own so that a function needing only these does not bundle a form's rules.

// Zero-width spaces, direction marks, word joiners, soft hyphens, BOM: they show nothing, so they
// must not make an empty suggestion look written. The zero-width joiner stays inside emoji (👨‍👧).
const INVISIBLE = /[\u00AD\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g
const EDGE_SPACE = /^[\s\u200D]+|[\s\u200D]+$/g

/** A text field as people see it: invisible characters removed, then trimmed. */
export const visibleText = (s: string): string => s.replace(INVISIBLE, '').replace(EDGE_SPACE, '')

/** Whether a text holds characters that show nothing (a form may refuse it rather than drop them). */
export const hasInvisible = (s: string): boolean => s.replace(INVISIBLE, '') !== s

/** Counts characters as people see them (an emoji is one), not UTF-16 units. */
export const charCount = (s: string): number => Array.from(s).length
