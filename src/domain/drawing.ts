// The children's drawing pad as data: strokes of points, with undo that also brings back a
// clear. Pure and immutable (every change returns a new Drawing, an unchanged one the same
// object) so React state and tests can use it directly; no @tarojs import.

export interface Point {
  readonly x: number
  readonly y: number
}

export interface Pen {
  readonly color: string
  readonly width: number
}

export interface Stroke extends Pen {
  readonly points: readonly Point[]
}

type HistoryEntry = { readonly kind: 'stroke' } | { readonly kind: 'clear'; readonly strokes: readonly Stroke[] }

export interface Drawing {
  /** Finished strokes, oldest first. */
  readonly strokes: readonly Stroke[]
  /** The stroke under the finger right now. */
  readonly active: Stroke | null
  /** What undo can take back, newest last. */
  readonly history: readonly HistoryEntry[]
  /** Points in strokes + active: the size of what could be uploaded. */
  readonly points: number
}

/** Points closer than this (canvas px) to the previous one add nothing visible. */
export const MIN_POINT_DISTANCE = 2
/** A child can scribble for minutes; the pad stops taking points here. */
export const MAX_POINTS = 5000

/** Big, distinct swatches; names are what children and screen readers hear. */
export const PALETTE = [
  { id: 'black', name: '黑色', color: '#2b2b2b' },
  { id: 'red', name: '红色', color: '#e53935' },
  { id: 'yellow', name: '黄色', color: '#f9c400' },
  { id: 'green', name: '绿色', color: '#2e9d3a' },
  { id: 'blue', name: '蓝色', color: '#1e6fd9' },
  { id: 'purple', name: '紫色', color: '#8e3bb5' }
] as const

export const PEN_SIZES = [
  { id: 'thin', name: '细笔', width: 6 },
  { id: 'thick', name: '粗笔', width: 16 }
] as const

export type ColorId = (typeof PALETTE)[number]['id']
export type PenSizeId = (typeof PEN_SIZES)[number]['id']

export function emptyDrawing(): Drawing {
  return { strokes: [], active: null, history: [], points: 0 }
}

/**
 * A drawing rebuilt from saved strokes (getStrokes() of an earlier pad), each stroke one undo
 * step. Points go through the same checks as a finger's, so stored data cannot exceed the cap.
 */
export function fromStrokes(strokes: readonly Stroke[]): Drawing {
  let d = emptyDrawing()
  for (const s of strokes) {
    if (s.points.length === 0) continue
    d = startStroke(d, s.points[0], s)
    for (const p of s.points.slice(1)) d = extendStroke(d, p)
    d = endStroke(d)
  }
  return d
}

// One decimal is far below a finger's precision and keeps a serialised drawing small.
const round = (v: number) => Math.round(v * 10) / 10
const usable = (p: Point) => Number.isFinite(p.x) && Number.isFinite(p.y)

export function isEmpty(d: Drawing): boolean {
  return d.strokes.length === 0 && d.active === null
}

export function strokeCount(d: Drawing): number {
  return d.strokes.length
}

export function pointCount(d: Drawing): number {
  return d.points
}

export function isFull(d: Drawing): boolean {
  return d.points >= MAX_POINTS
}

export function canUndo(d: Drawing): boolean {
  return d.active !== null || d.history.length > 0
}

/** True right after a clear, while undo would bring the picture back. */
export function canRestoreClear(d: Drawing): boolean {
  return d.strokes.length === 0 && d.history[d.history.length - 1]?.kind === 'clear'
}

/** A finger goes down. A stroke left open (a lost touchend) is finished first. */
export function startStroke(d: Drawing, point: Point, pen: Pen): Drawing {
  const base = endStroke(d)
  if (!usable(point) || isFull(base)) return base
  const stroke: Stroke = { color: pen.color, width: pen.width, points: [{ x: round(point.x), y: round(point.y) }] }
  return { ...base, active: stroke, points: base.points + 1 }
}

/** The finger moves: adds the point unless it is too close to the last one or the pad is full. */
export function extendStroke(d: Drawing, point: Point): Drawing {
  const active = d.active
  if (!active || !usable(point) || isFull(d)) return d
  const last = active.points[active.points.length - 1]
  const p = { x: round(point.x), y: round(point.y) }
  if (Math.hypot(p.x - last.x, p.y - last.y) < MIN_POINT_DISTANCE) return d
  return { ...d, active: { ...active, points: [...active.points, p] }, points: d.points + 1 }
}

/** The finger lifts: the stroke becomes part of the picture and one undo step. */
export function endStroke(d: Drawing): Drawing {
  if (!d.active) return d
  return { ...d, strokes: [...d.strokes, d.active], active: null, history: [...d.history, { kind: 'stroke' }] }
}

/** Takes back the open stroke, else the last stroke, else brings back what the last clear removed. */
export function undo(d: Drawing): Drawing {
  if (d.active) return { ...d, active: null, points: d.points - d.active.points.length }
  const last = d.history[d.history.length - 1]
  if (!last) return d
  const strokes = last.kind === 'stroke' ? d.strokes.slice(0, -1) : last.strokes
  return { strokes, active: null, history: d.history.slice(0, -1), points: countPoints(strokes) }
}

/**
 * Empties the pad without asking (a dialog is one more thing for a child to misread); the
 * strokes are kept so undo brings them back.
 */
export function clear(d: Drawing): Drawing {
  const base = d.active ? undo(d) : d
  if (base.strokes.length === 0) return base
  return {
    strokes: [],
    active: null,
    history: trimHistory([...base.history, { kind: 'clear', strokes: base.strokes }]),
    points: 0
  }
}

// Cleared pictures stay in memory for undo; keep at most MAX_POINTS of them so clear-and-draw
// again cannot grow without bound. The oldest clear goes first, with every step before it.
function trimHistory(history: HistoryEntry[]): HistoryEntry[] {
  let kept = history
  while (stashedPoints(kept) > MAX_POINTS) {
    const firstClear = kept.findIndex((e) => e.kind === 'clear')
    kept = kept.slice(firstClear + 1)
  }
  return kept
}

function stashedPoints(history: readonly HistoryEntry[]): number {
  return history.reduce((n, e) => (e.kind === 'clear' ? n + countPoints(e.strokes) : n), 0)
}

function countPoints(strokes: readonly Stroke[]): number {
  return strokes.reduce((n, s) => n + s.points.length, 0)
}

// ---- Painting onto a 2D canvas context (WeChat's canvas 2d and the browser's share this API).

/** The part of CanvasRenderingContext2D the pad uses. */
export interface Painter {
  fillStyle: unknown
  strokeStyle: unknown
  lineWidth: number
  lineCap: string
  lineJoin: string
  scale(x: number, y: number): void
  fillRect(x: number, y: number, w: number, h: number): void
  beginPath(): void
  moveTo(x: number, y: number): void
  lineTo(x: number, y: number): void
  arc(x: number, y: number, r: number, start: number, end: number): void
  stroke(): void
  fill(): void
}

/** A canvas ready to paint on: its backing store, context, size in CSS px and pixel ratio. */
export interface Surface {
  readonly canvas: { width: number; height: number }
  readonly ctx: Painter
  readonly width: number
  readonly height: number
  readonly dpr: number
}

export const PAPER_COLOR = '#ffffff'

/**
 * Repaints everything: white paper (so the exported PNG is not transparent) and every stroke.
 * Sizes the backing store to CSS size × pixel ratio first; setting a canvas's size resets its
 * transform, so the ratio scale is applied only then.
 */
export function paintAll(s: Surface, d: Drawing): void {
  const w = Math.round(s.width * s.dpr)
  const h = Math.round(s.height * s.dpr)
  if (s.canvas.width !== w || s.canvas.height !== h) {
    s.canvas.width = w
    s.canvas.height = h
    s.ctx.scale(s.dpr, s.dpr)
  }
  s.ctx.fillStyle = PAPER_COLOR
  s.ctx.fillRect(0, 0, s.width, s.height)
  for (const stroke of d.strokes) paintStroke(s.ctx, stroke, 0)
  if (d.active) paintStroke(s.ctx, d.active, 0)
}

/** Paints only the newest piece of a growing stroke (a dot for its first point). */
export function paintTail(s: Surface, stroke: Stroke): void {
  paintStroke(s.ctx, stroke, Math.max(0, stroke.points.length - 2))
}

function paintStroke(ctx: Painter, stroke: Stroke, from: number): void {
  const pts = stroke.points
  if (pts.length === 0) return
  if (pts.length === 1) {
    ctx.fillStyle = stroke.color
    ctx.beginPath()
    ctx.arc(pts[0].x, pts[0].y, stroke.width / 2, 0, Math.PI * 2)
    ctx.fill()
    return
  }
  ctx.strokeStyle = stroke.color
  ctx.lineWidth = stroke.width
  ctx.lineCap = 'round'
  ctx.lineJoin = 'round'
  ctx.beginPath()
  ctx.moveTo(pts[from].x, pts[from].y)
  for (let i = from + 1; i < pts.length; i++) ctx.lineTo(pts[i].x, pts[i].y)
  ctx.stroke()
}
