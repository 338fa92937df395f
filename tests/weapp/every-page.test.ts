/**
 * Every page the built app.json declares, main package and subpackages, rendered from dist/weapp
 * under miniprogram-simulate as a district admin would open it: each shows its own text, so a
 * page that breaks only in WeChat's runtime (a missing component, a template error) fails here,
 * and so does one that logs an error while it renders.
 */
import { buildReport } from '../../src/domain/staff/report'
import { staffMe } from '../fixtures/staff'
import { bootApp, renderPage, requireBuild, teardownApp, waitForText } from './harness'

jest.setTimeout(20000)

// What each page shows once rendered with the answers below (no router params: the pages that
// need an id say, in their own words, that they cannot find it).
const EXPECTED: Record<string, string> = {
  'pages/home/index': '从一米高度看城市',
  'pages/map/index': '附近的儿童服务',
  'pages/suggest/index': '我是小朋友',
  'pages/policy/index': '46 项重点任务',
  'pages/mine/index': '关于与隐私',
  'pkg-policy/full/index': '五、专家视角',
  'pkg-policy/qa/index': '为什么要制定',
  'pkg-policy/qa-detail/index': '没有找到这个问题',
  'pkg-places/detail/index': '没有找到这个地点',
  'pkg-suggest/write/index': '告诉街道：城市哪里可以变得更好？',
  'pkg-places/corrections/index': '还没有纠错',
  'pkg-suggest/board/index': '公示',
  'pkg-suggest/missing/index': '这条建议已经不在手机上了',
  'pkg-suggest/my-data/index': '和你的微信账号关联的全部数据',
  'pkg-suggest/detail/index': '没有找到',
  'pkg-info/about/index': '我们收集什么',
  'pkg-info/children/index': '从孩子那里收集什么',
  'pkg-staff/inbox/index': '统计与导出',
  'pkg-staff/case/index': '没有找到',
  'pkg-staff/report/index': '导出 Open311 JSON',
  'pkg-staff/entry/index': '收集方式',
  'pkg-staff/batch/index': '建议表',
  'pkg-staff/moderate/index': '没有找到',
  'pkg-staff/audit/index': '这个条件下没有记录',
  'pkg-staff/templates/index': '新增模板',
  'pkg-staff/staff-admin/index': '添加人员',
  'pkg-staff/content/index': '有什么变化',
  'pkg-staff/places-import/index': '导入托育机构备案名录',
  'pkg-staff/corrections/index': '没有待处理的纠错',
  'pkg-staff/place-edit/index': '缺少纠错编号',
  'pkg-staff/place-admin/index': '新增一个地图上的地点',
  'pkg-staff/walk-routes/index': '还没有录入路线',
  'pkg-staff/progress/index': '这个目标还没有录入过数值',
  'pkg-staff/polls/index': '还没有发起过投票',
  'pkg-polls/vote/index': '现在没有问小朋友的投票',
  'pkg-polls/council/index': '还没有结束的议事',
  'pkg-staff/council/index': '还没有小代表',
  'pkg-staff/join/index': '输入邀请码',
  'pkg-places/offices/index': '先选你住的或孩子上学的街道',
  'pkg-staff/offices/index': '先选一个街道',
  'pkg-staff/activities/index': '还没有活动',
  'pkg-staff/activity-edit/index': '发布新活动',
  'pkg-staff/activity-signups/index': '缺少活动编号',
  'pkg-activities/list/index': '最近没有活动',
  'pkg-activities/detail/index': '没有找到这个活动',
  'pkg-activities/mine/index': '还没有报名过活动',
  'pkg-places/visit/index': '还没有参观预约',
  'pkg-staff/visits/index': '渝中区（全区） · 待联系 0 个',
  'pkg-staff/deadlines/index': '还没有设置过，正在使用默认期限',
  'pkg-staff/tools/index': '儿童参与和信息公开'
}

function answer(name: string, action: string): unknown {
  // An id-less open of a place, a suggestion or a case: what the functions answer for an unknown id.
  if (action === 'get') return { ok: false, error: { code: 'NOT_FOUND', message: '没有找到' } }
  return { ok: true, data: data(name, action) }
}

function data(name: string, action: string): unknown {
  if (name === 'user')
    return {
      idHint: '…abcd',
      role: 'district_admin',
      roleLabel: '区级管理员',
      scope: {},
      backend: 'wechat',
      staff: staffMe('district_admin')
    }
  if (name === 'places' && action === 'list')
    return { places: [], total: 0, page: 1, pageSize: 100, hasMore: false, dataVersion: 'v1' }
  if (name === 'places' && (action === 'walkRoutes' || action === 'staffWalkRoutes')) return { routes: [] }
  if (name === 'policy' && (action === 'latest' || action === 'summary')) return { upToDate: true }
  if (name === 'policy' && action === 'news') return { items: null }
  if (name === 'policy' && action === 'progress') return { items: [], relatedComplete: true }
  if (name === 'policy' && action === 'progressHistory') return { entries: [] }
  if (name === 'staff' && action === 'deadlines') return { acceptDays: 2, answerDays: 10 }
  if (name === 'policy' && action === 'listPolls') return { open: [], closed: [] }
  if (name === 'policy' && action === 'staffPolls') return { polls: [], councilRound: null }
  if (name === 'policy' && action === 'council') return { current: null, rounds: [] }
  if (name === 'policy' && action === 'councilMe')
    return { representative: null, round: null, candidates: [], picks: [] }
  if (name === 'policy' && action === 'staffCouncil') return { representatives: [], rounds: [], items: [] }
  if (name === 'activities' && action === 'staffList')
    return { items: [], scope: { all: true, communities: [], label: '渝中区' } }
  if (name === 'places' && action === 'staffVisits')
    return { items: [], next: null, pending: 0, scopeLabel: '渝中区（全区）' }
  if (name === 'staff' && action === 'report')
    return {
      ...buildReport([]),
      limit: 5000,
      deadlines: { onTime: 0, overdue: 0, onTimeRate: null, byStreetMonth: [] }
    }
  return { items: [], hasMore: false, next: null, total: 0 }
}

describe('every page of the WeChat build renders', () => {
  const app = requireBuild()
  const routes = [...app.pages, ...app.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]

  beforeEach(() =>
    bootApp({
      mockWx: (wx) => {
        wx.cloud = {
          init: jest.fn(),
          callFunction: jest.fn(async (o: { name: string; data: { action: string } }) => ({
            result: answer(o.name, o.data.action)
          }))
        }
        wx.createMapContext = jest.fn(() => ({
          initMarkerCluster: jest.fn(),
          getRegion: jest.fn(),
          moveToLocation: jest.fn()
        }))
      }
    })
  )
  afterEach(teardownApp)

  it('lists an expectation for every declared page', () => {
    expect([...routes].sort()).toEqual(Object.keys(EXPECTED).sort())
    for (const text of Object.values(EXPECTED)) expect(text.length).toBeGreaterThan(1)
  })

  it.each(routes.map((r) => [r]))('%s', async (route) => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const page = renderPage(route)
      await waitForText(page, EXPECTED[route])
      // A moment more: what the page logs after its first text counts too.
      await new Promise((r) => setTimeout(r, 100))
      expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([])
    } finally {
      errors.mockRestore()
    }
  })
})
