// WeChat search indexes every page a sitemap does not keep out, with a crawler that sees what a
// user who never signed in would see (sitemap.json in the package root, named by app.json's
// sitemapLocation; https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/sitemap.html).
// Rules: `page` is a route or "*" (all pages, never a wildcard inside a path); `action` allow or
// disallow; the first matching rule wins.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { BUILT, builtAppJson, builtRoutes } from './built-files'

interface Rule {
  action?: 'allow' | 'disallow'
  page: string
  params?: string[]
  matching?: string
  priority?: number
}

// Pages that show one person's own things, or a form: nothing in them is worth finding, and what
// the crawler would index is not what anyone opening it sees.
const PERSONAL = [
  'pages/mine/index',
  'pkg-suggest/write/index',
  'pkg-suggest/detail/index',
  'pkg-suggest/missing/index',
  'pkg-places/corrections/index',
  // The sign-up form and one's own sign-up; 我的活动.
  'pkg-activities/detail/index',
  'pkg-activities/mine/index',
  // 参观预约: the request form and one's own requests.
  'pkg-places/visit/index'
]

describe('sitemap', () => {
  const app = builtAppJson()
  const routes = builtRoutes(app)

  const rules = (): Rule[] => {
    expect(app.sitemapLocation).toBe('sitemap.json')
    const file = join(BUILT, app.sitemapLocation!)
    expect(existsSync(file)).toBe(true)
    return (JSON.parse(readFileSync(file, 'utf8')) as { rules: Rule[] }).rules
  }
  /** Whether WeChat may index a route (no params): the first rule that names it, or "*". */
  const indexed = (route: string, all: Rule[]) =>
    (all.find((r) => r.page === route || r.page === '*')?.action ?? 'allow') === 'allow'

  it('is in the package and named by app.json, in WeChat’s format', () => {
    for (const r of rules()) {
      expect(['allow', 'disallow', undefined]).toContain(r.action)
      expect(r.page === '*' || routes.includes(r.page)).toBe(true)
    }
  })

  it('keeps every staff page out of WeChat search', () => {
    const all = rules()
    const staff = routes.filter((r) => r.startsWith('pkg-staff/'))
    expect(staff.length).toBeGreaterThan(10)
    expect(staff.filter((r) => indexed(r, all))).toEqual([])
  })

  it('keeps personal pages and forms out, and lets the public ones be found', () => {
    const all = rules()
    expect(PERSONAL.filter((r) => indexed(r, all))).toEqual([])
    const rest = routes.filter((r) => !r.startsWith('pkg-staff/') && !PERSONAL.includes(r))
    expect(rest.filter((r) => !indexed(r, all))).toEqual([])
    expect(rest).toEqual(
      expect.arrayContaining(['pages/home/index', 'pkg-policy/qa-detail/index', 'pkg-suggest/board/index'])
    )
  })
})
