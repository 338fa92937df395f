// The browser plane's measuring and dragging (index.h5.tsx): the DOM work apart from what is drawn.
import { useEffect, useRef, useState } from 'react'
import type { LatLng } from '../../domain/places'

// Design heights 440 / 260 at 750 design px: the plane's CSS height is this share of the width.
const HEIGHT_RATIO = { normal: 440 / 750, compact: 260 / 750 }
// A few pixels of wobble is a tap, not a drag.
const DRAG_THRESHOLD_PX = 6

/** The plane's size in CSS pixels, read from the element `.surface` (it follows the page width). */
export function usePlaneSize(surface: string, compact: boolean): { width: number; height: number } {
  const [width, setWidth] = useState(() =>
    typeof window === 'undefined' ? 343 : Math.max(200, window.innerWidth - 32)
  )
  useEffect(() => {
    const measure = () => {
      // Layout width, not the on-screen one: care mode zooms the page body, and the pins are
      // placed inside that zoom.
      const el = document.querySelector(`.${surface}`) as HTMLElement | null
      const w = el?.offsetWidth
      if (w && w > 0) setWidth(w)
    }
    measure()
    window.addEventListener('resize', measure)
    return () => window.removeEventListener('resize', measure)
  }, [surface])
  const viewportWidth = typeof window === 'undefined' ? 375 : window.innerWidth
  return { width, height: Math.round(viewportWidth * (compact ? HEIGHT_RATIO.compact : HEIGHT_RATIO.normal)) }
}

/**
 * Drag to pan, with pointer events (mouse and touch alike) on `.surface`: `pan` gets the pointer's
 * offset from where the drag began and the centre the view had then.
 */
export function useDragToPan(
  surface: string,
  centre: () => LatLng,
  pan: (dx: number, dy: number, from: LatLng) => void
): void {
  // The latest callbacks, read when a pointer moves: the listeners are added once.
  const latest = useRef({ centre, pan })
  latest.current = { centre, pan }
  useEffect(() => {
    const el = document.querySelector(`.${surface}`) as HTMLElement | null
    if (!el) return
    let start: { x: number; y: number; centre: LatLng } | null = null
    const down = (e: PointerEvent) => {
      start = { x: e.clientX, y: e.clientY, centre: latest.current.centre() }
    }
    const move = (e: PointerEvent) => {
      if (!start) return
      const dx = e.clientX - start.x
      const dy = e.clientY - start.y
      if (Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return
      latest.current.pan(dx, dy, start.centre)
    }
    const up = () => {
      start = null
    }
    el.addEventListener('pointerdown', down)
    window.addEventListener('pointermove', move)
    window.addEventListener('pointerup', up)
    window.addEventListener('pointercancel', up)
    return () => {
      el.removeEventListener('pointerdown', down)
      window.removeEventListener('pointermove', move)
      window.removeEventListener('pointerup', up)
      window.removeEventListener('pointercancel', up)
    }
  }, [surface])
}
