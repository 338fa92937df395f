// Reading an import file's bytes as text. A registry export saved by Excel on Chinese Windows is
// GBK (code page 936), Excel's "Unicode text" is UTF-16 LE with a BOM, everything else UTF-8 with
// or without a BOM. The encoding is decided from the bytes alone, in this order:
//   1. a known binary signature (xlsx/zip, xls, PDF, images) or NUL bytes → refused, named;
//   2. a BOM: UTF-8, UTF-16 LE, UTF-16 BE;
//   3. valid UTF-8 (plain ASCII included);
//   4. valid GB18030 (a superset of GBK and GB2312), labelled GBK unless it uses GB18030's
//      four-byte sequences.
// Anything else is refused with the reason. Decoding is strict (a byte sequence that is not
// valid in the chosen encoding is an error, never a silent U+FFFD).
//
// GB18030 decoding uses the platform's TextDecoder, which Node has only when built with full ICU
// (the official Node builds since 13, including the Node 18 cloud runtime's; checked by
// cloudfunctions/places tests on the bundled function). Without it the file is refused with a
// request to save it as UTF-8, never decoded wrongly. A JavaScript GBK table (≈ 50 KB) would not
// fit the places function's bundle limit.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gbk' | 'gb18030'

export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8（带 BOM）',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gbk: 'GBK',
  gb18030: 'GB18030'
}

export type DecodedFile = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; error: string }

const SAVE_AS_CSV = '请在 Excel 中“另存为”CSV（逗号分隔）或 CSV UTF-8 后再导入'

const SIGNATURES: Array<{ bytes: number[]; what: string }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: `这是 Excel 工作簿（.xlsx）或压缩文件，不是 CSV/JSON 文本，${SAVE_AS_CSV}` },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: `这是旧版 Excel 工作簿（.xls）或 Word 文件，不是 CSV/JSON 文本，${SAVE_AS_CSV}`
  },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: '这是 PDF 文件，不是 CSV/JSON 文本' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: '这是 PNG 图片，不是 CSV/JSON 文本' },
  { bytes: [0xff, 0xd8, 0xff], what: '这是 JPEG 图片，不是 CSV/JSON 文本' }
]

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b)

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes)
  } catch (e) {
    if (e instanceof RangeError) throw e // the encoding itself is unknown to this platform
    return null
  }
}

/** UTF-16 BE without relying on ICU: swap each pair and read as UTF-16 LE. */
function decodeUtf16be(bytes: Uint8Array): string | null {
  const swapped = new Uint8Array(bytes.length)
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]
    swapped[i + 1] = bytes[i]
  }
  return strict('utf-16le', swapped)
}

/** Whether a GB18030 byte stream uses four-byte sequences (characters GBK does not have). */
function usesFourByteSequences(bytes: Uint8Array): boolean {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    if (b < 0x80) i++
    else if (bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39) return true
    else i += 2
  }
  return false
}

/** Control characters other than tab, CR, LF (and form feed) mean a binary file. */
function looksBinary(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text)
}

function textOrBinary(text: string, encoding: TextEncodingName): DecodedFile {
  if (looksBinary(text)) return { ok: false, error: '文件含有二进制内容（控制字符），不是 CSV/JSON 文本' }
  return { ok: true, text, encoding }
}

/** The bytes of a CSV/JSON import file → its text and the encoding it was read in. */
export function decodeImportBytes(bytes: Uint8Array): DecodedFile {
  if (bytes.length === 0) return { ok: false, error: '文件是空的' }
  for (const s of SIGNATURES) if (startsWith(bytes, s.bytes)) return { ok: false, error: s.what }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strict('utf-8', bytes.subarray(3))
    return text === null
      ? { ok: false, error: '文件以 UTF-8 的 BOM 开头，但内容不是有效的 UTF-8' }
      : textOrBinary(text, 'utf-8-bom')
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff
    const body = bytes.subarray(2)
    const text = body.length % 2 ? null : le ? strict('utf-16le', body) : decodeUtf16be(body)
    return text === null
      ? { ok: false, error: `文件以 UTF-16 ${le ? 'LE' : 'BE'} 的 BOM 开头，但内容不是有效的 UTF-16` }
      : textOrBinary(text, le ? 'utf-16le' : 'utf-16be')
  }
  if (bytes.includes(0)) return { ok: false, error: '文件含有二进制内容（空字节），不是 CSV/JSON 文本' }
  const utf8 = strict('utf-8', bytes)
  if (utf8 !== null) return textOrBinary(utf8, 'utf-8')
  let gb: string | null
  try {
    gb = strict('gb18030', bytes)
  } catch {
    return { ok: false, error: '文件不是 UTF-8，而此服务器无法读取 GBK 编码，请把文件另存为 CSV UTF-8 后再导入' }
  }
  if (gb === null)
    return {
      ok: false,
      error: '无法识别文件编码：既不是 UTF-8、UTF-16，也不是 GBK/GB18030。请另存为 CSV UTF-8 后再导入'
    }
  return textOrBinary(gb, usesFourByteSequences(bytes) ? 'gb18030' : 'gbk')
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** Standard base64 → bytes, or null when the text is not base64 (no platform Buffer/atob needed). */
export function base64ToBytes(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '')
  if (clean.length % 4 !== 0 || !BASE64.test(clean)) return null
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0
  const out = new Uint8Array((clean.length / 4) * 3 - padding)
  let o = 0
  for (let i = 0; i < clean.length; i += 4) {
    const n =
      (alphabet.indexOf(clean[i]) << 18) |
      (alphabet.indexOf(clean[i + 1]) << 12) |
      ((clean[i + 2] === '=' ? 0 : alphabet.indexOf(clean[i + 2])) << 6) |
      (clean[i + 3] === '=' ? 0 : alphabet.indexOf(clean[i + 3]))
    for (const byte of [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]) if (o < out.length) out[o++] = byte
  }
  return out
}

/** Bytes → standard base64 (the client sends files this way; see MAX_IMPORT_BYTES). */
export function bytesToBase64(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    out += alphabet[(n >> 18) & 63] + alphabet[(n >> 12) & 63]
    out += i + 1 < bytes.length ? alphabet[(n >> 6) & 63] : '='
    out += i + 2 < bytes.length ? alphabet[n & 63] : '='
  }
  return out
}

const IMPORT_EXTENSIONS = ['csv', 'json', 'txt']

/**
 * What is wrong with a picked file before it is sent (name and size only; the content is the
 * function's to judge), or null. `maxBytes` is MAX_IMPORT_BYTES (api.ts).
 */
export function importFileProblem(file: { name: string; size: number }, maxBytes: number): string | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase()
  if (ext === 'xlsx' || ext === 'xls')
    return `“${file.name}”是 Excel 工作簿：请在 Excel 中“另存为”CSV（逗号分隔）或 CSV UTF-8 后再选择`
  if (!ext || !IMPORT_EXTENSIONS.includes(ext)) return `“${file.name}”不是 CSV 或 JSON 文件（应以 .csv 或 .json 结尾）`
  if (file.size === 0) return `“${file.name}”是空文件`
  if (file.size > maxBytes)
    return `“${file.name}”有 ${Math.ceil(file.size / 1024)} KB，一次最多 ${Math.floor(maxBytes / 1024)} KB：请分成几个文件导入（每个文件保留表头）`
  return null
}

/** The format a file name says (.json → json, else csv; the function also sniffs the content). */
export function importFormatOf(name: string): 'csv' | 'json' {
  return /\.json$/i.test(name) ? 'json' : 'csv'
}
