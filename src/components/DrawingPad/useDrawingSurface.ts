// The drawing pad's surface: opens the canvas, keeps the strokes model, turns touches and mouse
// moves into strokes, repaints, and exports. The controls only read `drawing` and call undo/clear.
import type { CanvasTouchEvent } from '@tarojs/components'
import { useEffect, useMemo, useRef, useState } from 'react'
import {
  clear,
  emptyDrawing,
  endStroke,
  extendStroke,
  fromStrokes,
  isEmpty,
  paintAll,
  paintTail,
  startStroke,
  strokeCount,
  undo,
  type Drawing,
  type Pen,
  type Point,
  type Stroke
} from '../../domain/drawing'
import {
  exportPng,
  listenMouse,
  openCanvas,
  touchPoint,
  type CanvasHost,
  type CanvasSurface
} from '../../services/canvas'

export interface DrawingPadState {
  empty: boolean
  strokes: number
}

export interface DrawingPadHandle {
  /** WeChat: a temporary PNG file path; browser: a data:image/png;base64 URL. Rejects when empty. */
  exportImage(): Promise<string>
  /** The strokes as data (points in canvas px), e.g. to keep a draft. */
  getStrokes(): readonly Stroke[]
}

export interface DrawingSurfaceOptions {
  canvasId: string
  /** The CustomWrapper the canvas is rendered in: the scope its node is queried in. */
  host: CanvasHost
  /** The pen the next stroke is drawn with. */
  pen: Pen
  /** Read on mount only. */
  initialStrokes?: readonly Stroke[]
  onChange?: (state: DrawingPadState) => void
}

export interface DrawingSurface {
  /** The model as last rendered: updated when a stroke ends, on undo and on clear, not on each move. */
  drawing: Drawing
  /** The canvas can take strokes (until then a touch would be lost; tests wait for it). */
  ready: boolean
  /** Stable for the pad's lifetime: what the parent's ref receives. */
  handle: DrawingPadHandle
  /** For the <Canvas>: touches become strokes. */
  canvasEvents: {
    onTouchStart(e: CanvasTouchEvent): void
    onTouchMove(e: CanvasTouchEvent): void
    onTouchEnd(): void
    onTouchCancel(): void
  }
  undo(): void
  clear(): void
}

export function useDrawingSurface({
  canvasId,
  host,
  pen,
  initialStrokes,
  onChange
}: DrawingSurfaceOptions): DrawingSurface {
  // The ref is the truth for event handlers (a move must not wait for a render); the state copy
  // re-renders the controls.
  const [drawing, setDrawing] = useState<Drawing>(() => (initialStrokes ? fromStrokes(initialStrokes) : emptyDrawing()))
  const drawingRef = useRef(drawing)
  const surfaceRef = useRef<CanvasSurface | null>(null)
  const openedRef = useRef<Promise<CanvasSurface | null> | null>(null)
  const penRef = useRef(pen)
  penRef.current = pen
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  const [ready, setReady] = useState(false)

  // Everything below reads only refs, so one set serves every render and is never re-bound.
  const ops = useMemo(() => {
    const apply = (next: Drawing, render: boolean) => {
      drawingRef.current = next
      if (render) setDrawing(next)
    }
    const repaint = () => {
      if (surfaceRef.current) paintAll(surfaceRef.current, drawingRef.current)
    }
    const begin = (p: Point) => {
      const prev = drawingRef.current
      const next = startStroke(prev, p, penRef.current)
      if (next === prev) return
      apply(next, next.strokes !== prev.strokes)
      if (surfaceRef.current && next.active) paintTail(surfaceRef.current, next.active)
    }
    const move = (p: Point) => {
      const next = extendStroke(drawingRef.current, p)
      if (next === drawingRef.current) return
      apply(next, false)
      if (surfaceRef.current && next.active) paintTail(surfaceRef.current, next.active)
    }
    const finish = () => {
      const next = endStroke(drawingRef.current)
      if (next !== drawingRef.current) apply(next, true)
    }
    const change = (step: (d: Drawing) => Drawing) => () => {
      const next = step(drawingRef.current)
      if (next === drawingRef.current) return
      apply(next, true)
      repaint()
    }
    const handle: DrawingPadHandle = {
      async exportImage() {
        const surface = surfaceRef.current ?? (await openedRef.current)
        if (!surface) throw new Error('画板还没有准备好')
        if (isEmpty(drawingRef.current)) throw new Error('还没有画画')
        // Repaint from the model so the file always matches what undo/clear left.
        paintAll(surface, drawingRef.current)
        return exportPng(surface)
      },
      getStrokes: () => drawingRef.current.strokes
    }
    const canvasEvents = {
      onTouchStart(e: CanvasTouchEvent) {
        // Keeps the browser from scrolling and from sending a copy of the tap as mouse events.
        e.preventDefault()
        if (!surfaceRef.current || e.touches.length > 1) return
        const p = touchPoint(e, surfaceRef.current)
        if (p) begin(p)
      },
      onTouchMove(e: CanvasTouchEvent) {
        e.preventDefault()
        if (!surfaceRef.current) return
        const p = touchPoint(e, surfaceRef.current)
        if (p) move(p)
      },
      onTouchEnd: finish,
      onTouchCancel: finish
    }
    return { begin, move, finish, repaint, handle, canvasEvents, undo: change(undo), clear: change(clear) }
  }, [])

  useEffect(() => {
    let alive = true
    let unlisten = () => {}
    const opened = openCanvas(canvasId, host)
    openedRef.current = opened
    void opened.then((surface) => {
      if (!alive || !surface) return
      surfaceRef.current = surface
      ops.repaint()
      unlisten = listenMouse(surface, { down: ops.begin, move: ops.move, up: ops.finish })
      setReady(true)
    })
    return () => {
      alive = false
      setReady(false)
      surfaceRef.current = null
      unlisten()
    }
  }, [canvasId, host, ops])

  // Report changes of emptiness or stroke count, not the initial state.
  const empty = isEmpty(drawing)
  const strokes = strokeCount(drawing)
  const reported = useRef<DrawingPadState>({ empty, strokes })
  useEffect(() => {
    if (reported.current.empty === empty && reported.current.strokes === strokes) return
    reported.current = { empty, strokes }
    onChangeRef.current?.({ empty, strokes })
  }, [empty, strokes])

  return { drawing, ready, handle: ops.handle, canvasEvents: ops.canvasEvents, undo: ops.undo, clear: ops.clear }
}
