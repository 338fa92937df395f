// What the server does to every image a row will carry, whatever the phone did: it checks that
// the bytes are the image they claim to be, and removes what could say where, when and with what
// the picture was taken (EXIF with GPS, XMP, IPTC, comments, text chunks) WITHOUT decoding or
// re-encoding the picture: its pixel data is copied byte for byte. The phone redraws photos on a
// canvas (services/photo-clean), which already drops all of it; this is the server's own check,
// for a client that did not (an old version, a script).
//
// Kept are only the parts needed to show the picture as it was drawn: for JPEG the JFIF header
// (APP0), the colour profile (APP2 ICC_PROFILE), Adobe's colour transform (APP14) and every
// non-APP segment (tables, frame, scans); for PNG the critical chunks and the ancillary chunks
// that change how pixels look (transparency, gamma, colour space, background, density, animation);
// for WebP the image, alpha, animation and colour profile chunks. Everything else goes, and so does
// anything after the image's end (a trailer, an appended video).
//
// References: JPEG, ITU-T T.81 Annex B (markers, segments, byte stuffing); JFIF 1.02; PNG, ISO/IEC
// 15948 (W3C PNG 3rd edition) chunks; WebP RIFF container (RFC 9649).

export type ImageFormat = 'jpg' | 'png' | 'webp'

export type Stripped =
  | { ok: true; format: ImageFormat; bytes: Uint8Array; removed: string[] }
  | { ok: false; reason: 'not-an-image' | 'malformed' }

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n))
const startsWith = (b: Uint8Array, bytes: readonly number[], at = 0) => bytes.every((x, i) => b[at + i] === x)

/** The image format the bytes are, by their signature; null when they are none of ours. */
export function imageFormatOf(bytes: Uint8Array): ImageFormat | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg'
  if (bytes.length >= 8 && startsWith(bytes, PNG_SIGNATURE)) return 'png'
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp'
  return null
}

/** The bytes without their metadata, or why they cannot be read as an image. */
export function stripImageMetadata(bytes: Uint8Array): Stripped {
  const format = imageFormatOf(bytes)
  if (!format) return { ok: false, reason: 'not-an-image' }
  const result = format === 'jpg' ? stripJpeg(bytes) : format === 'png' ? stripPng(bytes) : stripWebp(bytes)
  return result ? { ok: true, format, ...result } : { ok: false, reason: 'malformed' }
}

interface Parts {
  bytes: Uint8Array
  removed: string[]
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

// ---- JPEG ----

const SOS = 0xda
const EOI = 0xd9
const COM = 0xfe
const APP0 = 0xe0
const APP2 = 0xe2
const APP14 = 0xee

/** Whether an APPn or COM segment is needed to show the picture. */
function keepJpegSegment(marker: number, payload: Uint8Array): boolean {
  if (marker === COM) return false
  if (marker < APP0 || marker > 0xef) return true
  if (marker === APP0) return ascii(payload, 0, 5) === 'JFIF\0' || ascii(payload, 0, 5) === 'JFXX\0'
  if (marker === APP2) return ascii(payload, 0, 12) === 'ICC_PROFILE\0'
  if (marker === APP14) return ascii(payload, 0, 5) === 'Adobe'
  return false
}

function jpegName(marker: number, payload: Uint8Array): string {
  if (marker === COM) return 'COM'
  const id = ascii(payload, 0, 4)
    .replace(/[^\x20-\x7e]/g, '')
    .trim()
  return `APP${marker - APP0}${id ? ` ${id}` : ''}`
}

/**
 * Walks the markers from SOI to EOI. Segments carry a two-byte length; inside a scan's
 * entropy-coded data a 0xFF is followed by 0x00 (a stuffed byte) or a restart marker, and any
 * other marker ends the scan (tables between progressive scans, the next scan, EOI).
 */
function stripJpeg(b: Uint8Array): Parts | null {
  const kept: Uint8Array[] = [b.subarray(0, 2)]
  const removed: string[] = []
  let i = 2
  for (;;) {
    if (i >= b.length) return null
    if (b[i] !== 0xff) return null
    // Fill bytes: any number of 0xFF may come before a marker.
    while (i + 1 < b.length && b[i + 1] === 0xff) i += 1
    if (i + 1 >= b.length) return null
    const marker = b[i + 1]
    if (marker === EOI) {
      kept.push(b.subarray(i, i + 2))
      // Nothing after the end of the image is kept: trailers and appended files go too.
      if (i + 2 < b.length) removed.push('after EOI')
      return { bytes: concat(kept), removed }
    }
    // Standalone markers (TEM, RSTn) have no length.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      kept.push(b.subarray(i, i + 2))
      i += 2
      continue
    }
    if (marker === 0x00 || marker === 0xd8) return null
    if (i + 4 > b.length) return null
    const length = (b[i + 2] << 8) | b[i + 3]
    const end = i + 2 + length
    if (length < 2 || end > b.length) return null
    const payload = b.subarray(i + 4, end)
    if (keepJpegSegment(marker, payload)) kept.push(b.subarray(i, end))
    else removed.push(jpegName(marker, payload))
    i = end
    if (marker !== SOS) continue
    // The entropy-coded data of the scan, up to the next marker that is not stuffing or a restart.
    const start = i
    while (i < b.length) {
      if (b[i] === 0xff && i + 1 < b.length) {
        const next = b[i + 1]
        if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) {
          i += 2
          continue
        }
        if (next !== 0xff) break
      }
      i += 1
    }
    // 0xFF bytes right before the marker are fill (a data 0xFF is always followed by 0x00): left out.
    let dataEnd = i
    while (dataEnd > start && b[dataEnd - 1] === 0xff) dataEnd -= 1
    kept.push(b.subarray(start, dataEnd))
    i = dataEnd
    // A file cut off inside its last scan still shows what it has; there is nothing else in it.
    if (i >= b.length) return { bytes: concat(kept), removed }
  }
}

// ---- PNG ----

/** Ancillary chunks that change how the pixels look (or animate them); every other one goes. */
const PNG_RENDERING = new Set([
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'iCCP',
  'sBIT',
  'bKGD',
  'pHYs',
  'cICP',
  'mDCV',
  'cLLI',
  'acTL',
  'fcTL',
  'fdAT'
])

function stripPng(b: Uint8Array): Parts | null {
  const kept: Uint8Array[] = [b.subarray(0, 8)]
  const removed: string[] = []
  let i = 8
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
  while (i + 12 <= b.length) {
    const length = view.getUint32(i)
    const type = ascii(b, i + 4, 4)
    const end = i + 12 + length
    if (!/^[A-Za-z]{4}$/.test(type) || end > b.length) return null
    // A critical chunk (upper-case first letter) is needed by every decoder.
    const critical = type.charCodeAt(0) < 0x61
    if (critical || PNG_RENDERING.has(type)) kept.push(b.subarray(i, end))
    else removed.push(type)
    i = end
    if (type === 'IEND') {
      if (i < b.length) removed.push('after IEND')
      return { bytes: concat(kept), removed }
    }
  }
  return null
}

// ---- WebP ----

const WEBP_KEPT = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF', 'ICCP'])
// VP8X flags (RFC 9649, 2.7): EXIF and XMP say the file carries those chunks.
const VP8X_EXIF = 0x08
const VP8X_XMP = 0x04

function stripWebp(b: Uint8Array): Parts | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
  const riffEnd = 8 + view.getUint32(4, true)
  if (riffEnd > b.length || riffEnd < 12) return null
  const kept: Uint8Array[] = []
  const removed: string[] = []
  let i = 12
  while (i < riffEnd) {
    if (i + 8 > riffEnd) return null
    const type = ascii(b, i, 4)
    const size = view.getUint32(i + 4, true)
    // Chunks are padded to an even size.
    const end = i + 8 + size + (size % 2)
    if (end > riffEnd) return null
    if (WEBP_KEPT.has(type)) {
      const chunk = b.slice(i, end)
      if (type === 'VP8X' && size >= 1) chunk[8] &= ~(VP8X_EXIF | VP8X_XMP)
      kept.push(chunk)
    } else removed.push(type.trim())
    i = end
  }
  if (riffEnd < b.length) removed.push('after RIFF')
  const body = concat(kept)
  const header = new Uint8Array(12)
  header.set(b.subarray(0, 12))
  new DataView(header.buffer).setUint32(4, 4 + body.length, true)
  return { bytes: concat([header, body]), removed }
}
