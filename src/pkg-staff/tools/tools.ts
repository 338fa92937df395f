// The staff pages beside the inbox, in the groups a worker looks for them by. Each shows when the
// role has the capability its page needs (src/domain/staff/permissions); the server refuses what a
// role may not do anyway, this only hides it.
import type { StaffAction } from '../../domain/staff/permissions'

export interface StaffTool {
  page: string
  label: string
  /** One line on what it is for, for someone new to the role. */
  hint: string
  needs: StaffAction
  /** Also offered on the inbox's own row: what most workers reach for every day. */
  daily?: boolean
}

export const TOOL_GROUPS: ReadonlyArray<{ title: string; tools: readonly StaffTool[] }> = [
  {
    title: '建议处理',
    tools: [
      {
        page: 'report',
        label: '统计与导出',
        hint: '本辖区的数量和按时办理情况，导出建议',
        needs: 'report',
        daily: true
      },
      { page: 'entry', label: '代录建议', hint: '替电话、来访或活动上提出的建议录入一条', needs: 'enter', daily: true },
      { page: 'batch', label: '批量代录', hint: '一次活动收到的纸质意见表，一屏录完', needs: 'enter' },
      { page: 'templates', label: '回复模板', hint: '常用回复，写回复时从这里选', needs: 'reply', daily: true },
      { page: 'deadlines', label: '处理期限', hint: '受理和答复各要在几个工作日内完成', needs: 'manageDeadlines' }
    ]
  },
  {
    title: '活动与地点',
    tools: [
      {
        page: 'activities',
        label: '活动管理',
        hint: '发布活动，看报名、签到和导出名单',
        needs: 'manageActivities',
        daily: true
      },
      {
        page: 'visits',
        label: '参观预约',
        hint: '家长预约参观托育机构，联系后记下结果',
        needs: 'arrangeVisits',
        daily: true
      },
      { page: 'place-admin', label: '新增地点', hint: '新增一个地点，或修改地点信息', needs: 'correctPlaces' },
      { page: 'corrections', label: '地点纠错', hint: '居民报告的地点错误，核实后更正并答复', needs: 'correctPlaces' },
      { page: 'places-import', label: '地点导入', hint: '从登记表格批量导入地点', needs: 'importPlaces' },
      { page: 'walk-routes', label: '儿童友好路线', hint: '上学路、步行路线，显示在地图上', needs: 'correctPlaces' },
      { page: 'offices', label: '社区通讯录', hint: '街道和社区办公室的地址、电话和时间', needs: 'manageOffices' }
    ]
  },
  {
    title: '儿童参与和信息公开',
    tools: [
      { page: 'council', label: '儿童议事会', hint: '小代表、每季度的议事轮次和答复', needs: 'manageCouncil' },
      { page: 'polls', label: '快问快答', hint: '向小朋友和家长提一个问题，结束后公布结果', needs: 'runPolls' },
      { page: 'progress', label: '目标进展录入', hint: '录入 2026 年目标的当前数值和来源', needs: 'recordProgress' },
      { page: 'content', label: '政策与动态发布', hint: '新的政策版本和首页的“有什么变化”', needs: 'publishContent' }
    ]
  },
  {
    title: '人员与记录',
    tools: [
      { page: 'staff-admin', label: '人员管理', hint: '添加工作人员，设置角色和负责范围', needs: 'manageStaff' },
      { page: 'audit', label: '操作记录', hint: '谁在什么时候做了什么，包括查看联系方式', needs: 'viewAudit' }
    ]
  }
]

type Can = Partial<Record<StaffAction, boolean>>

/** The groups with the tools this role may use; a group with none is left out. */
export function toolGroupsFor(can: Can): Array<{ title: string; tools: StaffTool[] }> {
  return TOOL_GROUPS.map((g) => ({ title: g.title, tools: g.tools.filter((t) => can[t.needs]) })).filter(
    (g) => g.tools.length > 0
  )
}

/** The inbox's row: the daily tools this role may use, and how many more the tools page has. */
export function dailyToolsFor(can: Can): { daily: StaffTool[]; more: number } {
  const all = toolGroupsFor(can).flatMap((g) => g.tools)
  const daily = all.filter((t) => t.daily)
  return { daily, more: all.length - daily.length }
}

export const toolUrl = (t: StaffTool) => `/pkg-staff/${t.page}/index`
