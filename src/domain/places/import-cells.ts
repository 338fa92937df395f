// Reading single cells of an import row: yes/no, numbers, lists of labels, dates. Each reader
// returns the value, or a Chinese reason naming the column as the data keeper sees it.

export type Cell<T> = { value?: T; error?: string }

const YES = /^(是|有|y|yes|true|1|√)$/i
const NO = /^(否|无|n|no|false|0|×)$/i

export function readBoolean(text: string | undefined, column: string): Cell<boolean> {
  if (!text) return {}
  if (YES.test(text)) return { value: true }
  if (NO.test(text)) return { value: false }
  return { error: `“${column}”一栏应填 是 或 否（现为“${text}”）` }
}

export function readInteger(text: string | undefined, column: string, min: number, max: number): Cell<number> {
  if (!text) return {}
  const n = Number(text)
  if (!/^\d+$/.test(text) || n < min || n > max)
    return { error: `“${column}”应为 ${min}–${max} 的整数（现为“${text}”）` }
  return { value: n }
}

export function readNumber(text: string | undefined): number | undefined {
  if (!text) return undefined
  const n = Number(text)
  return /^-?\d+(\.\d+)?$/.test(text) && Number.isFinite(n) ? n : NaN
}

/** "全日托、半日托" → keys; every item must be a known key or label. */
export function readList<K extends string>(
  text: string | undefined,
  column: string,
  list: readonly { key: K; label: string }[]
): Cell<K[]> {
  if (!text) return {}
  const items = text
    .split(/[、,，;；/|\s]+/)
    .map((t) => t.trim())
    .filter(Boolean)
  const keys: K[] = []
  const unknown: string[] = []
  for (const item of items) {
    const key = list.find((entry) => entry.key === item || entry.label === item)?.key
    if (key) {
      if (!keys.includes(key)) keys.push(key)
    } else unknown.push(item)
  }
  if (unknown.length)
    return { error: `“${column}”中的“${unknown.join('、')}”无法识别（可用：${list.map((e) => e.label).join('、')}）` }
  return { value: keys }
}

/** YYYY-MM-DD (also YYYY/M/D), checked to be a real calendar date. */
export function readDate(text: string | undefined, column: string): Cell<string> {
  if (!text) return {}
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text)
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
    const date = new Date(Date.UTC(y, mo - 1, d))
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) {
      return { value: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` }
    }
  }
  return { error: `“${column}”应为日期，如 2026-11-28（现为“${text}”）` }
}

/** "6-36" (months) → {min, max}. */
export function readAgeRange(
  text: string | undefined,
  minText: string | undefined,
  maxText: string | undefined
): Cell<{ min: number; max: number }> {
  let min = minText
  let max = maxText
  if (text) {
    const m = /^(\d+)\s*[-–~～至到]\s*(\d+)$/.exec(text.normalize('NFKC'))
    if (!m) return { error: `“月龄”应写成 6-36 这样的范围（现为“${text}”）` }
    min = m[1]
    max = m[2]
  }
  if (!min && !max) return {}
  const a = readInteger(min, '最小月龄', 0, 72)
  const b = readInteger(max, '最大月龄', 0, 72)
  if (a.error || b.error) return { error: a.error ?? b.error }
  if (a.value === undefined || b.value === undefined) return { error: '月龄范围要同时写最小和最大月龄' }
  if (a.value > b.value) return { error: `月龄范围 ${a.value}-${b.value} 的最小值大于最大值` }
  return { value: { min: a.value, max: b.value } }
}
