import TestUtils from '@tarojs/test-utils-react'
import { whoAmIAs, WORKER_VIEW } from '../../../tests/fixtures/staff'
import { answer, failure, requestsTo, stubCloud, type CloudAnswers } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import type { Role } from '../../domain/roles'
import type { Department } from '../../domain/staff/routing'
import type { Topic } from '../../domain/suggestions/model'
import { callCloud } from '../../services/cloud'
import { useSessionStore } from '../../stores/useSessionStore'
import StaffAdminPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const TRAFFIC: Department = { _id: 'dept-traffic', name: '交巡警', topics: ['school_way'], active: true }

const setup = (role: Role, saveStaff?: NonNullable<CloudAnswers['staff']>['saveStaff']) =>
  stubCloud(mockedCall, {
    user: { whoami: answer('user', 'whoami', whoAmIAs(role)) },
    staff: {
      listStaff: answer('staff', 'listStaff', { items: [WORKER_VIEW] }),
      departments: answer('staff', 'departments', { items: [TRAFFIC] }),
      saveDepartment: (req) => {
        const d = req.department as { name: string; topics: Topic[]; id?: string; active?: boolean }
        return d.name.length < 2
          ? failure('VALIDATION', '部门名称请写 2—20 个字', 'name')
          : answer('staff', 'saveDepartment', {
              _id: d.id ?? 'dept-new',
              name: d.name,
              topics: d.topics,
              active: d.active !== false
            })
      },
      ...(saveStaff ? { saveStaff } : {})
    }
  })

describe('staff admin', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useSessionStore.setState({ me: null, status: 'idle' })
  })

  it('tells a non-admin that only district admins manage staff, and lists nothing', async () => {
    setup('street_admin')
    const u = new TestUtils()
    await u.mount(StaffAdminPage, {})
    await waitUntil(() => document.body.textContent?.includes('只有区级管理员可以管理工作人员'), 'the refusal')
    expect(requestsTo(mockedCall, 'staff', 'listStaff')).toHaveLength(0)
    expect(document.querySelector('.staff-form-new')).toBeNull()
  })

  it('lists staff and deactivates one', async () => {
    setup('district_admin', (req) => {
      const staff = req.staff as { active: boolean }
      return answer('staff', 'saveStaff', { ...WORKER_VIEW, active: staff.active })
    })
    const u = new TestUtils()
    await u.mount(StaffAdminPage, {})
    await waitUntil(() => document.body.textContent?.includes('王社工 · 社区工作者'), 'the list')
    expect(document.body.textContent).toContain('解放碑街道 · 大井巷社区 · 在岗 · 编号 …x9k2')
    await click(u, document.querySelector('.staff-admin__deactivate'))
    await waitUntil(() => document.body.textContent?.includes('已停用 · 编号'), 'deactivated')
    expect(document.querySelectorAll('.staff-admin__item')).toHaveLength(1)
    expect(requestsTo(mockedCall, 'staff', 'saveStaff')).toEqual([
      {
        staff: {
          id: 'staff-1',
          role: 'community_worker',
          scope: { street: '500103003', communities: ['500103003019'] },
          name: '王社工',
          active: false,
          safeguardingContact: false
        }
      }
    ])
  })

  it('makes a district admin the 儿童保护联系人 from the list (saved whole), and not a worker', async () => {
    const admin = {
      ...WORKER_VIEW,
      id: 'staff-2',
      role: 'district_admin' as const,
      roleLabel: '区级管理员',
      name: '李主任'
    }
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('district_admin')) },
      staff: {
        listStaff: answer('staff', 'listStaff', { items: [WORKER_VIEW, admin] }),
        departments: answer('staff', 'departments', { items: [] }),
        saveStaff: () => answer('staff', 'saveStaff', { ...admin, safeguardingContact: true })
      }
    })
    const u = new TestUtils()
    await u.mount(StaffAdminPage, {})
    await waitUntil(() => document.body.textContent?.includes('李主任 · 区级管理员'), 'the list')
    expect(document.querySelectorAll('.staff-admin__safeguarding')).toHaveLength(1)
    await click(u, document.querySelector('.staff-admin__safeguarding'))
    await waitUntil(() => document.body.textContent?.includes('· 儿童保护联系人'), 'the contact')
    expect(requestsTo(mockedCall, 'staff', 'saveStaff')[0]).toMatchObject({
      staff: { id: 'staff-2', role: 'district_admin', name: '李主任', active: true, safeguardingContact: true }
    })
    expect(document.querySelector('.staff-admin__safeguarding')?.textContent).toBe('取消儿童保护联系人')
  })

  it('says why the list failed and asks again on 重试', async () => {
    let calls = 0
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('district_admin')) },
      staff: {
        listStaff: () => (++calls === 1 ? failure('INTERNAL') : answer('staff', 'listStaff', { items: [WORKER_VIEW] })),
        departments: answer('staff', 'departments', { items: [] })
      }
    })
    const u = new TestUtils()
    await u.mount(StaffAdminPage, {})
    await u.queries.waitForQueryByText('服务暂时不可用，请稍后重试')
    await click(u, byText('.ui-error__retry', '重试'))
    await waitUntil(() => document.body.textContent?.includes('王社工 · 社区工作者'), 'the list')
    expect(document.querySelector('.ui-error')).toBeNull()
  })

  it('prepares a community worker’s place without an openid: a field error from the server beside its field, then the code to hand over', async () => {
    let attempts = 0
    setup('district_admin', (req) => {
      const staff = req.staff as { name: string }
      return ++attempts === 1
        ? failure('VALIDATION', '姓名或称呼请写 2—20 个字', 'name')
        : answer('staff', 'saveStaff', {
            ...WORKER_VIEW,
            id: 'staff-invite-1',
            name: staff.name,
            openidHint: '',
            invite: 'ABCD-EFGH'
          })
    })
    const u = new TestUtils()
    await u.mount(StaffAdminPage, {})
    await waitUntil(() => document.querySelector('.staff-form-new'), 'the form')
    // Nobody is asked to type an openid.
    expect(document.querySelector('.staff-form-new__openid')).toBeNull()
    await click(u, byText('.street-picker__streets .ui-chip', '解放碑'))
    await click(u, byText('.staff-form-new__communities .ui-chip', '大井巷'))
    await type(u, '.staff-form-new__name', '李社工')
    await click(u, document.querySelector('.staff-form-new__save'))
    await waitUntil(() => document.body.textContent?.includes('姓名或称呼请写 2—20 个字'), 'the server error')
    expect(document.querySelector('.staff-form-new__name .ui-field__error')?.textContent).toContain('姓名或称呼请写')
    await click(u, document.querySelector('.staff-form-new__save'))
    await waitUntil(() => document.body.textContent?.includes('待加入，邀请码 ABCD-EFGH'), 'the code')
    const sent = requestsTo(mockedCall, 'staff', 'saveStaff')
    expect(sent[0]).toEqual({
      staff: {
        inviteId: expect.stringMatching(/^invite-/),
        role: 'community_worker',
        scope: { communities: ['500103003019'] },
        name: '李社工',
        active: true
      }
    })
    // The same place asked for again (the first answer was a refusal): one id for both.
    expect(sent[1]).toEqual(sent[0])
  })

  it('adds a department with the topics it handles, switches one off, and adds a staff member of a department', async () => {
    setup('district_admin', (req) => {
      const staff = req.staff as { name: string }
      return answer('staff', 'saveStaff', {
        ...WORKER_VIEW,
        id: 'staff-2',
        name: staff.name,
        role: 'department_staff',
        roleLabel: '部门工作人员',
        scope: { all: false, communities: [], label: '交巡警', department: { id: 'dept-traffic', name: '交巡警' } }
      })
    })
    const u = new TestUtils()
    await u.mount(StaffAdminPage, {})
    await waitUntil(() => document.querySelector('.departments__item'), 'the departments')
    expect(document.querySelector('.departments__item')?.textContent).toContain('常办：上学路上 · 接收转办')

    // A name too short is refused beside its field; then saved with its topics.
    await click(u, document.querySelector('.departments__add'))
    await waitUntil(() => document.body.textContent?.includes('部门名称请写 2—20 个字'), 'the refusal')
    await type(u, '.departments__name', '区卫健委')
    await click(u, byText('.departments__topics .ui-chip', '看病'))
    await click(u, document.querySelector('.departments__add'))
    await waitUntil(() => document.querySelectorAll('.departments__item').length === 2, 'the new department')
    // A new department carries its client id, the same on the refused try and the saved one.
    const adds = requestsTo(mockedCall, 'staff', 'saveDepartment')
    expect(adds.at(-1)).toEqual({
      department: { id: expect.stringMatching(/^dept-/), create: true, name: '区卫健委', topics: ['doctor'] }
    })
    expect((adds[0].department as { id: string }).id).toBe((adds[1].department as { id: string }).id)
    await click(u, document.querySelector('.departments__toggle'))
    await waitUntil(() => document.body.textContent?.includes('上学路上 · 已停用'), 'switched off')

    // A department's staff member: the role asks for the department, not a street.
    await click(u, byText('.staff-form-new__role .ui-chip', '部门工作人员'))
    expect(document.querySelector('.street-picker')).toBeNull()
    await waitUntil(() => document.querySelector('.staff-form-new__department .ui-chip'), 'the department chips')
    await click(u, byText('.staff-form-new__department .ui-chip', '交巡警'))
    await type(u, '.staff-form-new__name', '李医生')
    await click(u, document.querySelector('.staff-form-new__save'))
    await waitUntil(() => requestsTo(mockedCall, 'staff', 'saveStaff').length === 1, 'the save')
    expect(requestsTo(mockedCall, 'staff', 'saveStaff')[0]).toEqual({
      staff: {
        inviteId: expect.stringMatching(/^invite-/),
        role: 'department_staff',
        scope: { department: 'dept-traffic' },
        name: '李医生',
        active: true
      }
    })
  })
})
