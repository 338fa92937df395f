import { base64ToBytes, bytesToBase64, decodeImportBytes, importFileProblem, importFormatOf } from './encoding'
import { validateImport } from './import'

const TEXT = 'name,地址\n示例托育,渝中区示例路1号\n'
// The same text as Excel on Chinese Windows saves it (code page 936), written out by Python's
// 'gbk' codec: 示 = CA BE, 例 = C0 FD, 托 = CD D0, 育 = D3 FD …
const GBK = Buffer.from('6e616d652cb5d8d6b70acabec0fdcdd0d3fd2cd3e5d6d0c7f8cabec0fdc2b731bac50a', 'hex')
const bytes = (...parts: Array<number[] | Buffer>) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p)))))

function utf16(text: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le')
  if (!bigEndian) return le
  const be = Buffer.alloc(le.length)
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]
    be[i + 1] = le[i]
  }
  return be
}

describe('decodeImportBytes', () => {
  it.each([
    ['UTF-8', bytes(Buffer.from(TEXT)), 'utf-8'],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], Buffer.from(TEXT)), 'utf-8-bom'],
    ['UTF-16 LE with BOM (Excel “Unicode text”)', bytes([0xff, 0xfe], utf16(TEXT, false)), 'utf-16le'],
    ['UTF-16 BE with BOM', bytes([0xfe, 0xff], utf16(TEXT, true)), 'utf-16be'],
    ['GBK (Excel on Chinese Windows)', bytes(GBK), 'gbk']
  ])('reads %s and names the encoding', (_label, input, encoding) => {
    expect(decodeImportBytes(input)).toEqual({ ok: true, text: TEXT, encoding })
  })

  it('names GB18030 when the file uses its four-byte characters', () => {
    // 𠀀 (U+20000) is 95 32 82 36 in GB18030 and does not exist in GBK.
    const result = decodeImportBytes(bytes(GBK, [0x95, 0x32, 0x82, 0x36]))
    expect(result).toEqual({ ok: true, text: `${TEXT}𠀀`, encoding: 'gb18030' })
  })

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeImportBytes(bytes(Buffer.from('name\nDemo\n')))).toMatchObject({ ok: true, encoding: 'utf-8' })
  })

  it.each([
    ['an empty file', bytes([]), '文件是空的'],
    ['an xlsx workbook', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'Excel 工作簿（.xlsx）'],
    ['an old xls workbook', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), '旧版 Excel'],
    ['a PDF', bytes(Buffer.from('%PDF-1.7\n')), 'PDF'],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'PNG'],
    ['bytes with NULs', bytes(Buffer.from('name\n'), [0, 1, 2, 3]), '二进制内容（空字节）'],
    ['control characters', bytes(Buffer.from('name\n\u0001\u0002\n')), '二进制内容（控制字符）'],
    ['neither UTF-8 nor GB18030', bytes(Buffer.from('name\n'), [0xff, 0xff, 0x41]), '无法识别文件编码'],
    ['a UTF-8 BOM over invalid UTF-8', bytes([0xef, 0xbb, 0xbf, 0xc3, 0x28]), 'UTF-8 的 BOM'],
    ['a UTF-16 BOM over an odd byte count', bytes([0xff, 0xfe, 0x41, 0x00, 0x42]), 'UTF-16 LE 的 BOM']
  ])('refuses %s, naming the problem', (_label, input, message) => {
    const result = decodeImportBytes(input)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.error).toContain(message)
  })
})

describe('base64', () => {
  it.each([[''], ['a'], ['ab'], ['abc'], ['示例托育中心']])('round-trips %j like Node’s Buffer', (text) => {
    const raw = new Uint8Array(Buffer.from(text))
    const encoded = bytesToBase64(raw)
    expect(encoded).toBe(Buffer.from(text).toString('base64'))
    expect(base64ToBytes(encoded)).toEqual(raw)
  })

  it('reads every byte value and refuses what is not base64', () => {
    const all = new Uint8Array(Array.from({ length: 256 }, (_, i) => i))
    expect(base64ToBytes(Buffer.from(all).toString('base64'))).toEqual(all)
    expect(base64ToBytes('abc')).toBeNull()
    expect(base64ToBytes('ab!=')).toBeNull()
  })
})

describe('validateImport with bytes', () => {
  it('imports a GBK file with Chinese headings and reports the encoding', () => {
    const row = '示例托育中心（演示）,500103001,29.5592,106.5688,demo-gbk-1,托育机构'
    const csv = `机构名称,区划代码,纬度,经度,id,类别\n${row}\n`
    // The file as Excel on Chinese Windows writes it, through the small GBK table below.
    const gbk = Buffer.concat([...csv].map((ch) => gbkOf(ch)))
    const result = validateImport(new Uint8Array(gbk), { today: '2026-11-28' })
    expect(result.errors).toEqual([])
    expect(result.encoding).toBe('gbk')
    expect(result.rejected).toEqual([])
    expect(result.places[0].place.name).toBe('示例托育中心（演示）')
  })

  it('stops with the decoding problem as a file error', () => {
    const result = validateImport(bytes([0x50, 0x4b, 0x03, 0x04]), { today: '2026-11-28' })
    expect(result.errors[0]).toContain('.xlsx')
    expect(result.places).toEqual([])
  })
})

// GBK bytes of the few Chinese characters the test above uses (from Python's 'gbk' codec).
const GBK_TABLE: Record<string, string> = {
  示: 'cabe',
  例: 'c0fd',
  托: 'cdd0',
  育: 'd3fd',
  中: 'd6d0',
  心: 'd0c4',
  '（': 'a3a8',
  '）': 'a3a9',
  演: 'd1dd',
  机: 'bbfa',
  构: 'b9b9',
  名: 'c3fb',
  称: 'b3c6',
  区: 'c7f8',
  划: 'bbae',
  代: 'b4fa',
  码: 'c2eb',
  纬: 'ceb3',
  度: 'b6c8',
  经: 'bead',
  类: 'c0e0',
  别: 'b1f0'
}
function gbkOf(ch: string): Buffer {
  if (ch.charCodeAt(0) < 0x80) return Buffer.from(ch)
  const hex = GBK_TABLE[ch]
  if (!hex) throw new Error(`add ${ch} to GBK_TABLE`)
  return Buffer.from(hex, 'hex')
}

describe('importFileProblem', () => {
  it.each([
    [{ name: '备案名录.csv', size: 2048 }, null],
    [{ name: 'list.JSON', size: 10 }, null],
    [{ name: '导出.txt', size: 10 }, null],
    [{ name: '备案名录.xlsx', size: 2048 }, '是 Excel 工作簿'],
    [{ name: '备案名录.pdf', size: 2048 }, '不是 CSV 或 JSON 文件'],
    [{ name: '无扩展名', size: 2048 }, '不是 CSV 或 JSON 文件'],
    [{ name: 'a.csv', size: 0 }, '是空文件'],
    [{ name: 'a.csv', size: 70 * 1024 }, '有 70 KB，一次最多 64 KB']
  ])('%p → %p', (file, problem) => {
    const result = importFileProblem(file, 64 * 1024)
    if (problem === null) expect(result).toBeNull()
    else expect(result).toContain(problem)
  })

  it('reads the format from the name', () => {
    expect([importFormatOf('a.JSON'), importFormatOf('a.csv'), importFormatOf('a.txt')]).toEqual(['json', 'csv', 'csv'])
  })
})
