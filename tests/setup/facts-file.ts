// Reads data/sources/yuzhong-facts.md for tests that check what the app states against it: the
// dates and numbers of a statement must stand together in one bullet of the file, and the names
// it cites (《…》, “…”) must be in the file word for word.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export const FACTS = readFileSync(resolve(__dirname, '../../data/sources/yuzhong-facts.md'), 'utf8')

/** The file's bullets and paragraphs (a bullet may wrap over several lines). */
export const FACT_BULLETS = FACTS.split(/\n(?=- |#|\n)/).map((b) => b.replace(/\s+/g, ' ').trim())

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]

export interface Claims {
  /** Each date as the ways the facts file may write it (June 2022 / 2022-06). */
  dates: string[][]
  numbers: string[]
  /** Cited titles and quoted names. */
  names: string[]
}

/** Dates (2022年6月, 2025年), other numbers, and cited names in a text the app shows. */
export function claimsOf(text: string): Claims {
  const names = [...text.matchAll(/《[^》]+》|“([^”]+)”/g)].map((m) => m[1] ?? m[0])
  // A cited title is checked whole; its years are not separate statements.
  let rest = text.replace(/《[^》]+》/g, ' ')
  const dates: string[][] = []
  rest = rest.replace(/(\d{4})\s*年\s*(?:(\d{1,2})\s*月)?/g, (_, y: string, m?: string) => {
    dates.push(m ? [`${MONTHS[Number(m) - 1]} ${y}`, `${y}-${m.padStart(2, '0')}`] : [y])
    return ' '
  })
  const numbers = [...rest.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0])
  return { dates, numbers, names }
}

const hasNumber = (text: string, n: string) => new RegExp(`(?<![\\d.])${n.replace('.', '\\.')}(?![\\d.])`).test(text)

/** The bullet of the facts file that states every date and number of the claims, if any. */
export function bulletStating(claims: Claims): string | undefined {
  return FACT_BULLETS.find(
    (b) => claims.dates.every((alts) => alts.some((d) => b.includes(d))) && claims.numbers.every((n) => hasNumber(b, n))
  )
}
