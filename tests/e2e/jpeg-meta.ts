// Test helper: a minimal JPEG segment reader and an Exif (APP1) segment with GPS and device tags,
// built byte by byte, so a test can hand the app a "phone photo" and check what it uploaded.

/** The segments before the image data (SOS): marker and payload. */
export function jpegSegments(bytes: Uint8Array): Array<{ marker: number; payload: Uint8Array }> {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('not a JPEG')
  const out: Array<{ marker: number; payload: Uint8Array }> = []
  let i = 2
  while (i + 4 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1]
    if (marker === 0xda) break // start of scan: metadata comes before it
    const length = (bytes[i + 2] << 8) | bytes[i + 3]
    out.push({ marker, payload: bytes.slice(i + 4, i + 2 + length) })
    i += 2 + length
  }
  return out
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0))
const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff]
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]

export const EXIF_MAKE = 'YimiTestPhone'

/**
 * APP1 "Exif": IFD0 with Make and a GPS pointer; the GPS IFD with latitude N 29°33'30"
 * (the Jiefangbei area). Big-endian TIFF; offsets count from the TIFF header.
 */
export function exifGpsSegment(): Uint8Array {
  const make = [...ascii(EXIF_MAKE), 0]
  // TIFF header (8) + IFD0: count (2) + 2 entries (24) + next (4) = 38
  const makeAt = 38
  const gpsAt = makeAt + make.length
  // GPS IFD: count (2) + 2 entries (24) + next (4) = 30, then three rationals (24)
  const latAt = gpsAt + 30
  const tiff = [
    ...ascii('MM'),
    ...u16(42),
    ...u32(8),
    ...u16(2),
    ...[...u16(0x010f), ...u16(2), ...u32(make.length), ...u32(makeAt)],
    ...[...u16(0x8825), ...u16(4), ...u32(1), ...u32(gpsAt)],
    ...u32(0),
    ...make,
    ...u16(2),
    ...[...u16(0x0001), ...u16(2), ...u32(2), ...ascii('N'), 0, 0, 0],
    ...[...u16(0x0002), ...u16(5), ...u32(3), ...u32(latAt)],
    ...u32(0),
    ...[...u32(29), ...u32(1), ...u32(33), ...u32(1), ...u32(30), ...u32(1)]
  ]
  const payload = [...ascii('Exif'), 0, 0, ...tiff]
  return Uint8Array.from([0xff, 0xe1, ...u16(payload.length + 2), ...payload])
}

/** The JPEG with the segment inserted right after SOI, where phones write it. */
export function withSegment(jpeg: Uint8Array, segment: Uint8Array): Uint8Array {
  return Uint8Array.from([...jpeg.slice(0, 2), ...segment, ...jpeg.slice(2)])
}

export function hasExif(bytes: Uint8Array): boolean {
  return jpegSegments(bytes).some((s) => s.marker === 0xe1 && String.fromCharCode(...s.payload.slice(0, 4)) === 'Exif')
}

/** True when the bytes contain `text` anywhere (a tag's value survives in no segment). */
export function contains(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes).includes(Buffer.from(text, 'latin1'))
}
