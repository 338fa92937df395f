import {
  MAX_POINTS,
  MIN_POINT_DISTANCE,
  PALETTE,
  PAPER_COLOR,
  PEN_SIZES,
  canRestoreClear,
  canUndo,
  clear,
  emptyDrawing,
  endStroke,
  extendStroke,
  fromStrokes,
  isEmpty,
  isFull,
  paintAll,
  paintTail,
  pointCount,
  startStroke,
  strokeCount,
  undo,
  type Drawing,
  type Painter,
  type Point
} from './drawing'

const red = { color: '#e53935', width: 6 }
const blue = { color: '#1e6fd9', width: 16 }

/** Draws one stroke through the points and lifts the finger. */
function draw(d: Drawing, points: Point[], pen = red): Drawing {
  let next = startStroke(d, points[0], pen)
  for (const p of points.slice(1)) next = extendStroke(next, p)
  return endStroke(next)
}

const line = (y: number, n = 3): Point[] => Array.from({ length: n }, (_, i) => ({ x: i * 10, y }))

describe('strokes', () => {
  it('starts empty, and one finished stroke makes one stroke', () => {
    const d0 = emptyDrawing()
    expect(isEmpty(d0)).toBe(true)
    expect(strokeCount(d0)).toBe(0)
    expect(canUndo(d0)).toBe(false)

    const d1 = draw(d0, line(5))
    expect(isEmpty(d1)).toBe(false)
    expect(strokeCount(d1)).toBe(1)
    expect(d1.strokes[0]).toEqual({ color: red.color, width: 6, points: line(5) })
    expect(pointCount(d1)).toBe(3)
  })

  it('counts a stroke only when the finger lifts, but is no longer empty while drawing', () => {
    const open = startStroke(emptyDrawing(), { x: 1, y: 1 }, red)
    expect(strokeCount(open)).toBe(0)
    expect(isEmpty(open)).toBe(false)
    expect(strokeCount(endStroke(open))).toBe(1)
  })

  it('never changes the drawing it was given', () => {
    const d1 = draw(emptyDrawing(), line(5))
    const snapshot = JSON.stringify(d1)
    draw(d1, line(9))
    undo(d1)
    clear(d1)
    extendStroke(startStroke(d1, { x: 0, y: 0 }, blue), { x: 50, y: 50 })
    expect(JSON.stringify(d1)).toBe(snapshot)
  })

  it('returns the same object when nothing changes, so React skips a render', () => {
    const d0 = emptyDrawing()
    expect(extendStroke(d0, { x: 1, y: 1 })).toBe(d0)
    expect(endStroke(d0)).toBe(d0)
    expect(undo(d0)).toBe(d0)
    expect(clear(d0)).toBe(d0)
  })

  it('keeps each stroke in the pen it started with', () => {
    const d = draw(draw(emptyDrawing(), line(5), red), line(9), blue)
    expect(d.strokes.map((s) => [s.color, s.width])).toEqual([
      [red.color, 6],
      [blue.color, 16]
    ])
  })

  it('finishes a stroke left open when a new one starts (a lost touchend)', () => {
    let d = startStroke(emptyDrawing(), { x: 0, y: 0 }, red)
    d = startStroke(d, { x: 50, y: 50 }, blue)
    expect(strokeCount(d)).toBe(1)
    expect(d.active?.color).toBe(blue.color)
  })

  it('ignores points that are not numbers', () => {
    const d0 = emptyDrawing()
    expect(startStroke(d0, { x: NaN, y: 1 }, red)).toEqual(d0)
    const open = startStroke(d0, { x: 1, y: 1 }, red)
    expect(extendStroke(open, { x: Infinity, y: 1 })).toBe(open)
  })
})

describe('decimation', () => {
  it('skips points closer than the minimum distance to the last kept one', () => {
    let d = startStroke(emptyDrawing(), { x: 0, y: 0 }, red)
    d = extendStroke(d, { x: 1, y: 1 }) // √2 < 2: dropped
    d = extendStroke(d, { x: 1.5, y: 0 }) // still within 2 of (0,0): dropped
    d = extendStroke(d, { x: MIN_POINT_DISTANCE, y: 0 }) // exactly 2: kept
    d = extendStroke(d, { x: 3, y: 0 }) // 1 from the last kept: dropped
    expect(d.active?.points).toEqual([
      { x: 0, y: 0 },
      { x: 2, y: 0 }
    ])
    expect(pointCount(d)).toBe(2)
  })

  it('keeps a long slow stroke small', () => {
    let d = startStroke(emptyDrawing(), { x: 0, y: 0 }, red)
    for (let i = 1; i <= 1000; i++) d = extendStroke(d, { x: i * 0.5, y: 0 }) // 500 px in 0.5 px steps
    expect(pointCount(d)).toBe(251)
  })

  it('rounds coordinates to one decimal', () => {
    const d = startStroke(emptyDrawing(), { x: 10.04, y: 3.16 }, red)
    expect(d.active?.points[0]).toEqual({ x: 10, y: 3.2 })
  })
})

describe('point cap', () => {
  it('stops taking points at the cap, in the open stroke and for new strokes', () => {
    let d = startStroke(emptyDrawing(), { x: 0, y: 0 }, red)
    for (let i = 1; i < MAX_POINTS + 100; i++) d = extendStroke(d, { x: i * 3, y: 0 })
    expect(pointCount(d)).toBe(MAX_POINTS)
    expect(isFull(d)).toBe(true)
    d = endStroke(d)
    const full = d
    expect(startStroke(full, { x: 1, y: 100 }, red)).toBe(full)
    expect(strokeCount(full)).toBe(1)
  })

  it('makes room again after undo or clear', () => {
    let d = startStroke(emptyDrawing(), { x: 0, y: 0 }, red)
    for (let i = 1; i < MAX_POINTS; i++) d = extendStroke(d, { x: i * 3, y: 0 })
    d = endStroke(d)
    expect(isFull(d)).toBe(true)
    expect(isFull(undo(d))).toBe(false)
    expect(pointCount(clear(d))).toBe(0)
    expect(strokeCount(draw(clear(d), line(1)))).toBe(1)
  })
})

describe('undo and clear', () => {
  it('undo takes back the last stroke, then the one before', () => {
    let d = draw(draw(emptyDrawing(), line(5)), line(9))
    d = undo(d)
    expect(d.strokes.map((s) => s.points[0].y)).toEqual([5])
    d = undo(d)
    expect(isEmpty(d)).toBe(true)
    expect(canUndo(d)).toBe(false)
    expect(pointCount(d)).toBe(0)
  })

  it('undo during a stroke drops just that stroke', () => {
    const d1 = draw(emptyDrawing(), line(5))
    const open = extendStroke(startStroke(d1, { x: 0, y: 50 }, blue), { x: 30, y: 50 })
    const back = undo(open)
    expect(back.active).toBeNull()
    expect(back.strokes).toEqual(d1.strokes)
    expect(pointCount(back)).toBe(3)
  })

  it('clear empties the pad and undo brings the whole picture back, with its own undo steps', () => {
    const drawn = draw(draw(emptyDrawing(), line(5)), line(9))
    const cleared = clear(drawn)
    expect(isEmpty(cleared)).toBe(true)
    expect(canUndo(cleared)).toBe(true)
    expect(canRestoreClear(cleared)).toBe(true)

    const restored = undo(cleared)
    expect(restored.strokes).toEqual(drawn.strokes)
    expect(pointCount(restored)).toBe(6)
    expect(canRestoreClear(restored)).toBe(false)
    expect(undo(restored).strokes).toHaveLength(1)
  })

  it('undoes a clear only after the strokes drawn since', () => {
    let d = clear(draw(emptyDrawing(), line(5)))
    d = draw(d, line(20))
    expect(canRestoreClear(d)).toBe(false)
    d = undo(d)
    expect(isEmpty(d)).toBe(true)
    d = undo(d)
    expect(d.strokes.map((s) => s.points[0].y)).toEqual([5])
  })

  it('clearing an empty pad is not an undo step', () => {
    const d = clear(clear(draw(emptyDrawing(), line(5))))
    expect(d.history.filter((e) => e.kind === 'clear')).toHaveLength(1)
  })

  it('keeps at most MAX_POINTS of cleared pictures for undo, dropping the oldest clear', () => {
    const big = (d: Drawing, y: number) => {
      let next = startStroke(d, { x: 0, y }, red)
      for (let i = 1; i < 3000; i++) next = extendStroke(next, { x: i * 3, y })
      return endStroke(next)
    }
    let d = clear(big(emptyDrawing(), 1)) // 3000 stashed
    d = clear(big(d, 2)) // 6000 > cap: the first picture is forgotten
    d = undo(d)
    expect(d.strokes.map((s) => s.points[0].y)).toEqual([2])
    d = undo(d)
    expect(isEmpty(d)).toBe(true)
    expect(canUndo(d)).toBe(false)
  })
})

describe('fromStrokes', () => {
  it('rebuilds a saved drawing with one undo step per stroke', () => {
    const saved = draw(draw(emptyDrawing(), line(5), red), line(9), blue).strokes
    const d = fromStrokes(saved)
    expect(d.strokes).toEqual(saved)
    expect(pointCount(d)).toBe(6)
    expect(undo(d).strokes).toEqual([saved[0]])
    expect(isEmpty(undo(undo(d)))).toBe(true)
  })

  it('applies the same checks as a finger: bad points, empty strokes and the cap', () => {
    const huge = { ...red, points: Array.from({ length: MAX_POINTS + 10 }, (_, i) => ({ x: i * 3, y: 0 })) }
    const d = fromStrokes([
      { ...red, points: [] },
      { ...red, points: [{ x: NaN, y: 0 }] },
      huge,
      { ...blue, points: [{ x: 1, y: 1 }] }
    ])
    expect(strokeCount(d)).toBe(1)
    expect(pointCount(d)).toBe(MAX_POINTS)
  })
})

describe('pens', () => {
  it('offers named colours and two widths, all distinct', () => {
    expect(new Set(PALETTE.map((c) => c.color)).size).toBe(PALETTE.length)
    expect(PALETTE.map((c) => c.name)).toContain('红色')
    expect(PEN_SIZES.map((p) => p.width)).toEqual([6, 16])
  })
})

function fakeSurface(width = 100, height = 50, dpr = 2) {
  const calls: string[] = []
  const ctx: Painter = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    lineCap: 'butt',
    lineJoin: 'miter',
    scale: (x, y) => calls.push(`scale ${x} ${y}`),
    fillRect: (x, y, w, h) => calls.push(`fillRect ${ctx.fillStyle} ${x} ${y} ${w} ${h}`),
    beginPath: () => calls.push('beginPath'),
    moveTo: (x, y) => calls.push(`moveTo ${x} ${y}`),
    lineTo: (x, y) => calls.push(`lineTo ${x} ${y}`),
    arc: (x, y, r) => calls.push(`arc ${x} ${y} ${r}`),
    stroke: () => calls.push(`stroke ${ctx.strokeStyle} ${ctx.lineWidth}`),
    fill: () => calls.push(`fill ${ctx.fillStyle}`)
  }
  return { surface: { canvas: { width: 300, height: 150 }, ctx, width, height, dpr }, calls }
}

describe('painting', () => {
  it('sizes the backing store by the pixel ratio once, then paints paper and strokes', () => {
    const { surface, calls } = fakeSurface()
    const d = draw(draw(emptyDrawing(), [{ x: 5, y: 5 }]), line(9), blue)
    paintAll(surface, d)
    expect(surface.canvas).toEqual({ width: 200, height: 100 })
    expect(calls).toEqual([
      'scale 2 2',
      `fillRect ${PAPER_COLOR} 0 0 100 50`,
      'beginPath',
      'arc 5 5 3',
      `fill ${red.color}`,
      'beginPath',
      'moveTo 0 9',
      'lineTo 10 9',
      'lineTo 20 9',
      `stroke ${blue.color} 16`
    ])
    calls.length = 0
    paintAll(surface, emptyDrawing())
    expect(calls).toEqual([`fillRect ${PAPER_COLOR} 0 0 100 50`])
  })

  it('paints only the newest segment of a growing stroke', () => {
    const { surface, calls } = fakeSurface()
    let d = startStroke(emptyDrawing(), { x: 0, y: 0 }, red)
    paintTail(surface, d.active!)
    expect(calls).toEqual(['beginPath', 'arc 0 0 3', `fill ${red.color}`])
    calls.length = 0
    d = extendStroke(extendStroke(d, { x: 10, y: 0 }), { x: 20, y: 0 })
    paintTail(surface, d.active!)
    expect(calls).toEqual(['beginPath', 'moveTo 10 0', 'lineTo 20 0', `stroke ${red.color} 6`])
  })
})
