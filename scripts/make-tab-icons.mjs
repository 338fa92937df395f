// Draws the tabBar icons as real PNG files (WeChat's tabBar cannot use fonts or SVG).
// Shapes are signed-distance functions so edges come out anti-aliased without an image library.
// Run: node scripts/make-tab-icons.mjs  (the PNGs are committed; rerun only to change a shape)
import { writeFileSync, mkdirSync } from 'node:fs'
import { deflateSync } from 'node:zlib'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const SIZE = 81
const OUT = join(dirname(fileURLToPath(import.meta.url)), '../src/assets/tabbar')
const COLORS = { normal: [0x8a, 0x8f, 0x99], active: [0xe8, 0x6a, 0x1c] }

const len = (x, y) => Math.hypot(x, y)
const circle = (cx, cy, r) => (x, y) => len(x - cx, y - cy) - r
const box = (cx, cy, hw, hh, r = 0) => (x, y) => {
  const qx = Math.abs(x - cx) - hw + r
  const qy = Math.abs(y - cy) - hh + r
  return len(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
}
const ring = (shape, w) => (x, y) => Math.abs(shape(x, y)) - w
const union = (...s) => (x, y) => Math.min(...s.map((f) => f(x, y)))
const cut = (a, b) => (x, y) => Math.max(a(x, y), -b(x, y))
// Triangle by three half-planes (convex), good enough for a roof and a pin tip.
const tri = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const edge = (px, py, qx, qy) => {
    const nx = qy - py
    const ny = px - qx
    const l = len(nx, ny)
    return ((x - px) * nx + (y - py) * ny) / l
  }
  return Math.max(edge(ax, ay, bx, by), edge(bx, by, cx, cy), edge(cx, cy, ax, ay))
}

const shapes = {
  home: union(
    ring(tri(40.5, 12, 70, 40, 11, 40), 3.2),
    cut(ring(box(40.5, 52, 20, 16, 2), 3.2), box(40.5, 36, 16, 4)),
    box(40.5, 60, 5, 8, 1.5)
  ),
  map: union(
    cut(union(circle(40.5, 32, 19), tri(24, 42, 57, 42, 40.5, 70)), circle(40.5, 32, 7.5)),
    box(40.5, 74, 18, 2, 1)
  ),
  suggest: union(
    ring(box(40.5, 36, 27, 20, 10), 3.2),
    tri(26, 52, 40, 54, 22, 68),
    circle(29, 36, 3.6),
    circle(40.5, 36, 3.6),
    circle(52, 36, 3.6)
  ),
  policy: union(
    ring(box(40.5, 40.5, 22, 28, 4), 3.2),
    box(40.5, 28, 13, 2.2, 1),
    box(40.5, 39, 13, 2.2, 1),
    box(36, 50, 8.5, 2.2, 1)
  ),
  mine: union(ring(circle(40.5, 27, 12), 3.2), cut(ring(circle(40.5, 74, 27), 3.2), box(40.5, 80, 40, 6)))
}

function crc32(buf) {
  let c
  const table = crc32.table ||= Array.from({ length: 256 }, (_, n) => {
    c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
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
function png(sdf, [r, g, b]) {
  const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE)
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0
    for (let x = 0; x < SIZE; x++) {
      const d = sdf(x + 0.5, y + 0.5)
      const alpha = Math.max(0, Math.min(1, 0.5 - d))
      const i = y * (SIZE * 4 + 1) + 1 + x * 4
      raw[i] = r
      raw[i + 1] = g
      raw[i + 2] = b
      raw[i + 3] = Math.round(alpha * 255)
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(SIZE, 0)
  ihdr.writeUInt32BE(SIZE, 4)
  ihdr[8] = 8
  ihdr[9] = 6
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}

mkdirSync(OUT, { recursive: true })
for (const [name, sdf] of Object.entries(shapes)) {
  writeFileSync(join(OUT, `${name}.png`), png(sdf, COLORS.normal))
  writeFileSync(join(OUT, `${name}-active.png`), png(sdf, COLORS.active))
}
console.log(`wrote ${Object.keys(shapes).length * 2} icons to ${OUT}`)
