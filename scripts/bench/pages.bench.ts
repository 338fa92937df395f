/**
 * Each tab page of dist/weapp rendered in miniprogram-simulate (tests/weapp/harness.ts) with the
 * cloud answering 10,000 places: its node count once settled (goal < 1,000, WeChat's audit line)
 * and the size of its first setData and of its largest one (goal < 64 KB).
 * Run: npm run bench -- pages (after npm run build:weapp:check)
 */
import { generatePlaces } from '../../src/domain/places/generate'
import { bootApp, renderPage, requireBuild } from '../../tests/weapp/harness'
import { figure, line, type Figure } from './figures.cjs'

jest.setTimeout(120000)

const PLACES = generatePlaces(10_000, 2026)

function installCloud(wx: Record<string, unknown>) {
  const callFunction = async (options: {
    name: string
    data: { action?: string; page?: number; pageSize?: number }
  }) => {
    if (options.name === 'places') {
      const page = options.data.page ?? 1
      const size = options.data.pageSize ?? 100
      const slice = PLACES.slice((page - 1) * size, page * size)
      return {
        result: {
          ok: true,
          data: {
            places: slice,
            total: PLACES.length,
            page,
            pageSize: size,
            hasMore: page * size < PLACES.length,
            dataVersion: 'bench'
          }
        }
      }
    }
    if (options.name === 'user')
      return {
        result: {
          ok: true,
          data: { idHint: '…abcd', role: 'citizen', roleLabel: '居民', scope: {}, backend: 'wechat' }
        }
      }
    return { result: { ok: true, data: { items: [] } } }
  }
  wx.cloud = { init() {}, callFunction }
  wx.createMapContext = () => ({ initMarkerCluster() {}, getRegion() {}, moveToLocation() {}, includePoints() {} })
  wx.getLocation = () => {}
}

const bytes = (data: unknown) => Buffer.byteLength(JSON.stringify(data), 'utf8')

async function settle(count: () => number, quietMs = 600, maxMs = 60000) {
  const start = Date.now()
  let last = -1
  let since = Date.now()
  while (Date.now() - start < maxMs) {
    await new Promise((r) => setTimeout(r, 50))
    const n = count()
    if (n !== last) {
      last = n
      since = Date.now()
    } else if (Date.now() - since >= quietMs) return
  }
}

test('tab pages: nodes and setData', async () => {
  const rows: string[] = []
  const goals: Figure[] = []
  for (const { pagePath, text } of requireBuild().tabBar.list) {
    bootApp({ mockWx: installCloud })
    const sizes: number[] = []
    // Taro calls setData on the page instance after onLoad, on the next tick: wrap it first.
    const g = globalThis as Record<string, unknown>
    const component = g.Component as (d: Record<string, unknown>) => unknown
    g.Component = (definition: Record<string, unknown>) => {
      const lifetimes = (definition.lifetimes ?? {}) as Record<string, (...a: unknown[]) => unknown>
      const created = lifetimes.created
      return component({
        ...definition,
        lifetimes: {
          ...lifetimes,
          created(this: { setData: (d: unknown, cb?: () => void) => void }, ...args: unknown[]) {
            const setData = this.setData.bind(this)
            this.setData = (d, cb) => {
              sizes.push(bytes(d))
              setData(d, cb)
            }
            return created?.apply(this, args)
          }
        }
      })
    }
    const page = renderPage(pagePath)
    g.Component = component
    await settle(() => page.dom.querySelectorAll('*').length)
    const nodes = page.dom.querySelectorAll('*').length
    const listed = page.dom.textContent?.match(/共\s*(\d+)\s*个地点/)?.[1]
    const name = pagePath.split('/')[1]
    goals.push(
      figure({
        id: `pages.${name}.nodes`,
        section: 'pages',
        label: `${text} ${pagePath}: nodes`,
        value: nodes,
        unit: 'nodes',
        goal: { op: '<', value: 1000 }
      }),
      figure({
        id: `pages.${name}.largest-setdata`,
        section: 'pages',
        label: `${text} ${pagePath}: largest setData`,
        value: Math.round((Math.max(0, ...sizes) / 1024) * 10) / 10,
        unit: 'KB',
        goal: { op: '<=', value: 64 },
        tolerance: 0.05
      })
    )
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
    rows.push(
      `  ${(text + ' ' + pagePath).padEnd(26)} ${String(nodes).padStart(6)} ${kb(sizes[0] ?? 0).padStart(10)} ${kb(Math.max(0, ...sizes)).padStart(10)} ${String(sizes.length).padStart(6)}${listed ? `  (list of ${listed} places)` : ''}`
    )
  }
  process.stdout.write(
    `\ntab pages of dist/weapp (cloud answering 10,000 places; goals: nodes < 1,000, setData < 64 KB)\n` +
      `  ${'page'.padEnd(26)} ${'nodes'.padStart(6)} ${'1st setData'.padStart(10)} ${'largest'.padStart(10)} ${'calls'.padStart(6)}\n` +
      rows.join('\n') +
      '\n' +
      goals.map((f) => line(f, 44)).join('\n') +
      '\n'
  )
})
