// Canvas stand-ins for page tests of the drawing pad: jsdom's canvas has no 2D context, and the
// browser build's <taro-canvas-core> receives native touch events.

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
