// Boots the built WeChat app (dist/weapp) under miniprogram-simulate: WeChat's own WXML
// compiler renders Taro's templates, and the page logic runs as it would in the mini-program.
// miniprogram-simulate provides Component() only, so the other globals a built Taro app calls are
// shimmed: App() keeps its options (getApp returns them and the harness runs onLaunch/onShow),
// getCurrentPages and requirePlugin exist because the runtime calls them (no plugins here), and
// Page() becomes Component({data, methods, options}) since j-component can host only a component.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { DECLARED_PRIVACY } from '../../config/wechat-privacy'
import { enforceRules, installDevice, markTaps, newDevice, type Device } from './device'
import { assertFreshBuild } from './freshness'
import type { Caller } from './wx/canvas'
import { typedValue } from './wx/components'

/** The kinds of data the privacy guide declares (set in the admin console from this list). */
const PRIVACY_GUIDE_KINDS = DECLARED_PRIVACY.map((d) => d.kind)

export const DIST = resolve(__dirname, '../../dist/weapp')

type AnyFn = (...args: unknown[]) => unknown
interface SimNode {
  dispatchEvent(name: string, detail?: unknown): void
  dom: HTMLElement
}
interface SimComponent {
  instance: Record<string, unknown> & { route?: string; __route__?: string }
  dom: HTMLElement
  attach(parent: Element): void
  detach(): void
  querySelector(selector: string): SimNode | null
  querySelectorAll(selector: string): SimNode[]
}

// Every weapp test file comes through here: refuse a missing or stale build before anything runs.
assertFreshBuild(resolve(__dirname, '../..'), DIST)

export function requireBuild(): {
  pages: string[]
  subPackages: Array<{ root: string; pages: string[] }>
  tabBar: { list: Array<{ pagePath: string; text: string }> }
  requiredPrivateInfos?: string[]
} {
  return JSON.parse(readFileSync(join(DIST, 'app.json'), 'utf8'))
}

export interface BootOptions {
  /** Sets wx.* mocks before app.js loads: Taro captures the APIs then. */
  mockWx?: (wx: Record<string, unknown>) => void
  /** What wx storage holds when the app starts (empty by default). */
  storage?: Record<string, unknown>
  /**
   * The phone the app runs on (storage, files, uploads; see device.ts). Boot again on the same
   * device after device.restart() to simulate the mini-program being killed and started again.
   */
  device?: Device
}

interface Booted {
  simulate: { load(path: string, opts: object): string; render(id: string): SimComponent }
  /** j-component's node wrapper, from the same module registry as the simulator. */
  wrap: (node: ExparserNode) => SimNode
  // A page's chunk runs once per app (webpack marks it installed): load each route once per
  // app and render new instances from the registered definition.
  loaded: Map<string, string>
  rendered: Array<{ page: SimComponent; parent: Element }>
  device: Device
  pages: Caller[]
}
let app: Booted | null = null

/**
 * A new app for each call: fresh modules (Taro, React, the stores), a fresh simulator `wx` with
 * in-memory storage, and the pages of the previous app unloaded. Call it in beforeEach, so a test
 * passes alone and in any order.
 */
export function bootApp(options: BootOptions = {}): Map<string, unknown> {
  teardownApp()
  jest.resetModules()
  const g = globalThis as Record<string, unknown>
  // The simulator merges into an existing wx: drop the old one, its mocks and webpack chunk list.
  delete g.wx
  const simulate = require('miniprogram-simulate')
  const wx = g.wx as Record<string, unknown>
  const device = options.device ?? newDevice(options.storage)
  // Pages on screen, bottom first: getCurrentPages() and the scope of page-level queries.
  const pages: Caller[] = []
  installDevice(wx, device, {
    currentPage: () => pages[pages.length - 1],
    privacy: { requiredPrivateInfos: requireBuild().requiredPrivateInfos ?? [], guideKinds: PRIVACY_GUIDE_KINDS }
  })
  options.mockWx?.(wx)
  enforceRules(wx, device)
  // Every component's event handler (pages and Taro's custom wrappers) marks taps as gestures.
  const simulatorComponent = g.Component as AnyFn
  g.Component = (definition: Record<string, unknown>) => simulatorComponent(markTaps(definition))
  let appOptions: Record<string, AnyFn> = {}
  g.App = (o: Record<string, AnyFn>) => {
    appOptions = o
  }
  g.getApp = () => appOptions
  g.getCurrentPages = () => pages
  g.requirePlugin = () => ({})
  g.Page = (o: Record<string, unknown>) => {
    const methods: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(o)) if (typeof v === 'function') methods[k] = v
    ;(g.Component as AnyFn)({ data: o.data ?? {}, methods, options: o.options ?? {} })
  }
  require(join(DIST, 'app.js'))
  appOptions.onLaunch?.call(appOptions, { path: 'pages/home/index', query: {}, scene: 1001 })
  appOptions.onShow?.call(appOptions, { path: 'pages/home/index', query: {}, scene: 1001 })
  // The module exports RootComponent; the node wrapper the simulator's queries return is its base.
  const JComponent = Object.getPrototypeOf(require('j-component/src/render/component')) as new (
    node: ExparserNode
  ) => SimNode
  const wrap = (node: ExparserNode) => node.__componentNode__ ?? new JComponent(node)
  app = { simulate, loaded: new Map(), rendered: [], device, wrap, pages }
  return device.storage
}

/** A new app on `device` whose cloud answers every call with an empty list. */
export function bootQuiet(device: Device): void {
  bootApp({
    device,
    mockWx: (wx) => {
      ;(wx.cloud as Record<string, unknown>).callFunction = async () => ({ result: { ok: true, data: { items: [] } } })
    }
  })
}

/** Unloads the pages of the current app (their effects and timers stop) and empties the document. */
export function teardownApp(): void {
  if (!app) return
  for (const { page, parent } of app.rendered) {
    for (const name of ['onHide', 'onUnload']) (page.instance[name] as AnyFn | undefined)?.call(page.instance)
    page.detach()
    parent.remove()
  }
  app.pages.length = 0
  app = null
}

/** Renders one page of the build, runs its lifecycle and returns it attached to the document. */
export function renderPage(route: string, query: Record<string, string> = {}): SimComponent {
  if (!app) throw new Error('no app: call bootApp() first (in beforeEach, so each test has a fresh one)')
  const id = app.loaded.get(route) ?? app.simulate.load(join(DIST, route), { rootPath: DIST })
  app.loaded.set(route, id)
  const page = app.simulate.render(id)
  const parent = document.createElement('div')
  document.body.appendChild(parent)
  page.attach(parent)
  app.rendered.push({ page, parent })
  page.instance.route = route
  page.instance.__route__ = route
  app.pages.push(page.instance as Caller)
  const call = (name: string, ...args: unknown[]) =>
    (page.instance[name] as AnyFn | undefined)?.call(page.instance, ...args)
  call('onLoad', query)
  call('onShow')
  call('onReady')
  return withDeepQueries(page, app.wrap)
}

interface ExparserNode {
  shadowRoot?: ExparserNode
  childNodes?: ExparserNode[]
  querySelectorAll?(selector: string): ExparserNode[] | null
  __componentNode__?: SimNode
}

/**
 * Nodes deeper than the build's template levels (mini.baseLevel) render inside Taro's comp custom
 * component, whose shadow tree the simulator's queries do not enter: the page's queries here look
 * through every nested component as well, as a person looking at the screen would.
 */
function withDeepQueries(page: SimComponent, wrap: (node: ExparserNode) => SimNode): SimComponent {
  // Every node under `scope` matching one simple selector, inside nested components too.
  const deep = (scope: ExparserNode, selector: string, out: ExparserNode[] = []): ExparserNode[] => {
    out.push(...(scope.querySelectorAll?.(selector) ?? []))
    const hosts = (node: ExparserNode) => {
      for (const child of node.childNodes ?? []) {
        if (child.shadowRoot) deep(child.shadowRoot, selector, out)
        hosts(child)
      }
    }
    hosts(scope)
    return out
  }
  // A descendant selector (".a .b") may cross a component boundary: resolve it step by step.
  const found = (selector: string): SimNode[] => {
    const [first, ...rest] = selector.trim().split(/\s+/)
    const root = (page as unknown as { _exparserNode: ExparserNode })._exparserNode.shadowRoot!
    let scopes = deep(root, first)
    for (const part of rest) scopes = [...new Set(scopes.flatMap((scope) => deep(scope, part)))]
    return scopes.map(wrap)
  }
  page.querySelectorAll = found
  page.querySelector = (selector) => found(selector)[0] ?? null
  return page
}

export async function waitForText(page: SimComponent, text: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now()
  while (!page.dom.textContent?.includes(text)) {
    if (Date.now() - start > timeoutMs) {
      throw new Error(
        `"${text}" did not appear within ${timeoutMs} ms; page text: ${page.dom.textContent?.slice(0, 300)}`
      )
    }
    await new Promise((r) => setTimeout(r, 25))
  }
}

export const pause = (ms = 30) => new Promise((r) => setTimeout(r, ms))

/** Waits until `check` holds (polling), or fails naming `what`. */
export async function until(check: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await pause(25)
  }
}

/** Taps the `index`th node matching `selector`, or fails with what the page shows. */
/** On the form: 我是小朋友, the first topic, 下一步 — to the step where the child writes, draws or talks. */
export async function childAtSayStep(page: SimComponent): Promise<void> {
  await waitForText(page, '我是小朋友')
  tap(page, '.mode-chooser__option--child')
  await waitForText(page, '你想说哪件事')
  tap(page, '.topic-tiles__tile')
  tap(page, '.child-wizard__next')
  await waitForText(page, '写一写、画一画，或者说给我们听')
}

export function tap(page: SimComponent, selector: string, index = 0): void {
  const node = page.querySelectorAll(selector)[index]
  if (!node) throw new Error(`no ${selector}; page text: ${page.dom.textContent?.slice(0, 200)}`)
  node.dispatchEvent('tap')
}

/**
 * Types `value` into the first field matching any of the selectors, as a keyboard would: WeChat
 * takes no characters past the field's maxlength (140 when the page sets none).
 */
export function typeInto(page: SimComponent, selectors: string | string[], value: string): string {
  const list = Array.isArray(selectors) ? selectors : [selectors]
  const node = list.map((s) => page.querySelector(s)).find(Boolean)
  if (!node) throw new Error(`no ${list.join(' / ')}; page text: ${page.dom.textContent?.slice(0, 200)}`)
  const field = (node as unknown as { _exparserNode?: { data?: Record<string, unknown> } })._exparserNode
  const typed = typedValue(field?.data?.maxlength, value)
  node.dispatchEvent('input', { detail: { value: typed } })
  return typed
}

/** The user presses the privacy sheet's 同意 button: a tap, then WeChat's agree event. */
export function pressAgree(page: SimComponent, selector = '.privacy-sheet__agree'): void {
  const node = page.querySelector(selector)
  if (!node) throw new Error(`no ${selector}; page text: ${page.dom.textContent?.slice(0, 200)}`)
  node.dispatchEvent('tap')
  node.dispatchEvent('agreeprivacyauthorization', { detail: {} })
}

/** A request the app sent through wx.cloud.callFunction. */
export type SentCall = { name: string; data: Record<string, unknown> }

/**
 * Boots the app with a cloud that records every call in `sent` and answers with `answers(data)`
 * (undefined: the function's 没有找到, as an unknown id gets).
 */
export function bootWithCloud(sent: SentCall[], answers: (data: Record<string, unknown>) => unknown): void {
  bootApp({
    mockWx: (wx) => {
      wx.cloud = {
        init: jest.fn(),
        callFunction: jest.fn(async (o: SentCall) => {
          sent.push(o)
          const data = answers(o.data)
          return {
            result:
              data === undefined ? { ok: false, error: { code: 'NOT_FOUND', message: '没有找到' } } : { ok: true, data }
          }
        })
      }
    }
  })
}
