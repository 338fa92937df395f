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
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr[8] = 8
  ihdr[9] = 6
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}
