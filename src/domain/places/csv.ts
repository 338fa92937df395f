// A CSV reader for import files (RFC 4180: quoted cells with doubled quotes, line breaks inside
// quotes, CRLF or LF), small enough for the places cloud function, where a general parsing
// library was a quarter of the bundle. The delimiter is the one of , ; tab | that the header
// line (outside quotes) has most of: spreadsheets save CSV with any of them.
const DELIMITERS = [',', '\t', ';', '|']

function guessDelimiter(text: string): string {
  const counts = new Map(DELIMITERS.map((d) => [d, 0]))
  let quoted = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) break
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  }
  let best = ','
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d
  return best
}

/** Every record as its cells, in order; a blank line is a record of one empty cell. */
export function parseCsvRecords(text: string): string[][] {
  const delimiter = guessDelimiter(text)
  const records: string[][] = []
  let record: string[] = []
  let cell = ''
  let quoted = false
  let i = 0
  while (i < text.length) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i += 2
        continue
      }
      if (ch === '"') quoted = false
      else cell += ch
      i++
      continue
    }
    if (ch === '"' && cell === '') quoted = true
    else if (ch === delimiter) {
      record.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      record.push(cell)
      records.push(record)
      record = []
      cell = ''
      if (ch === '\r' && text[i + 1] === '\n') i++
    } else cell += ch
    i++
  }
  // A final line break ends the last record rather than starting an empty one.
  if (cell !== '' || record.length > 0 || quoted) {
    record.push(cell)
    records.push(record)
  }
  return records
}
