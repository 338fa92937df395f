// What of a text may leave the system. Two rules, used by every projection that lets words out
// (the board, exports, messages) and by the steps that take words back (withdraw, delete, the
// retention purge, a redaction):
// - nothing findPersonalInfo finds (a phone, an ID, a name after 我叫, a school, a house number)
//   leaves, unless a person approved exactly that span with a logged reason (approvedSpans);
// - a staff text (a reply, a note) that quotes the author's words carries them only where the
//   author's words themselves may go: a quote is any run of QUOTE_MIN characters the two share.
import { STREETS } from '../../streets'
import { REDACTED, findPersonalInfo, redactText } from '../../staff/mask'
import { TOPICS } from '../model'

/** What stands where the author's own words were taken out of a staff text after they deleted them. */
export const AUTHOR_WORDS_DELETED = '【已删除】'

/**
 * A shared run this long counts as a quote. Four characters: an old template put the whole title
 * in (titles are short), and shorter runs are common words (我们, 小朋友).
 */
export const QUOTE_MIN = 4

/** What findPersonalInfo finds in the text that no person approved (approved: spans let out). */
export function unapprovedHits(text: string, approved: readonly string[] = []): string[] {
  return findPersonalInfo(text).filter((hit) => !approved.some((span) => span.includes(hit)))
}

/** The text with everything that looks personal replaced by 【已隐去】, except what a person approved. */
export function withoutPersonal(text: string, approved: readonly string[] = []): string {
  let out = text
  // Taking a span out can join its neighbours into a new hit: look again, a few rounds at most.
  for (let round = 0; round < 3; round++) {
    const hits = unapprovedHits(out, approved)
    if (!hits.length) break
    out = redactText(out, hits).text
  }
  return out
}

let vocabulary: readonly string[] | null = null

/**
 * Words the app itself supplies (topic names, street and community names): a reply and a child
 * both saying 玩的地方 or 解放碑 is not a quote. Longest first, so a longer name goes whole.
 */
function systemWords(): readonly string[] {
  vocabulary ??= [
    ...TOPICS.map((t) => t.label),
    ...STREETS.flatMap((s) => [s.name, ...s.communities.map((c) => c.name)])
  ]
    .filter((w) => Array.from(w).length >= 2)
    .sort((a, b) => b.length - a.length)
  return vocabulary
}

// Stands where a system word was cut out of a source: no run crosses it.
const GAP = '\uFFFF'
// Runs across these are never quotes: white space, the gap, the markers of text already taken out.
const NOT_QUOTED = /[\s【】\uFFFF]/u

function quoteGrams(sources: readonly string[]): Set<string> {
  const grams = new Set<string>()
  for (const source of sources) {
    let text = source
    for (const word of systemWords()) text = text.split(word).join(GAP)
    const chars = Array.from(text)
    for (let i = 0; i + QUOTE_MIN <= chars.length; i++) {
      const gram = chars.slice(i, i + QUOTE_MIN)
      if (!gram.some((c) => NOT_QUOTED.test(c))) grams.add(gram.join(''))
    }
  }
  return grams
}

/**
 * The text with every run it shares with one of the sources (QUOTE_MIN characters or more)
 * replaced by `marker`: one marker for each maximal run.
 */
export function withoutQuotes(text: string, sources: readonly string[], marker: string = REDACTED): string {
  const grams = quoteGrams(sources.filter(Boolean))
  if (grams.size === 0 || !text) return text
  const chars = Array.from(text)
  const quoted = new Array<boolean>(chars.length).fill(false)
  for (let i = 0; i + QUOTE_MIN <= chars.length; i++) {
    if (!grams.has(chars.slice(i, i + QUOTE_MIN).join(''))) continue
    for (let j = i; j < i + QUOTE_MIN; j++) quoted[j] = true
  }
  let out = ''
  for (let i = 0; i < chars.length; i++) {
    if (!quoted[i]) out += chars[i]
    else if (i === 0 || !quoted[i - 1]) out += marker
  }
  return out
}
