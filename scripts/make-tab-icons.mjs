// Draws the tabBar icons as real PNG files (WeChat's tabBar cannot use fonts or SVG).
// Shapes are signed-distance functions so edges come out anti-aliased without an image library.
// Run: node scripts/make-tab-icons.mjs  (the PNGs are committed; rerun only to change a shape)
import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { box, circle, coverage, cut, encodePng, len, ring, union } from './icon-kit.mjs'

const SIZE = 81
const OUT = join(dirname(fileURLToPath(import.meta.url)), '../src/assets/tabbar')
const COLORS = { normal: [0x8a, 0x8f, 0x99], active: [0xe8, 0x6a, 0x1c] }

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

function png(sdf, [r, g, b]) {
  return encodePng(SIZE, (x, y) => [r, g, b, coverage(sdf(x + 0.5, y + 0.5))])
}

mkdirSync(OUT, { recursive: true })
for (const [name, sdf] of Object.entries(shapes)) {
  writeFileSync(join(OUT, `${name}.png`), png(sdf, COLORS.normal))
  writeFileSync(join(OUT, `${name}-active.png`), png(sdf, COLORS.active))
}
console.log(`wrote ${Object.keys(shapes).length * 2} icons to ${OUT}`)
