/**
 * Each tab page of dist/weapp rendered in miniprogram-simulate (tests/weapp/harness.ts) with the
 * cloud answering 10,000 places: its node count once settled (goal < 1,000, WeChat's audit line)
 * and the size of its first setData and of its largest one (goal < 64 KB). Then the launch: the
 * JS work from loading app.js to the home page's first setData (median of LAUNCHES boots in Node;
 * goal ≤ LAUNCH_GOAL_MS, the time this machine's Chromium spends running the browser build's
 * app.js in the Lighthouse trace, about 100–230 ms: the WeChat launch may cost no more than the
 * browser's), and the launch's own cloud calls made before that first setData (goal 0).
 * Run: npm run bench -- pages (after npm run build:weapp:check)
 */
import { generatePlaces } from '../../tests/fixtures/places/generate'
import { bootApp, renderPage, requireBuild, teardownApp } from '../../tests/weapp/harness'
import { recordLaunch, watchSetData } from '../../tests/weapp/launch-order'
import { figure, line, type Figure } from './figures.cjs'

jest.setTimeout(120000)

const PLACES = generatePlaces(10_000, 2026)
const LAUNCHES = 5
const LAUNCH_GOAL_MS = 200
// The launch's own calls (who the user is, the 我的 badge): the first screen needs neither.
const LAUNCH_CALLS = ['user.whoami', 'suggestions.listMine']

/** What the cloud answers the bench: 10,000 places a page at a time, a citizen, empty lists. */
function cloudAnswer(name: string, data: { action?: string; page?: number; pageSize?: number }): unknown {
  if (name === 'places') {
    const page = data.page ?? 1
    const size = data.pageSize ?? 100
    return {
      ok: true,
      data: {
        places: PLACES.slice((page - 1) * size, page * size),
        total: PLACES.length,
        page,
        pageSize: size,
        hasMore: page * size < PLACES.length,
        dataVersion: 'bench'
      }
    }
  }
  if (name === 'user')
    return { ok: true, data: { idHint: '…abcd', role: 'citizen', roleLabel: '居民', scope: {}, backend: 'wechat' } }
  return { ok: true, data: { items: [] } }
}

function installCloud(wx: Record<string, unknown>) {
  const callFunction = async (options: {
    name: string
    data: { action?: string; page?: number; pageSize?: number }
  }) => ({
    result: cloudAnswer(options.name, options.data)
  })
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
    // Taro calls setData on the page instance after onLoad, on the next tick: watch it first.
    const stop = watchSetData((_instance, data) => sizes.push(bytes(data)))
    const page = renderPage(pagePath)
    stop()
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

test('launch: JS work until the first screen', async () => {
  const times: number[] = []
  let early = 0
  for (let i = 0; i < LAUNCHES; i++) {
    const launch = await recordLaunch('pages/home/index', cloudAnswer)
    times.push(launch.firstScreenMs)
    early = Math.max(
      early,
      launch.calls.slice(0, launch.beforeFirstScreen).filter((c) => LAUNCH_CALLS.includes(c)).length
    )
    teardownApp()
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]
  const section = 'pages'
  process.stdout.write(
    `\nWeChat launch (dist/weapp in miniprogram-simulate, home page; ${LAUNCHES} boots: ${times.map((t) => t.toFixed(0)).join(', ')} ms)\n` +
      [
        figure({
          id: 'launch.weapp.first-screen',
          section,
          label: 'WeChat launch: app.js to the first setData',
          value: Math.round(median),
          unit: 'ms',
          goal: { op: '<=', value: LAUNCH_GOAL_MS },
          basis: 'the browser build’s app.js time',
          tolerance: 0.5
        }),
        figure({
          id: 'launch.weapp.calls-before-first-screen',
          section,
          label: 'WeChat launch: its cloud calls before the first screen',
          value: early,
          goal: { op: '==', value: 0 }
        })
      ]
        .map((f) => line(f, 44))
        .join('\n') +
      '\n'
  )
})
