// The drawing pad's door to WeChat's canvas 2d: find the node, read its size and pixel ratio,
// map touches, export a temporary PNG file.
import Taro from '@tarojs/taro'
import type { Painter, Point, Surface } from '../domain/drawing'
import { queryUntilFound, type CanvasHost, type TouchLike } from './canvas-query'
import type { MouseHandlers } from './canvas-types'

interface WechatCanvas {
  width: number
  height: number
  getContext(type: '2d'): unknown
}

export type CanvasSurface = Surface & { readonly canvas: WechatCanvas }

export type { CanvasHost, TouchLike } from './canvas-query'

/**
 * The component instance of the CustomWrapper around the canvas: Taro's runtime puts it on the
 * wrapper's element (`ctx`) once WeChat has attached the component.
 */
function scopeOf(host: CanvasHost): object | null {
  const ctx = (host.current as { ctx?: unknown } | null)?.ctx
  return ctx && typeof ctx === 'object' ? ctx : null
}

/** Resolves once the canvas node is in the view layer (or null after a deadline). */
export function openCanvas(id: string, host: CanvasHost): Promise<CanvasSurface | null> {
  return queryUntilFound<CanvasSurface>((found, retry) => {
    const scope = scopeOf(host)
    if (!scope) return retry()
    // A page-scope query does not see inside custom components (SelectorQuery.in).
    Taro.createSelectorQuery()
      .in(scope as TaroGeneral.IAnyObject)
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res: Array<{ node?: WechatCanvas; width?: number; height?: number } | null>) => {
        const hit = res?.[0]
        const ctx = hit?.node?.getContext('2d') as Painter | undefined
        if (hit?.node && ctx)
          found({ canvas: hit.node, ctx, width: hit.width ?? 0, height: hit.height ?? 0, dpr: pixelRatio() })
        else retry()
      })
  })
}

function pixelRatio(): number {
  // getWindowInfo needs base library 2.20.1; older clients still have getSystemInfoSync.
  const info = typeof Taro.getWindowInfo === 'function' ? Taro.getWindowInfo() : Taro.getSystemInfoSync()
  return info.pixelRatio || 1
}

/** WeChat's canvas touch carries x/y in canvas coordinates already (no rect to subtract). */
export function touchPoint(e: TouchLike, _surface: CanvasSurface): Point | null {
  const t = (e.touches?.[0] ?? e.changedTouches?.[0]) as { x?: unknown; y?: unknown } | undefined
  return t && typeof t.x === 'number' && typeof t.y === 'number' ? { x: t.x, y: t.y } : null
}

/** No mouse in WeChat: touches are all there is. */
export function listenMouse(_surface: CanvasSurface, _handlers: MouseHandlers): () => void {
  return () => {}
}

/** A temporary PNG file (wxfile://…) for wx.cloud.uploadFile; 2d canvases pass the node as `canvas`. */
export async function exportPng(surface: CanvasSurface): Promise<string> {
  const res = await Taro.canvasToTempFilePath({ canvas: surface.canvas as unknown as Taro.Canvas, fileType: 'png' })
  return res.tempFilePath
}
