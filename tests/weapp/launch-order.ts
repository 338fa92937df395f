// Test support: what the built app does at launch before its first screen. Boots the app with a
// cloud that records each call, renders `route`, and notes which calls came before the page's
// first setData (the first screen on its way to the view layer). Shared by tests/weapp/launch.test
// and the page bench (scripts/bench/pages.bench.ts).
import { bootApp, renderPage, until } from './harness'

export interface LaunchRecord {
  /** function.action of every cloud call, in order. */
  calls: string[]
  /** How many of them came before the page's first setData. */
  beforeFirstScreen: number
  /** ms from loading app.js to the page's first setData. */
  firstScreenMs: number
}

type Answer = (name: string, data: Record<string, unknown>) => unknown

/**
 * Calls `listener` before each setData of every component (pages included) created from now on;
 * returns a function that stops watching components created after it.
 */
export function watchSetData(listener: (instance: { route?: string }, data: unknown) => void): () => void {
  const g = globalThis as Record<string, unknown>
  const component = g.Component as (d: Record<string, unknown>) => unknown
  g.Component = (definition: Record<string, unknown>) => {
    const lifetimes = (definition.lifetimes ?? {}) as Record<string, (...a: unknown[]) => unknown>
    return component({
      ...definition,
      lifetimes: {
        ...lifetimes,
        created(this: { route?: string; setData: (d: unknown, cb?: () => void) => void }, ...args: unknown[]) {
          const setData = this.setData.bind(this)
          this.setData = (d, cb) => {
            listener(this, d)
            setData(d, cb)
          }
          return lifetimes.created?.apply(this, args)
        }
      }
    })
  }
  return () => {
    g.Component = component
  }
}

export async function recordLaunch(route: string, answer: Answer): Promise<LaunchRecord> {
  const calls: string[] = []
  let beforeFirstScreen = -1
  let start = 0
  let firstScreenMs = -1
  bootApp({
    mockWx: (wx) => {
      ;(wx.cloud as Record<string, unknown>).callFunction = async (o: {
        name: string
        data: Record<string, unknown>
      }) => {
        calls.push(`${o.name}.${String(o.data?.action)}`)
        return { result: answer(o.name, o.data) }
      }
      // Set last before app.js loads: the clock starts with the app's own code.
      watchSetData((instance) => {
        if (firstScreenMs < 0 && instance.route === route) {
          firstScreenMs = Number(process.hrtime.bigint() - BigInt(start)) / 1e6
          beforeFirstScreen = calls.length
        }
      })
      start = Number(process.hrtime.bigint())
    }
  })
  renderPage(route)
  await until(() => firstScreenMs >= 0, `the first setData of ${route}`)
  return { calls, beforeFirstScreen, firstScreenMs }
}
