// What both platform files of ./canvas offer the drawing pad: a surface to paint on, touch and
// mouse points on it, and a PNG of it. Each platform's surface carries its own canvas object.
import type { Point, Surface } from '../domain/drawing'
import type { Implements } from '../platform-contract'
import type { CanvasHost, TouchLike } from './canvas-query'

export interface MouseHandlers {
  down(p: Point): void
  move(p: Point): void
  up(): void
}

export interface CanvasPlatform<S extends Surface> {
  /** `host`: the CustomWrapper the canvas is rendered in (its query scope on WeChat). */
  openCanvas: (id: string, host: CanvasHost) => Promise<S | null>
  touchPoint: (e: TouchLike, surface: S) => Point | null
  listenMouse: (surface: S, handlers: MouseHandlers) => () => void
  exportPng: (surface: S) => Promise<string>
}

export type CanvasPlatforms = [
  Implements<CanvasPlatform<import('./canvas.weapp').CanvasSurface>, typeof import('./canvas.weapp')>,
  Implements<CanvasPlatform<import('./canvas.h5').CanvasSurface>, typeof import('./canvas.h5')>
]
