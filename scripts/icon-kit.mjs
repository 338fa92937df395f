// Shared by the icon scripts: signed-distance shapes (anti-aliased edges without an image
// library) and a minimal RGBA PNG encoder.
import { deflateSync } from 'node:zlib'

export const len = (x, y) => Math.hypot(x, y)
export const circle = (cx, cy, r) => (x, y) => len(x - cx, y - cy) - r
export const box =
  (cx, cy, hw, hh, r = 0) =>
  (x, y) => {
    const qx = Math.abs(x - cx) - hw + r
    const qy = Math.abs(y - cy) - hh + r
    return len(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
  }
export const ring = (shape, w) => (x, y) => Math.abs(shape(x, y)) - w
export const union =
  (...s) =>
  (x, y) =>
    Math.min(...s.map((f) => f(x, y)))
export const cut = (a, b) => (x, y) => Math.max(a(x, y), -b(x, y))
/** How much of a pixel a shape covers, from its signed distance at the pixel centre. */
export const coverage = (d) => Math.max(0, Math.min(1, 0.5 - d))

function crc32(buf) {
  let c
  const table = (crc32.table ||= Array.from({ length: 256 }, (_, n) => {
    c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  }))
  let crc = 0xffffffff
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  out.write(type, 4, 'ascii')
  data.copy(out, 8)
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
  return out
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function header(size, colourType) {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr[8] = 8
  ihdr[9] = colourType
  return chunk('IHDR', ihdr)
}

/**
 * A size×size palette PNG (one byte a pixel instead of four; the marker icons ship in the main
 * package, where every kilobyte counts). Colours beyond `maxColours` (at most 256) — the
 * anti-aliased edge blends — are mapped to the nearest of the most used ones, alpha weighted like
 * a colour channel.
 */
export function encodePalettePng(size, pixel, maxColours = 256) {
  const rgba = []
  const counts = new Map()
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y)
      const c = [Math.round(r), Math.round(g), Math.round(b), Math.round(a * 255)]
      // Fully transparent pixels are one colour whatever their RGB.
      const key = c[3] === 0 ? 0 : ((c[0] << 24) | (c[1] << 16) | (c[2] << 8) | c[3]) >>> 0
      rgba.push(key)
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  const palette = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, Math.min(256, maxColours))
    .map(([k]) => k)
  const channels = (k) => [k >>> 24, (k >>> 16) & 255, (k >>> 8) & 255, k & 255]
  const index = new Map(palette.map((k, i) => [k, i]))
  const nearest = (k) => {
    const c = channels(k)
    let best = 0
    let bestD = Infinity
    palette.forEach((p, i) => {
      const q = channels(p)
      const d = (c[0] - q[0]) ** 2 + (c[1] - q[1]) ** 2 + (c[2] - q[2]) ** 2 + 2 * (c[3] - q[3]) ** 2
      if (d < bestD) [best, bestD] = [i, d]
    })
    index.set(k, best)
    return best
  }
  const raw = Buffer.alloc((size + 1) * size)
  rgba.forEach((k, n) => {
    raw[Math.floor(n / size) * (size + 1) + 1 + (n % size)] = index.get(k) ?? nearest(k)
  })
  const plte = Buffer.from(palette.flatMap((k) => channels(k).slice(0, 3)))
  const trns = Buffer.from(palette.map((k) => k & 255))
  return Buffer.concat([
    PNG_SIGNATURE,
    header(size, 3),
    chunk('PLTE', plte),
    chunk('tRNS', trns),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}

/** A size×size RGBA PNG; `pixel(x, y)` returns [r, g, b, a] with a in 0–1. */
export function encodePng(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size)
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y)
      const i = y * (size * 4 + 1) + 1 + x * 4
      raw[i] = Math.round(r)
      raw[i + 1] = Math.round(g)
      raw[i + 2] = Math.round(b)
      raw[i + 3] = Math.round(a * 255)
    }
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    header(size, 6),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}
