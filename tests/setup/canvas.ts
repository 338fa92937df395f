// Canvas stand-ins for page tests of the drawing pad: jsdom's canvas has no 2D context, and the
// browser build's <taro-canvas-core> receives native touch events.
import { Current } from '@tarojs/runtime'

// jsdom's canvas has no 2D context: a fake one records what was painted, in which colour.
export interface Painted {
  kind: 'line' | 'dot'
  color: string
  width: number
}

/** A 2D context that records each stroke and dot into `painted`, in its colour and width. */
export function fakeContext(painted: Painted[]) {
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    lineCap: 'butt',
    lineJoin: 'miter',
    scale() {},
    fillRect() {},
    beginPath() {},
    moveTo() {},
    lineTo() {},
    arc() {},
    stroke: () => painted.push({ kind: 'line', color: ctx.strokeStyle, width: ctx.lineWidth }),
    fill: () => painted.push({ kind: 'dot', color: ctx.fillStyle, width: 0 })
  }
  return ctx
}

// A native TouchEvent, as the browser build's <taro-canvas-core> receives it.
export function touch(el: Element, type: 'touchstart' | 'touchmove' | 'touchend', points: Array<[number, number]>) {
  const ev = new Event(type, { bubbles: true, cancelable: true })
  const list = points.map(([clientX, clientY], identifier) => ({ identifier, clientX, clientY }))
  Object.defineProperty(ev, 'touches', { value: type === 'touchend' ? [] : list })
  Object.defineProperty(ev, 'changedTouches', { value: list })
  el.dispatchEvent(ev)
}

/**
 * Every <canvas> gets the recording 2D context and a fixed PNG export (jsdom has neither);
 * `state.contexts` counts the contexts taken (a pad is ready once it has one). restore() undoes it.
 */
export function fakeCanvases(png = 'data:image/png;base64,AAAA') {
  const state = { painted: [] as Painted[], contexts: 0 }
  const getContext = jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => {
    state.contexts += 1
    // The fake has only what the pad paints with, not all of CanvasRenderingContext2D.
    return fakeContext(state.painted) as unknown as CanvasRenderingContext2D
  })
  const toDataURL = jest.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue(png)
  return {
    state,
    getContext,
    toDataURL,
    restore() {
      getContext.mockRestore()
      toDataURL.mockRestore()
    }
  }
}

/**
 * Taro's H5 selector query searches the current page's container, which mount() (outside the
 * router) does not create: a container as the browser build's router would make, to mount into.
 */
export function pageContainer(path: string): HTMLElement {
  const page = document.createElement('div')
  page.id = path
  document.body.appendChild(page)
  Current.page = { path } as typeof Current.page
  return page
}

/** One stroke through the points on a canvas, as a finger draws it. */
export function drawStroke(canvas: Element, points: Array<[number, number]>): void {
  touch(canvas, 'touchstart', [points[0]])
  for (const p of points.slice(1)) touch(canvas, 'touchmove', [p])
  touch(canvas, 'touchend', [points[points.length - 1]])
}
