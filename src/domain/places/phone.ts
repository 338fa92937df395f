// Chinese phone numbers as people write them in a spreadsheet, checked and written one way:
// landlines "023-63622984" (area code, hyphen, number; extension "-801"), mobiles
// "13800138000", service numbers "400-123-4567". A bare 8-digit number is a Chongqing
// landline and gets 023 (the city's area code), because that is how locals write it.

export type PhoneCheck = { ok: true; phone: string } | { ok: false; reason: string }

const HINT = '座机如 023-63622984，手机为 11 位数字'

export function normalisePhone(raw: string): PhoneCheck {
  const original = raw.trim()
  let s = original
    .normalize('NFKC')
    .replace(/[\s()（）]/g, '')
    .replace(/(转|ext\.?|x)/gi, '-')
  let international = false
  const cc = /^(?:\+86|0086|\+?86-)-?/.exec(s)
  if (cc) {
    s = s.slice(cc[0].length)
    international = true
  }
  const digits = s.replace(/-/g, '')
  if (/^1[3-9]\d{9}$/.test(digits)) return { ok: true, phone: digits }
  if (/^[48]00\d{7}$/.test(digits))
    return { ok: true, phone: `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}` }
  // Split off an extension: the part after a hyphen that follows a complete number.
  const parts = s.split('-').filter(Boolean)
  let main = parts.join('')
  let extension = ''
  if (
    parts.length >= 2 &&
    /^\d{1,6}$/.test(parts[parts.length - 1]) &&
    /^\d{10,12}$/.test(parts.slice(0, -1).join(''))
  ) {
    main = parts.slice(0, -1).join('')
    extension = parts[parts.length - 1]
  }
  if (international && /^[2-9]/.test(main)) main = `0${main}`
  if (/^[2-9]\d{7}$/.test(main)) main = `023${main}`
  if (!/^\d+$/.test(main) || !main.startsWith('0')) return { ok: false, reason: `电话“${original}”格式不对（${HINT}）` }
  // Area codes 010 and 02x have three digits, all others four.
  const areaLength = /^0[12]/.test(main) ? 3 : 4
  const local = main.slice(areaLength)
  if (!/^\d{7,8}$/.test(local)) return { ok: false, reason: `电话“${original}”号码位数不对（${HINT}）` }
  if (!/^[2-9]/.test(local)) return { ok: false, reason: `电话“${original}”区号后的号码不能以 0 或 1 开头（${HINT}）` }
  return { ok: true, phone: `${main.slice(0, areaLength)}-${local}${extension ? `-${extension}` : ''}` }
}

/** A spreadsheet cell with one or more numbers ("023-63622984；13800138000"). */
export function parsePhones(cell: string): { phones: string[]; errors: string[] } {
  const phones: string[] = []
  const errors: string[] = []
  for (const piece of cell
    .split(/[;；,，、/|\n]+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const whole = normalisePhone(piece)
    if (whole.ok) {
      phones.push(whole.phone)
      continue
    }
    // "023-63622984 13800138000": two numbers separated by a space.
    const spaced = piece.split(/\s+/).map(normalisePhone)
    if (spaced.length > 1 && spaced.every((p) => p.ok))
      phones.push(...spaced.map((p) => (p as { phone: string }).phone))
    else errors.push(whole.reason)
  }
  return { phones: [...new Set(phones)], errors }
}
