// A place's name as people type it in pinyin (jiefangbei, jfb → 解放碑): the places cloud function
// adds this key to each place it lists, and the name search on the phone matches it
// (search.ts). The reading table (about 24 KB) is loaded only here, in the cloud function; the
// app never imports this file, so the main package does not carry the table.
import { PINYIN_TABLE } from './pinyin-table.generated'

/** Spellings kept per name: a character read two ways doubles them, up to this many. */
const MAX_SPELLINGS = 8

let readings: Map<string, string[]> | null = null

function readingsOf(char: string): string[] | undefined {
  if (!readings) {
    readings = new Map()
    for (const entry of PINYIN_TABLE.split('|')) {
      const syllable = /^[a-z]+/.exec(entry)![0]
      for (const c of entry.slice(syllable.length)) {
        const list = readings.get(c)
        if (list) list.push(syllable)
        else readings.set(c, [syllable])
      }
    }
  }
  return readings.get(char)
}

/**
 * The name's spellings in full and by initials, space-separated, lower case: 重庆儿童 →
 * "chongqingertong zhongqingertong cqet zqet". Latin letters and digits stay as they are; any
 * other character is left out.
 */
export function pinyinKey(name: string): string {
  let spellings: Array<{ full: string; initials: string }> = [{ full: '', initials: '' }]
  for (const char of name.toLowerCase()) {
    if (/[a-z0-9]/.test(char)) {
      spellings = spellings.map((s) => ({ full: s.full + char, initials: s.initials + char }))
      continue
    }
    const read = readingsOf(char)
    if (!read) continue
    const usable = spellings.length * read.length <= MAX_SPELLINGS ? read : read.slice(0, 1)
    spellings = spellings.flatMap((s) => usable.map((r) => ({ full: s.full + r, initials: s.initials + r[0] })))
  }
  const words = [...spellings.map((s) => s.full), ...spellings.map((s) => s.initials)].filter(Boolean)
  return [...new Set(words)].join(' ')
}
