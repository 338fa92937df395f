// Nodes, canvases and images as WeChat gives them.
// - Selector queries are scoped: "初始时，选择器仅选取页面范围的节点，不会选取任何自定义组件中的节点",
//   and .in(component) moves the scope into one custom component:
//   https://developers.weixin.qq.com/miniprogram/dev/api/wxml/SelectorQuery.in.html
//   A node inside Taro's comp component (deeper than mini.baseLevel) or a CustomWrapper is not
//   found from the page.
// - fields({ node: true }) answers a node for <canvas type="2d"> (a Canvas with width, height,
//   getContext('2d'), createImage()); other components answer none here:
//   https://developers.weixin.qq.com/miniprogram/dev/api/wxml/NodesRef/NodesRef.fields.html
//   https://developers.weixin.qq.com/miniprogram/dev/api/wxml/NodesRef.node ("目前支持 Canvas 和
//   ScrollViewContext 的获取")
// - wx.createMapContext(id, this) finds the <map> in the page, or in the custom component passed
//   as `this` ("在自定义组件下，当前组件实例的this，以操作组件内 map 组件"):
//   https://developers.weixin.qq.com/miniprogram/dev/api/media/map/wx.createMapContext
//   What a context of a map it cannot find does is not documented; here every call fails (and is
//   recorded), so a page that relies on it is found.
// - wx.canvasToTempFilePath exports a canvas component: `canvasId` (legacy canvas) or `canvas`
//   ("传入 canvas 组件实例 （canvas type=\"2d\" 时使用该属性）"):
//   https://developers.weixin.qq.com/miniprogram/dev/api/canvas/wx.canvasToTempFilePath.md
//   and "暂不支持离屏 canvas" (the older copy of the same page; the current one no longer says
//   either way, and iOS is reported to refuse it):
//   https://mp.weixin.qq.com/debug/wxadoc/dev/api/canvas/wx.canvasToTempFilePath.html
// - wx.getImageInfo reports the file: width/height as stored (rotation not applied), orientation,
//   type ("图片原始宽度，单位px。不考虑旋转"):
//   https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.getImageInfo
// - canvas.createImage() decodes a file; whether the decoder turns a photo upright by its EXIF
//   orientation differs between phones (device.decoderAppliesOrientation).
import type { Device, ImageFacts, Orientation } from './device'
import type { PrivacyGate } from './privacy'
import { callback, missing } from './storage'

type Options = { success?: (r: unknown) => void; fail?: (e: { errMsg: string }) => void; [k: string]: unknown }

/** An exparser node of the simulator (built-in or custom component). */
export interface ExNode {
  id?: string
  is?: string
  data?: Record<string, unknown>
  shadowRoot?: { querySelector(s: string): ExNode | null; querySelectorAll(s: string): ExNode[] }
}
/** A component's `this` as the simulator gives it (j-component's method caller). */
export interface Caller {
  _exparserNode?: ExNode
}

/** What a quarter turn clockwise an image needs to be upright, by orientation. */
const NEEDED: Record<string, number> = { up: 0, down: 180, left: 270, right: 90 }
const needed = (o: Orientation) => NEEDED[o.replace('-mirrored', '')] ?? 0
const sideways = (o: Orientation) => needed(o) % 180 !== 0
const normal = (deg: number) => ((Math.round(deg) % 360) + 360) % 360

/** The CSS size the view layer gives a canvas here (there is no layout in the simulator). */
export const CANVAS_CSS = { width: 320, height: 320 }

interface Drawn {
  content: string
  /** Clockwise degrees the drawn pixels still need to be upright. */
  turn: number
}

/** A decoded image (canvas.createImage()). */
class FakeImage {
  width = 0
  height = 0
  content: string | undefined
  facts: ImageFacts | undefined
  onload: (() => void) | null = null
  onerror: ((e: unknown) => void) | null = null
  #src = ''
  constructor(private readonly device: Device) {}
  get src() {
    return this.#src
  }
  set src(path: string) {
    this.#src = path
    const content = this.device.files.get(path)
    const facts = this.device.images.get(path)
    setTimeout(() => {
      if (content === undefined || !facts) return this.onerror?.(missing('image', path))
      this.content = content
      this.facts = facts
      const turned = this.device.decoderAppliesOrientation && sideways(facts.orientation)
      this.width = turned ? facts.height : facts.width
      this.height = turned ? facts.width : facts.height
      this.onload?.()
    })
  }
  /** The clockwise degrees these decoded pixels need to be upright. */
  pixelsTurn(): number {
    if (!this.facts) return 0
    if (this.facts.turn !== undefined) return this.facts.turn
    return this.device.decoderAppliesOrientation ? 0 : needed(this.facts.orientation)
  }
}

/** A 2d context that records what was drawn and the turn it was drawn at; other calls do nothing. */
function context2d(drawn: { value: Drawn | null }) {
  let rotation = 0
  const known = {
    rotate: (radians: number) => void (rotation += (radians * 180) / Math.PI),
    setTransform: () => void (rotation = 0),
    resetTransform: () => void (rotation = 0),
    drawImage: (image: unknown) => {
      if (!(image instanceof FakeImage)) throw new TypeError('drawImage: not an image of this canvas')
      drawn.value = { content: image.content ?? '', turn: normal(image.pixelsTurn() - rotation) }
    }
  }
  return new Proxy(known as Record<string | symbol, unknown>, {
    get: (target, key) => (key in target ? target[key] : () => undefined),
    set: (target, key, value) => {
      target[key] = value
      return true
    }
  })
}

/** A <canvas type="2d"> node, as fields({ node: true }) answers it. */
export class CanvasNode {
  width = 300
  height = 150
  readonly drawn: { value: Drawn | null } = { value: null }
  #ctx = context2d(this.drawn)
  constructor(private readonly device: Device) {}
  getContext(type: string) {
    return type === '2d' ? this.#ctx : null
  }
  createImage() {
    return new FakeImage(this.device)
  }
}

/** An OffscreenCanvas: it draws, but canvasToTempFilePath does not take it. */
class OffscreenCanvas extends CanvasNode {}

export interface CanvasRules {
  /** Each <canvas type="2d"> node has one Canvas, as on a phone. */
  nodeOf(node: ExNode): CanvasNode
}

export function installCanvas(wx: Record<string, unknown>, device: Device, currentPage: () => Caller | undefined) {
  const canvases = new WeakMap<ExNode, CanvasNode>()
  const nodeOf = (node: ExNode) => {
    let canvas = canvases.get(node)
    if (!canvas) canvases.set(node, (canvas = new CanvasNode(device)))
    return canvas
  }
  const isCanvasNode = (c: unknown) => c instanceof CanvasNode && !(c instanceof OffscreenCanvas)

  const scopeNode = (scope: Caller | undefined) => scope?._exparserNode
  const find = (root: ExNode | undefined, selector: string, single: boolean): ExNode[] => {
    const shadow = root?.shadowRoot
    if (!shadow) return []
    if (single) {
      const hit = shadow.querySelector(selector)
      return hit ? [hit] : []
    }
    return shadow.querySelectorAll(selector)
  }
  const describe = (node: ExNode, fields: Record<string, unknown>) => {
    const out: Record<string, unknown> = {}
    const isCanvas = node.is === 'canvas'
    if (fields.id) out.id = node.id ?? ''
    if (fields.dataset) out.dataset = {}
    if (fields.size || fields.rect) {
      const size = isCanvas ? CANVAS_CSS : { width: 375, height: 44 }
      if (fields.size) Object.assign(out, size)
      if (fields.rect) Object.assign(out, { left: 0, top: 0, right: size.width, bottom: size.height })
    }
    if (fields.node) {
      out.node = isCanvas && node.data?.type === '2d' ? nodeOf(node) : null
      if (out.node) device.canvases.set(node.id ?? '', out.node)
    }
    return out
  }

  wx.createSelectorQuery = () => {
    let scope: Caller | undefined
    const queue: Array<{ selector: string | null; single: boolean; fields: Record<string, unknown> }> = []
    const query = {
      in(component: Caller) {
        if (!component || typeof component !== 'object' || !component._exparserNode)
          throw new Error('SelectorQuery.in: not a component instance')
        scope = component
        return query
      },
      select: (selector: string) => nodesRef(selector, true),
      selectAll: (selector: string) => nodesRef(selector, false),
      selectViewport: () => nodesRef(null, true),
      exec(cb?: (res: unknown[]) => void) {
        setTimeout(() => {
          const root = scopeNode(scope ?? currentPage())
          const res = queue.map(({ selector, single, fields }) => {
            if (selector === null) return { width: 375, height: 667, scrollTop: 0, scrollLeft: 0 }
            const hits = find(root, selector, single).map((node) => describe(node, fields))
            return single ? (hits[0] ?? null) : hits
          })
          queue.length = 0
          cb?.(res)
        })
        return query
      }
    }
    const nodesRef = (selector: string | null, single: boolean) => {
      const push = (fields: Record<string, unknown>) => {
        queue.push({ selector, single, fields })
        return query
      }
      return {
        fields: (fields: Record<string, unknown>) => push(fields),
        boundingClientRect: () => push({ id: true, dataset: true, rect: true, size: true }),
        scrollOffset: () => push({ id: true, dataset: true, scrollOffset: true }),
        node: () => push({ node: true })
      }
    }
    return query
  }

  // A test may describe what its map answers (wx.createMapContext set in mockWx); the strict
  // version finds the map first and refuses every call when it is not in scope.
  const mapCalls = ['initMarkerCluster', 'getRegion', 'moveToLocation', 'getCenterLocation', 'includePoints']
  const strictMapContext =
    (inner: ((id: string, scope?: Caller) => Record<string, unknown>) | undefined, privacy: PrivacyGate) =>
    (id: string, component?: Caller) => {
      const found = find(scopeNode(component ?? currentPage()), `#${id}`, true)[0]
      if (!found || found.is !== 'map') {
        device.violations.push(`createMapContext: no <map id="${id}"> in ${component ? 'the component' : 'the page'}`)
        return Object.fromEntries(
          mapCalls.map((name) => [
            name,
            (o: Options = {}) => o.fail?.({ errMsg: `MapContext.${name}:fail map not found` })
          ])
        )
      }
      const context =
        inner?.(id, component) ??
        Object.fromEntries(mapCalls.map((name) => [name, (o: Options = {}) => o.success?.({})]))
      // Moving to the user's position reads it: a privacy interface of the location kind.
      const moveToLocation = (o: Options = {}) =>
        privacy.gate('MapContext.moveToLocation', o, () =>
          (context.moveToLocation as ((o: Options) => unknown) | undefined)?.call(context, o)
        )
      // A proxy keeps the context's own methods (the simulator's live on its prototype).
      return new Proxy(context, {
        get: (target, key) => (key === 'moveToLocation' ? moveToLocation : Reflect.get(target, key))
      })
    }

  wx.createOffscreenCanvas = () => new OffscreenCanvas(device)
  wx.canvasToTempFilePath = (o: Options) =>
    callback(o, () => {
      const canvas = o.canvas
      if (canvas !== undefined && !isCanvasNode(canvas)) {
        device.violations.push('canvasToTempFilePath: not a canvas component of type 2d')
        throw new Error(
          'canvasToTempFilePath:fail canvas is not a <canvas type="2d"> node (offscreen canvas is not supported)'
        )
      }
      if (canvas === undefined) {
        const legacy = find(scopeNode(currentPage()), `canvas`, false).find((n) => n.data?.canvasId === o.canvasId)
        if (!legacy) throw new Error(`canvasToTempFilePath:fail canvas not found: ${String(o.canvasId)}`)
      }
      const node = canvas as CanvasNode | undefined
      const ext = o.fileType === 'jpg' ? 'jpg' : 'png'
      const drawn = node?.drawn.value
      const image: ImageFacts = {
        width: Number(o.destWidth ?? node?.width ?? 300),
        height: Number(o.destHeight ?? node?.height ?? 150),
        orientation: 'up',
        type: ext === 'jpg' ? 'jpeg' : 'png',
        turn: drawn?.turn ?? 0,
        exif: false
      }
      return { tempFilePath: device.tempFile(drawn?.content ?? 'drawing', ext, image) }
    })
  wx.getImageInfo = (o: Options) =>
    callback(o, () => {
      const path = o.src as string
      const facts = device.images.get(path)
      if (!device.files.has(path) || !facts) throw missing('getImageInfo', path)
      return { width: facts.width, height: facts.height, orientation: facts.orientation, type: facts.type, path }
    })
  // The user picks one photo (of up to `count`), as a temporary file the camera wrote.
  const photo = () => {
    const { orientation } = device.camera
    // A 4:3 sensor: stored landscape; a phone held upright tags it 'right'.
    const facts: ImageFacts = { width: 4032, height: 3024, orientation, type: 'jpeg', exif: true }
    return device.tempFile(`photo ${device.files.size + 1}`, 'jpg', facts)
  }
  wx.chooseImage = (o: Options) =>
    callback(o, () => {
      const paths = [photo()]
      return { tempFilePaths: paths, tempFiles: paths.map((path) => ({ path, size: 10 })) }
    })
  wx.chooseMedia = (o: Options) =>
    callback(o, () => ({ type: 'image', tempFiles: [{ tempFilePath: photo(), size: 10, fileType: 'image' }] }))

  return { nodeOf, strictMapContext }
}
