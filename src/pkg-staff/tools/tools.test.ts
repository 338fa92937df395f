import { capabilities } from '../../domain/staff/permissions'
import type { Role } from '../../domain/roles'
import { TOOL_GROUPS, dailyToolsFor, toolGroupsFor } from './tools'

const canOf = (role: Role) => capabilities({ openid: 'o', role, scope: {} })
const labels = (groups: ReturnType<typeof toolGroupsFor>) => groups.map((g) => [g.title, g.tools.map((t) => t.label)])

describe('the staff tools', () => {
  it('are each a page of the staff package, listed once', async () => {
    // app.config.ts runs in Taro's build, where defineAppConfig is a global.
    ;(globalThis as { defineAppConfig?: (c: unknown) => unknown }).defineAppConfig = (c) => c
    const { default: appConfig } = await import('../../app.config')
    const staffPages = appConfig.subPackages?.find((p) => p.root === 'pkg-staff')?.pages ?? []
    const pages = TOOL_GROUPS.flatMap((g) => g.tools.map((t) => t.page))
    expect(pages.filter((p) => !staffPages.includes(`${p}/index`))).toEqual([])
    expect(new Set(pages).size).toBe(pages.length)
  })

  it('give a community worker the groups of their work only', () => {
    expect(labels(toolGroupsFor(canOf('community_worker')))).toEqual([
      ['建议处理', ['统计与导出', '代录建议', '批量代录', '回复模板']],
      ['活动与地点', ['活动管理', '参观预约']]
    ])
    // The inbox's row: the daily ones, and one more (批量代录) behind 全部工具.
    const row = dailyToolsFor(canOf('community_worker'))
    expect(row.daily.map((t) => t.label)).toEqual(['统计与导出', '代录建议', '回复模板', '活动管理', '参观预约'])
    expect(row.more).toBe(1)
  })

  it('give a district admin every tool, the daily ones on the inbox row', () => {
    const groups = toolGroupsFor(canOf('district_admin'))
    expect(groups.map((g) => g.title)).toEqual(['建议处理', '活动与地点', '儿童参与和信息公开', '人员与记录'])
    expect(groups.flatMap((g) => g.tools)).toHaveLength(TOOL_GROUPS.flatMap((g) => g.tools).length)
    expect(dailyToolsFor(canOf('district_admin')).more).toBe(13)
  })

  it('give a citizen nothing', () => {
    expect(toolGroupsFor(canOf('citizen'))).toEqual([])
    expect(dailyToolsFor({})).toEqual({ daily: [], more: 0 })
  })
})
