/**
 * Text normalisation and tokenising shared by search and highlighting. Both sides of a match go
 * through the same folding, so 「托育？」 finds 托育 and ２０２６ finds 2026.
 */

export const MAX_QUERY_LENGTH = 200

export interface NormalizedField {
  text: string
  /** toOriginal[i] = index in the original string of normalised character i */
  toOriginal: number[]
}

function isPunctuationOrSpace(code: number): boolean {
  if (code <= 0x7f)
    return !((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a))
  return (
    (code >= 0x00a0 && code <= 0x00bf) ||
    code === 0x00d7 ||
    code === 0x00f7 ||
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xfe10 && code <= 0xfe1f) ||
    (code >= 0xfe30 && code <= 0xfe6f) ||
    (code >= 0xff5f && code <= 0xff65) ||
    code === 0xfeff
  )
}

/** Full-width → half-width, lower-case, punctuation and whitespace removed; keeps a map back. */
export function normalizeField(source: string): NormalizedField {
  let text = ''
  const toOriginal: number[] = []
  for (let i = 0; i < source.length; i++) {
    let code = source.charCodeAt(i)
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0
    if (isPunctuationOrSpace(code)) continue
    const lower = String.fromCharCode(code).toLowerCase()
    // A few letters lower-case to two characters; keep those as they are so the map stays 1:1.
    text += lower.length === 1 ? lower : String.fromCharCode(code)
    toOriginal.push(i)
  }
  return { text, toOriginal }
}

export function normalizeText(text: string): string {
  return normalizeField(text).text
}

/** Normalised query capped at MAX_QUERY_LENGTH; the raw input is cut first so huge pastes stay cheap. */
export function normalizeQuery(query: string): string {
  return normalizeText(query.slice(0, MAX_QUERY_LENGTH * 4)).slice(0, MAX_QUERY_LENGTH)
}

const isAsciiWordChar = (ch: string) => /[a-z0-9]/.test(ch)

/**
 * Bigrams inside Chinese runs, whole Latin/digit runs of 2+ characters, and the bigram across
 * each Latin/Chinese boundary (so 1米 is one token, not "1" matching every 1 in the text).
 * A one-character query is its own token.
 */
export function tokenize(normalized: string): string[] {
  if (normalized.length <= 1) return normalized === '' ? [] : [normalized]
  const tokens = new Set<string>()
  const runs = normalized.match(/[a-z0-9]+|[^a-z0-9]+/g) ?? []
  runs.forEach((run, i) => {
    if (isAsciiWordChar(run[0])) {
      if (run.length > 1) tokens.add(run)
    } else {
      for (let j = 0; j + 1 < run.length; j++) tokens.add(run.slice(j, j + 2))
    }
    const next = runs[i + 1]
    if (next) tokens.add(run[run.length - 1] + next[0])
  })
  return Array.from(tokens)
}
