// Text prepared for reading aloud (读给我听): pictures and symbols a voice would spell out are
// dropped, whitespace is one space, and long text is cut at sentence ends into pieces the
// WeChat text-to-speech plugin accepts (its limit is 1,000 bytes of UTF-8 per call).
import { kidsSentences } from './policy/kids'

/** Below the plugin's 1,000-byte limit, with room to spare. */
export const SPEECH_CHUNK_BYTES = 900

const utf8Bytes = (s: string) => {
  let n = 0
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
  }
  return n
}

/** Emoji, pictographs and decoration removed; what is left reads as the screen says it. */
export function speakableText(text: string): string {
  return (
    text
      .replace(/\p{Extended_Pictographic}/gu, '')
      // Variation selector, zero-width joiner and keycap left behind by the pictographs.
      .replace(/\u{FE0F}|\u{200D}|\u{20E3}/gu, '')
      .replace(/[#*_~>|›•·]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  )
}

/**
 * The speakable text in pieces of at most maxBytes, each ending at a sentence end where one is
 * near; a single sentence longer than that is cut by characters. Empty text gives no pieces.
 */
export function speechChunks(text: string, maxBytes: number = SPEECH_CHUNK_BYTES): string[] {
  const chunks: string[] = []
  let current = ''
  const push = () => {
    if (current.trim()) chunks.push(current.trim())
    current = ''
  }
  for (const sentence of kidsSentences(speakableText(text))) {
    if (utf8Bytes(current + sentence) <= maxBytes) {
      current += sentence
      continue
    }
    push()
    for (const ch of sentence) {
      if (utf8Bytes(current + ch) > maxBytes) push()
      current += ch
    }
  }
  push()
  return chunks
}
