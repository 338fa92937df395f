// The drawing pad's door to the browser's canvas. Taro's H5 <Canvas> is a <taro-canvas-core>
// wrapping a real <canvas>; a node query returns that inner canvas only when type='2d' and,
// unlike WeChat, returns no size with it, so the size comes from the element itself.
import Taro from '@tarojs/taro'
import type { Painter, Point, Surface } from '../domain/drawing'
import { queryUntilFound, type CanvasHost, type TouchLike } from './canvas-query'
import type { MouseHandlers } from './canvas-types'

export type CanvasSurface = Surface & { readonly canvas: HTMLCanvasElement }

export type { CanvasHost, TouchLike } from './canvas-query'

/** Resolves once the custom element has rendered its canvas (or null after a deadline). The page is one scope here: the host is not needed. */
export function openCanvas(id: string, _host: CanvasHost): Promise<CanvasSurface | null> {
  return queryUntilFound<CanvasSurface>((found, retry) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true })
      .exec((res: Array<{ node?: unknown } | null>) => {
        const node = res?.[0]?.node
        const ctx = node instanceof HTMLCanvasElement ? (node.getContext('2d') as Painter | null) : null
        if (node instanceof HTMLCanvasElement && ctx) {
          const rect = node.getBoundingClientRect()
          found({ canvas: node, ctx, width: rect.width, height: rect.height, dpr: window.devicePixelRatio || 1 })
        } else retry()
      })
  })
}

function fromClient(surface: CanvasSurface, clientX: number, clientY: number): Point {
  // Read the rect on every event: the page may have scrolled since the canvas was opened.
  const rect = surface.canvas.getBoundingClientRect()
  return { x: clientX - rect.left, y: clientY - rect.top }
}

export function touchPoint(e: TouchLike, surface: CanvasSurface): Point | null {
  const t = (e.touches?.[0] ?? e.changedTouches?.[0]) as { clientX?: unknown; clientY?: unknown } | undefined
  if (!t || typeof t.clientX !== 'number' || typeof t.clientY !== 'number') return null
  return fromClient(surface, t.clientX, t.clientY)
}

/**
 * Drawing with a mouse in the browser build. Move and up are watched on the window so a stroke
 * that leaves the canvas still ends. Returns the unsubscribe.
 */
export function listenMouse(surface: CanvasSurface, handlers: MouseHandlers): () => void {
  let down = false
  const onDown = (e: MouseEvent) => {
    if (e.button !== 0) return
    down = true
    e.preventDefault()
    handlers.down(fromClient(surface, e.clientX, e.clientY))
  }
  const onMove = (e: MouseEvent) => {
    if (down) handlers.move(fromClient(surface, e.clientX, e.clientY))
  }
  const onUp = () => {
    if (!down) return
    down = false
    handlers.up()
  }
  surface.canvas.addEventListener('mousedown', onDown)
  window.addEventListener('mousemove', onMove)
  window.addEventListener('mouseup', onUp)
  return () => {
    surface.canvas.removeEventListener('mousedown', onDown)
    window.removeEventListener('mousemove', onMove)
    window.removeEventListener('mouseup', onUp)
  }
}

/** A data:image/png;base64 URL (Taro's H5 canvasToTempFilePath also returns one, but finds the canvas by canvas-id). */
export async function exportPng(surface: CanvasSurface): Promise<string> {
  return surface.canvas.toDataURL('image/png')
}
