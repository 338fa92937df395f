/**
 * Pull to refresh on WeChat: a page's onPullDownRefresh fires only when its config turns on
 * enablePullDownRefresh, and the spinner stays until the page calls stopPullDownRefresh
 * (https://developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html#onPullDownRefresh).
 * So every page that listens (usePullDownRefresh) turns it on and stops it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const SRC = join(__dirname, '../src')

const pages = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return pages(p)
    return name === 'index.tsx' && existsSync(join(dir, 'index.config.ts')) ? [dir] : []
  })

describe('pull to refresh', () => {
  const listening = pages(SRC).filter((dir) =>
    readFileSync(join(dir, 'index.tsx'), 'utf8').includes('usePullDownRefresh(')
  )

  it('is used by the list pages', () => {
    expect(listening.map((d) => relative(SRC, d))).toEqual(
      expect.arrayContaining(['pkg-activities/list', 'pkg-staff/inbox'])
    )
  })

  it('every page that listens turns it on in its config and stops the spinner', () => {
    const wrong = listening.flatMap((dir) => {
      const page = readFileSync(join(dir, 'index.tsx'), 'utf8')
      const config = readFileSync(join(dir, 'index.config.ts'), 'utf8')
      return [
        ...(/enablePullDownRefresh:\s*true/.test(config)
          ? []
          : [`${relative(SRC, dir)}: enablePullDownRefresh is off`]),
        ...(page.includes('stopPullDownRefresh(') ? [] : [`${relative(SRC, dir)}: never calls stopPullDownRefresh`])
      ]
    })
    expect(wrong).toEqual([])
  })
})
