import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { answer, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { whoAmIAs } from '../../../tests/fixtures/staff'
import type { Role } from '../../domain/roles'
import { callCloud } from '../../services/cloud'
import { useSessionStore } from '../../stores/useSessionStore'
import StaffToolsPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const headings = () => Array.from(document.querySelectorAll('.ui-card__title')).map((h) => h.textContent)

async function openAs(role: Role) {
  stubCloud(mockedCall, { user: { whoami: answer('user', 'whoami', whoAmIAs(role)) } })
  const u = new TestUtils()
  await u.mount(StaffToolsPage, {})
  return u
}

describe('工作工具', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useSessionStore.setState({ me: null, status: 'idle' })
  })

  it('shows a district admin every tool in its group, each with what it is for, and opens the one tapped', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const u = await openAs('district_admin')
    await waitUntil(() => headings().length === 4, 'the groups')
    expect(headings()).toEqual(['建议处理', '活动与地点', '儿童参与和信息公开', '人员与记录'])
    expect(document.querySelectorAll('.staff-tools__link')).toHaveLength(18)
    const progress = byText('.staff-tools__link', '目标进展录入')
    expect(progress?.textContent).toContain('录入 2026 年目标的当前数值和来源')
    await click(u, progress)
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pkg-staff/progress/index' })
    navigateTo.mockRestore()
  })

  it('shows a community worker only the tools of their role', async () => {
    await openAs('community_worker')
    await waitUntil(() => headings().length === 2, 'the groups')
    expect(Array.from(document.querySelectorAll('.staff-tools__label')).map((l) => l.textContent)).toEqual([
      '统计与导出',
      '代录建议',
      '批量代录',
      '回复模板',
      '活动管理',
      '参观预约'
    ])
    expect(document.body.textContent).not.toContain('人员管理')
  })

  it('tells someone who is not staff, in words, whom to ask', async () => {
    await openAs('citizen')
    await waitUntil(() => Boolean(document.querySelector('.staff-only__refusal')), 'the refusal')
    expect(document.body.textContent).toContain('请联系区级管理员开通账号')
    expect(document.querySelector('.staff-tools__link')).toBeNull()
  })
})
