import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { EXIF_MAKE, contains, exifGpsSegment, hasExif, jpegSegments, withSegment } from '../../tests/e2e/jpeg-meta'
import { imageFormatOf, stripImageMetadata } from './image-metadata'

// Real encoder output (ImageMagick): a 16×12 JPEG (JFIF) and a PNG with tIME and tEXt chunks.
const IMAGES = join(__dirname, '..', '..', 'tests', 'fixtures', 'images')
const JPEG = new Uint8Array(readFileSync(join(IMAGES, 'photo.jpg')))
const PNG = new Uint8Array(readFileSync(join(IMAGES, 'drawing.png')))

const bytes = (...parts: Array<number[] | Uint8Array | string>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : [...p])))
const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff]
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]
const le32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]
const segment = (marker: number, payload: Uint8Array | string) => {
  const p = typeof payload === 'string' ? Buffer.from(payload, 'latin1') : payload
  return bytes([0xff, marker], u16(p.length + 2), p)
}
const strip = (b: Uint8Array) => {
  const r = stripImageMetadata(b)
  if (!r.ok) throw new Error(r.reason)
  return r
}
/** Everything from the first SOS on: the pixels, which must come through untouched. */
const scanData = (b: Uint8Array) => {
  for (let i = 2; i < b.length - 1; i++) if (b[i] === 0xff && b[i + 1] === 0xda) return b.slice(i)
  throw new Error('no scan')
}

describe('image formats by their bytes', () => {
  it('knows JPEG, PNG and WebP by their signatures, and nothing else', () => {
    expect(imageFormatOf(JPEG)).toBe('jpg')
    expect(imageFormatOf(PNG)).toBe('png')
    expect(imageFormatOf(bytes('RIFF', le32(4), 'WEBP'))).toBe('webp')
    expect(imageFormatOf(bytes('ID3', [4, 0, 0]))).toBeNull()
    expect(imageFormatOf(bytes('<html><script>'))).toBeNull()
    expect(imageFormatOf(bytes('RIFF', le32(4), 'WAVE'))).toBeNull()
    expect(imageFormatOf(new Uint8Array())).toBeNull()
    expect(stripImageMetadata(bytes('GIF89a'))).toEqual({ ok: false, reason: 'not-an-image' })
  })
})

describe('JPEG', () => {
  it('removes the Exif segment a phone writes (GPS, device) and keeps the picture byte for byte', () => {
    const phone = withSegment(JPEG, exifGpsSegment())
    expect(hasExif(phone)).toBe(true)
    const r = strip(phone)
    expect(r.removed).toEqual(['APP1 Exif'])
    expect(hasExif(r.bytes)).toBe(false)
    expect(contains(r.bytes, EXIF_MAKE)).toBe(false)
    expect(r.bytes).toEqual(JPEG)
    expect(scanData(r.bytes)).toEqual(scanData(phone))
  })

  it('leaves a clean encoder output as it is, and a second pass changes nothing', () => {
    expect(strip(JPEG)).toEqual({ ok: true, format: 'jpg', bytes: JPEG, removed: [] })
    const once = strip(withSegment(JPEG, exifGpsSegment())).bytes
    expect(strip(once).bytes).toEqual(once)
  })

  it('removes XMP, IPTC, comments, maker APPn and multi-picture data; keeps JFIF, the colour profile and Adobe', () => {
    const jfif = jpegSegments(JPEG)[0]
    expect(jfif.marker).toBe(0xe0)
    const icc = segment(0xe2, bytes('ICC_PROFILE\0', [1, 1], 'profile-bytes'))
    const adobe = segment(0xee, bytes('Adobe', [0, 100, 0, 0, 0, 0, 1]))
    const extras = [
      segment(0xe1, 'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>29,33N</exif:GPSLatitude>'),
      segment(0xed, 'Photoshop 3.0\0 8BIM IPTC 重庆市渝中区'),
      segment(0xfe, 'taken at home'),
      segment(0xe2, 'MPF\0 second image'),
      segment(0xeb, 'HDR gain map'),
      icc,
      adobe
    ]
    const rest = JPEG.slice(2 + 4 + jfif.payload.length)
    const marked = bytes(JPEG.slice(0, 2 + 4 + jfif.payload.length), ...extras, rest)
    const r = strip(marked)
    expect(r.removed).toEqual(['APP1 http', 'APP13 Phot', 'COM', 'APP2 MPF', 'APP11 HDR'])
    for (const text of ['GPSLatitude', 'IPTC', 'taken at home', 'second image', 'gain map'])
      expect(contains(r.bytes, text)).toBe(false)
    // JFIF, the colour profile, Adobe, then the encoder's own tables and frame, in their order.
    const encoder = jpegSegments(JPEG)
      .slice(1)
      .map((s) => s.marker)
    expect(jpegSegments(r.bytes).map((s) => s.marker)).toEqual([0xe0, 0xe2, 0xee, ...encoder])
    expect(contains(r.bytes, 'ICC_PROFILE')).toBe(true)
    expect(contains(r.bytes, 'Adobe')).toBe(true)
    expect(scanData(r.bytes)).toEqual(scanData(marked))
  })

  it('drops whatever follows the end of the image (a trailer, an appended video)', () => {
    const trailer = bytes(JPEG, '....ftypmp42 moov GPS 29.55,106.57')
    const r = strip(trailer)
    expect(r.removed).toEqual(['after EOI'])
    expect(r.bytes).toEqual(JPEG)
  })

  it('walks progressive scans: tables and a second scan between them stay, an APP segment there goes', () => {
    const sof = jpegSegments(JPEG).find((s) => s.marker === 0xc0)!
    const dht = segment(0xc4, bytes([0x00], new Array(16).fill(0), []))
    const sos = segment(0xda, bytes([1, 1, 0x00, 0, 63, 0]))
    // Entropy data with a stuffed 0xFF00, a restart marker and fill bytes before the next marker.
    const scan1 = bytes([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56])
    const scan2 = bytes([0x78, 0xff, 0x00, 0x9a])
    const file = bytes(
      [0xff, 0xd8],
      segment(0xc2, sof.payload),
      dht,
      sos,
      scan1,
      [0xff, 0xff],
      segment(0xe1, 'Exif\0\0between scans'),
      dht,
      sos,
      scan2,
      [0xff, 0xd9]
    )
    const r = strip(file)
    expect(r.removed).toEqual(['APP1 Exif'])
    expect(r.bytes).toEqual(
      bytes([0xff, 0xd8], segment(0xc2, sof.payload), dht, sos, scan1, dht, sos, scan2, [0xff, 0xd9])
    )
  })

  it('refuses what is not a JPEG inside: a segment longer than the file, a length under 2, bytes between segments', () => {
    expect(stripImageMetadata(bytes([0xff, 0xd8, 0xff, 0xe1], u16(400), 'Exif'))).toEqual({
      ok: false,
      reason: 'malformed'
    })
    expect(stripImageMetadata(bytes([0xff, 0xd8, 0xff, 0xe1], u16(1), [0xff, 0xd9]))).toMatchObject({ ok: false })
    expect(stripImageMetadata(bytes([0xff, 0xd8, 0xff, 0xe0], u16(4), [0, 0], 'junk', [0xff, 0xd9]))).toMatchObject({
      ok: false
    })
    expect(stripImageMetadata(bytes([0xff, 0xd8, 0xff]))).toMatchObject({ ok: false })
  })
})

describe('PNG', () => {
  const chunks = (b: Uint8Array) => {
    const out: string[] = []
    for (let i = 8; i + 8 <= b.length;) {
      const length = (b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]
      out.push(Buffer.from(b.slice(i + 4, i + 8)).toString('latin1'))
      i += 12 + length
    }
    return out
  }
  const chunk = (type: string, data: Uint8Array | string) => {
    const d = typeof data === 'string' ? Buffer.from(data, 'latin1') : data
    return bytes(u32(d.length), type, d, [0, 0, 0, 0])
  }
  const beforeIend = (b: Uint8Array) => b.slice(0, b.length - 12)
  const iend = (b: Uint8Array) => b.slice(b.length - 12)

  it('removes the text and time chunks an encoder writes and keeps the rest byte for byte', () => {
    expect(chunks(PNG)).toEqual(['IHDR', 'gAMA', 'cHRM', 'PLTE', 'bKGD', 'tIME', 'IDAT', 'tEXt', 'tEXt', 'IEND'])
    const r = strip(PNG)
    expect(r.removed).toEqual(['tIME', 'tEXt', 'tEXt'])
    expect(chunks(r.bytes)).toEqual(['IHDR', 'gAMA', 'cHRM', 'PLTE', 'bKGD', 'IDAT', 'IEND'])
    expect(contains(r.bytes, 'date:create')).toBe(false)
    // The image data is the same, so it decodes to the same pixels.
    const idat = (b: Uint8Array) => {
      const i = Buffer.from(b).indexOf('IDAT')
      const length = (b[i - 4] << 24) | (b[i - 3] << 16) | (b[i - 2] << 8) | b[i - 1]
      return inflateSync(b.slice(i + 4, i + 4 + length))
    }
    expect(idat(r.bytes)).toEqual(idat(PNG))
    expect(strip(r.bytes)).toEqual({ ok: true, format: 'png', bytes: r.bytes, removed: [] })
  })

  it('removes eXIf, iTXt (XMP), zTXt and private chunks; keeps transparency and the colour profile', () => {
    const file = bytes(
      beforeIend(PNG),
      chunk('eXIf', 'MM\0*GPS'),
      chunk('iTXt', 'XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta/>'),
      chunk('zTXt', 'Comment\0\0x'),
      chunk('prVW', 'preview'),
      chunk('tRNS', bytes([0])),
      chunk('iCCP', 'icc\0\0x'),
      iend(PNG),
      'trailing bytes'
    )
    const r = strip(file)
    expect(r.removed).toEqual(['tIME', 'tEXt', 'tEXt', 'eXIf', 'iTXt', 'zTXt', 'prVW', 'after IEND'])
    expect(chunks(r.bytes)).toEqual(['IHDR', 'gAMA', 'cHRM', 'PLTE', 'bKGD', 'IDAT', 'tRNS', 'iCCP', 'IEND'])
  })

  it('refuses a chunk that runs past the end, or a file without IEND', () => {
    expect(stripImageMetadata(bytes(PNG.slice(0, 8), u32(999), 'IDAT', [1, 2, 3]))).toEqual({
      ok: false,
      reason: 'malformed'
    })
    expect(stripImageMetadata(beforeIend(PNG))).toMatchObject({ ok: false })
  })
})

describe('WebP', () => {
  const chunk = (type: string, data: number[] | string) => {
    const d = typeof data === 'string' ? [...Buffer.from(data, 'latin1')] : data
    return bytes(type, le32(d.length), d, d.length % 2 ? [0] : [])
  }
  const riff = (...chunks: Uint8Array[]) => {
    const body = bytes(...chunks)
    return bytes('RIFF', le32(4 + body.length), 'WEBP', body)
  }
  // VP8X: flags (ICC 0x20, EXIF 0x08, XMP 0x04), 3 reserved bytes, canvas width-1 and height-1.
  const vp8x = (flags: number) => chunk('VP8X', [flags, 0, 0, 0, 15, 0, 0, 11, 0, 0])
  const image = chunk('VP8 ', [1, 2, 3, 4, 5])

  it('removes EXIF and XMP chunks, clears their flags and fixes the RIFF size', () => {
    const file = riff(
      vp8x(0x20 | 0x08 | 0x04),
      chunk('ICCP', 'icc'),
      image,
      chunk('EXIF', 'MM\0*GPS'),
      chunk('XMP ', '<x/>')
    )
    const r = strip(file)
    expect(r.removed).toEqual(['EXIF', 'XMP'])
    expect(r.bytes).toEqual(riff(vp8x(0x20), chunk('ICCP', 'icc'), image))
    expect(contains(r.bytes, 'GPS')).toBe(false)
    expect(strip(r.bytes).bytes).toEqual(r.bytes)
  })

  it('refuses a chunk larger than its file', () => {
    expect(stripImageMetadata(bytes('RIFF', le32(20), 'WEBP', 'VP8 ', le32(99), [1, 2, 3, 4]))).toMatchObject({
      ok: false
    })
  })
})
