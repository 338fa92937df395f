// A short window of a long answer around its first hit, for result lists: the reader sees why
// the answer matched without the whole paragraph.
import type { TextRange } from './search'

export interface Excerpt {
  text: string
  ranges: TextRange[]
}

const ELLIPSIS = '…'

export function excerpt(text: string, ranges: TextRange[], length = 60): Excerpt {
  if (text.length <= length) return { text, ranges }
  const first = ranges[0]
  // Start a little before the first hit so it reads in context; without hits, the opening.
  const start = first ? Math.max(0, Math.min(first.start - Math.floor(length / 4), text.length - length)) : 0
  const end = Math.min(text.length, start + length)
  const prefix = start > 0 ? ELLIPSIS : ''
  const suffix = end < text.length ? ELLIPSIS : ''
  const shifted = ranges
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({
      start: Math.max(r.start, start) - start + prefix.length,
      end: Math.min(r.end, end) - start + prefix.length
    }))
  return { text: prefix + text.slice(start, end) + suffix, ranges: shifted }
}
