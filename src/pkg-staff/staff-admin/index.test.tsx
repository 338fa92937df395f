import TestUtils from '@tarojs/test-utils-react'
import { waitUntil } from '../../../tests/setup/wait'
import { callCloud } from '../../services/cloud'
import { useStaffStore } from '../../stores/useStaffStore'
import { byText, click, fieldErrorAfter, type } from '../entry/testing'
import StaffAdminPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/media', () => ({ toast: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const worker = {
  id: 'staff-1',
  openidHint: 'x9k2',
  role: 'community_worker',
  roleLabel: '社区工作者',
  name: '王社工',
  active: true,
  scope: {
    all: false,
    street: { code: '500103003', name: '解放碑' },
    communities: [{ code: '500103003019', name: '大井巷' }],
    label: '解放碑街道 · 大井巷社区'
  }
}
const me = (role: string) => ({
  role,
  roleLabel: role,
  scope: {},
  can: { manageStaff: role === 'district_admin' },
  transitions: []
})

const setup = (role: string, save?: (staff: Record<string, unknown>) => unknown) =>
  mockedCall.mockImplementation((async (_n: string, p: { action: string; staff?: Record<string, unknown> }) => {
    if (p.action === 'me') return { ok: true, data: me(role) }
    if (p.action === 'listStaff') return { ok: true, data: { items: [worker] } }
    return save?.(p.staff ?? {})
  }) as never)

describe('staff admin', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useStaffStore.setState({ me: null })
  })

  it('tells a non-admin that only district admins manage staff, and lists nothing', async () => {
    setup('street_admin')
    const u = new TestUtils()
    await u.mount(StaffAdminPage, {})
    await waitUntil(() => document.body.textContent?.includes('只有区级管理员可以管理工作人员'), 'the refusal')
    expect(mockedCall).not.toHaveBeenCalledWith('staff', { action: 'listStaff' })
    expect(document.querySelector('.staff-form-new')).toBeNull()
  })

  it('lists staff and deactivates one', async () => {
    setup('district_admin', (staff) => ({ ok: true, data: { ...worker, active: staff.active } }))
    const u = new TestUtils()
    await u.mount(StaffAdminPage, {})
    await waitUntil(() => document.body.textContent?.includes('王社工 · 社区工作者'), 'the list')
    expect(document.body.textContent).toContain('解放碑街道 · 大井巷社区 · 在岗 · openid …x9k2')
    await click(u, document.querySelector('.staff-admin__deactivate'))
    await waitUntil(() => document.body.textContent?.includes('已停用 · openid'), 'deactivated')
    expect(mockedCall).toHaveBeenCalledWith('staff', {
      action: 'saveStaff',
      staff: {
        id: 'staff-1',
        role: 'community_worker',
        scope: { street: '500103003', communities: ['500103003019'] },
        name: '王社工',
        active: false
      }
    })
  })

  it('adds a community worker and shows the server’s field error next to the field', async () => {
    setup('district_admin', () => ({
      ok: false,
      error: { code: 'CONFLICT', message: '这个 openid 已经登记过了', field: 'openid' }
    }))
    const u = new TestUtils()
    await u.mount(StaffAdminPage, {})
    await waitUntil(() => document.querySelector('.staff-form-new'), 'the form')
    await type(u, '.staff-form-new__openid', 'oAbc123456789')
    await click(u, byText('.street-picker__chip', '解放碑'))
    await click(u, byText('.staff-form-new__communities .choice-chips__chip', '大井巷'))
    await type(u, '.staff-form-new__name', '李社工')
    await click(u, document.querySelector('.staff-form-new__save'))
    await waitUntil(() => document.body.textContent?.includes('这个 openid 已经登记过了'), 'the server error')
    expect(fieldErrorAfter('.staff-form-new__openid')).toContain('这个 openid 已经登记过了')
    expect(mockedCall).toHaveBeenCalledWith('staff', {
      action: 'saveStaff',
      staff: {
        openid: 'oAbc123456789',
        role: 'community_worker',
        scope: { communities: ['500103003019'] },
        name: '李社工',
        active: true
      }
    })
  })
})
