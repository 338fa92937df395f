// Draws the map marker icons as real PNG files: WeChat's <map> markers need image files on disk
// (iconPath), not fonts, SVG or data URIs. One pin per category icon key of
// src/domain/places/model.ts, each with its own colour AND its own white glyph, so the colour is
// never the only thing that tells two categories apart.
// Drawn at 3× (84 px for the 28 px markers of markers.ts) with a flat body and a soft shadow,
// so they stay sharp on phone screens. Shapes are signed-distance functions, as in
// make-tab-icons.mjs, so edges come out anti-aliased without an image library.
// Run: node scripts/make-marker-icons.mjs  (the PNGs are committed; rerun only to change a shape)
import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { box, circle, coverage, cut, encodePalettePng, len, ring, union } from './icon-kit.mjs'

const SIZE = 84
const OUT = join(dirname(fileURLToPath(import.meta.url)), '../src/assets/markers')

const grow = (shape, r) => (x, y) => shape(x, y) - r
// Any simple polygon (Inigo Quilez's sdPolygon): distance to the nearest edge, negative inside.
const polygon = (pts) => (x, y) => {
  let d = Infinity
  let s = 1
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [ax, ay] = pts[i]
    const [bx, by] = pts[j]
    const ex = bx - ax
    const ey = by - ay
    const wx = x - ax
    const wy = y - ay
    const t = Math.max(0, Math.min(1, (wx * ex + wy * ey) / (ex * ex + ey * ey)))
    d = Math.min(d, len(wx - ex * t, wy - ey * t))
    const c1 = y >= ay
    const c2 = y < by
    const c3 = ex * wy > ey * wx
    if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) s = -s
  }
  return s * d
}
const star = (cx, cy, outer, inner) =>
  polygon(
    Array.from({ length: 10 }, (_, i) => {
      const r = i % 2 ? inner : outer
      const a = -Math.PI / 2 + (i * Math.PI) / 5
      return [cx + r * Math.cos(a), cy + r * Math.sin(a)]
    })
  )

// The pin: a round head (centre 42,32) narrowing to a tip at the bottom centre, where WeChat
// anchors a marker by default.
const CX = 42
const CY = 32
const pin = union(
  circle(CX, CY, 26),
  polygon([
    [CX - 18, 50],
    [CX + 18, 50],
    [CX, 79]
  ])
)
const outline = grow(pin, 3)
const shadow = (x, y) => len((x - CX) / 11, (y - 80) / 3) - 1

const cross = (hw, t) => union(box(CX, CY, hw, t, 1.5), box(CX, CY, t, hw, 1.5))

const ICONS = {
  // 托育: a baby bottle.
  childcare: {
    color: [0xc2, 0x41, 0x0c],
    glyph: union(box(CX, 38, 8.5, 11, 4), box(CX, 24.5, 6.5, 2.2, 1), circle(CX, 19.5, 3.6))
  },
  // 社区儿童之家: a house with a door.
  'children-home': {
    color: [0xa1, 0x4d, 0x05],
    glyph: cut(
      union(
        polygon([
          [CX, 15],
          [CX + 17, 30],
          [CX - 17, 30]
        ]),
        box(CX, 39, 11, 10)
      ),
      box(CX, 44, 3.6, 6)
    )
  },
  // 儿童医院: a cross inside a ring.
  'hospital-children': { color: [0xbe, 0x18, 0x5d], glyph: union(cross(9.5, 3.2), ring(circle(CX, CY, 17), 2.2)) },
  // 综合医院: a large plain cross.
  hospital: { color: [0xb9, 0x1c, 0x1c], glyph: cross(14, 4.6) },
  // 公园: a tree.
  park: {
    color: [0x15, 0x80, 0x3d],
    glyph: union(
      circle(CX, 23, 8.5),
      circle(CX, 30, 8),
      circle(CX - 8, 30, 8),
      circle(CX + 8, 30, 8),
      box(CX, 42, 3, 9, 1)
    )
  },
  // 图书馆: an open book.
  library: {
    color: [0x1d, 0x4e, 0xd8],
    glyph: union(
      polygon([
        [CX - 17, 20],
        [CX - 2, 24],
        [CX - 2, 46],
        [CX - 17, 42]
      ]),
      polygon([
        [CX + 2, 24],
        [CX + 17, 20],
        [CX + 17, 42],
        [CX + 2, 46]
      ])
    )
  },
  // 博物馆 · 纪念馆: a portico with three columns.
  museum: {
    color: [0x6d, 0x28, 0xd9],
    glyph: union(
      polygon([
        [CX, 14],
        [CX + 18, 24],
        [CX - 18, 24]
      ]),
      box(CX, 48, 17, 2.5),
      box(CX - 11, 36, 2.6, 9),
      box(CX, 36, 2.6, 9),
      box(CX + 11, 36, 2.6, 9)
    )
  },
  // 儿童活动空间: a star.
  'children-space': { color: [0x0f, 0x76, 0x6e], glyph: star(CX, CY + 1, 16, 7) },
  // 母婴室: a heart.
  'nursing-room': {
    color: [0x0e, 0x74, 0x90],
    glyph: union(
      circle(CX - 7, 27, 8),
      circle(CX + 7, 27, 8),
      polygon([
        [CX - 14.5, 30],
        [CX + 14.5, 30],
        [CX, 46]
      ])
    )
  }
}

/** Straight-alpha "over" of one RGBA colour onto another. */
function over(dst, [r, g, b, a]) {
  const outA = a + dst[3] * (1 - a)
  if (outA === 0) return [0, 0, 0, 0]
  const mix = (s, d) => (s * a + d * dst[3] * (1 - a)) / outA
  return [mix(r, dst[0]), mix(g, dst[1]), mix(b, dst[2]), outA]
}

function pixel(x, y, { color, glyph }) {
  let px = [0, 0, 0, 0]
  // A soft shadow under the tip, fading out over a few pixels.
  const s = shadow(x, y)
  px = over(px, [0, 0, 0, 0.28 * Math.max(0, Math.min(1, -s * 1.5 + 0.5))])
  px = over(px, [255, 255, 255, coverage(outline(x, y))])
  // A flat body: a gradient would take most of each file's bytes (the pins ship in the main package).
  px = over(px, [...color, coverage(pin(x, y))])
  px = over(px, [255, 255, 255, coverage(glyph(x, y))])
  return px
}

// The pins ship in the main package: 48 colours (the most used; the rest drawn in the nearest)
// keep the edges smooth at a third of the palette's bytes.
const COLOURS = 48

function png(icon) {
  return encodePalettePng(
    SIZE,
    (x, y) => {
      // 4× supersampling: the glyphs have thin parts that one sample per pixel would break up.
      let acc = [0, 0, 0, 0]
      for (const [ox, oy] of [
        [0.25, 0.25],
        [0.75, 0.25],
        [0.25, 0.75],
        [0.75, 0.75]
      ]) {
        const p = pixel(x + ox, y + oy, icon)
        acc = [acc[0] + p[0] * p[3], acc[1] + p[1] * p[3], acc[2] + p[2] * p[3], acc[3] + p[3]]
      }
      const a = acc[3] / 4
      return a ? [acc[0] / acc[3], acc[1] / acc[3], acc[2] / acc[3], a] : [0, 0, 0, 0]
    },
    COLOURS
  )
}

mkdirSync(OUT, { recursive: true })
for (const [name, icon] of Object.entries(ICONS)) {
  const data = png(icon)
  writeFileSync(join(OUT, `${name}.png`), data)
  console.log(`${name}.png ${data.length} bytes`)
}
console.log(`wrote ${Object.keys(ICONS).length} marker icons to ${OUT}`)
