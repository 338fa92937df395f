// Boots the built WeChat app (dist/weapp) under miniprogram-simulate: WeChat's own WXML
// compiler renders Taro's templates, and the page logic runs as it would in the mini-program.
// miniprogram-simulate provides Component() only, so the other globals a built Taro app calls are
// shimmed: App() keeps its options (getApp returns them and the harness runs onLaunch/onShow),
// getCurrentPages and requirePlugin exist because the runtime calls them (no plugins here), and
// Page() becomes Component({data, methods, options}) since j-component can host only a component.
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

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
  querySelector(selector: string): SimNode | null
  querySelectorAll(selector: string): SimNode[]
}

export function requireBuild(): {
  pages: string[]
  subPackages: Array<{ root: string; pages: string[] }>
  tabBar: { list: Array<{ pagePath: string; text: string }> }
} {
  const appJson = join(DIST, 'app.json')
  if (!existsSync(appJson))
    throw new Error('dist/weapp is missing: run `npm run build:weapp` first (npm test does it for you).')
  return JSON.parse(readFileSync(appJson, 'utf8'))
}

let booted = false
let simulate: { load(path: string, opts: object): string; render(id: string): SimComponent }

/**
 * Loads app.js once. `mockWx` runs before it, so Taro (which captures wx.* APIs when it loads)
 * sees the mocks.
 */
export function bootApp(mockWx: (wx: Record<string, unknown>) => void = () => {}): void {
  if (booted) return

  simulate = require('miniprogram-simulate')
  const g = globalThis as Record<string, unknown>
  mockWx(g.wx as Record<string, unknown>)
  let app: Record<string, AnyFn> = {}
  const pages: unknown[] = []
  g.App = (options: Record<string, AnyFn>) => {
    app = options
  }
  g.getApp = () => app
  g.getCurrentPages = () => pages
  g.requirePlugin = () => ({})
  g.Page = (options: Record<string, unknown>) => {
    const methods: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(options)) if (typeof v === 'function') methods[k] = v
    ;(g.Component as AnyFn)({ data: options.data ?? {}, methods, options: options.options ?? {} })
  }
  require(join(DIST, 'app.js'))
  app.onLaunch?.call(app, { path: 'pages/home/index', query: {}, scene: 1001 })
  app.onShow?.call(app, { path: 'pages/home/index', query: {}, scene: 1001 })
  booted = true
}

/** Renders one page of the build, runs its lifecycle and returns it attached to the document. */
// A page's chunk runs once per process (webpack marks it installed), so load each route once
// and render new instances from the registered definition.
const loaded = new Map<string, string>()

export function renderPage(route: string): SimComponent {
  bootApp()
  const id = loaded.get(route) ?? simulate.load(join(DIST, route), { rootPath: DIST })
  loaded.set(route, id)
  const page = simulate.render(id)
  const parent = document.createElement('div')
  document.body.appendChild(parent)
  page.attach(parent)
  page.instance.route = route
  page.instance.__route__ = route
  const call = (name: string, ...args: unknown[]) =>
    (page.instance[name] as AnyFn | undefined)?.call(page.instance, ...args)
  call('onLoad', {})
  call('onShow')
  call('onReady')
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
