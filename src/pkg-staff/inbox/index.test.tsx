import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { waitUntil } from '../../../tests/setup/wait'
import { callCloud } from '../../services/cloud'
import { useStaffStore } from '../../stores/useStaffStore'
import StaffInboxPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const item = (id: string, title: string, status = 'submitted') => ({
  id,
  topic: 'safety',
  mode: 'adult',
  title,
  excerpt: '放学时车多',
  street: '500103003',
  community: '500103003019',
  status,
  visibility: 'visible',
  supportCount: 2,
  createdAt: '2026-11-28T02:00:00Z',
  updatedAt: '2026-11-28T02:00:00Z',
  hasPhoto: false,
  hasDrawing: false,
  hasContact: true,
  replyCount: 0
})

describe('staff inbox', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useStaffStore.setState({ filter: {}, sort: 'newest', items: [], next: null, total: null, status: 'idle', me: null })
    mockedCall.mockImplementation((async (
      _name: string,
      payload: { action: string; filter?: { status?: string[] } }
    ) => {
      if (payload.action === 'me')
        return {
          ok: true,
          data: {
            role: 'community_worker',
            roleLabel: '社区工作者',
            name: '示例社工',
            scope: {},
            can: {},
            transitions: []
          }
        }
      const onlyNew = payload.filter?.status?.includes('submitted')
      return {
        ok: true,
        data: {
          items: onlyNew
            ? [item('a', '路口需要护学岗')]
            : [item('a', '路口需要护学岗'), item('b', '公园缺少饮水点', 'accepted')],
          next: null,
          total: onlyNew ? 1 : 2,
          complete: true
        }
      }
    }) as never)
  })

  it('lists the suggestions of the worker’s area and filters by status on the server', async () => {
    const u = new TestUtils()
    await u.mount(StaffInboxPage, {})
    await u.queries.waitForQueryByText('公园缺少饮水点')
    expect(document.body.textContent).toContain('社区工作者 · 示例社工 · 共 2 条')
    expect(document.querySelector('.inbox-card')?.textContent).toContain('大井巷')
    expect(Array.from(document.querySelectorAll('.staff-inbox__link')).map((l) => l.textContent)).toEqual([
      '代录建议 ›',
      '回复模板 ›'
    ]) // 人员管理: district admins only

    const chip = Array.from(document.querySelectorAll('.choice-chips__chip')).find(
      (c) => c.textContent === '待受理'
    ) as HTMLElement
    await u.act(async () => u.fireEvent.click(chip))
    await waitUntil(() => document.querySelectorAll('.inbox-card').length === 1, 'one card')
    expect(mockedCall).toHaveBeenLastCalledWith(
      'staff',
      expect.objectContaining({ action: 'inbox', filter: { status: ['submitted'] } })
    )
    expect(chip.getAttribute('aria-checked')).toBe('true')
  })

  it('narrows to a whole month for the monthly report', async () => {
    const u = new TestUtils()
    await u.mount(StaffInboxPage, {})
    await u.queries.waitForQueryByText('路口需要护学岗')
    const thisMonth = Array.from(document.querySelectorAll('.choice-chips__chip')).find((c) =>
      /^\d{4}年\d{1,2}月$/.test(c.textContent ?? '')
    ) as HTMLElement
    await u.act(async () => u.fireEvent.click(thisMonth))
    const last = mockedCall.mock.calls[mockedCall.mock.calls.length - 1] as unknown as [
      string,
      { filter: { from?: string; to?: string } }
    ]
    expect(last[1].filter.from).toMatch(/^\d{4}-\d{2}-01$/)
    expect(last[1].filter.to! > last[1].filter.from!).toBe(true)
  })

  it('opens a suggestion', async () => {
    const navigateTo = jest
      .spyOn(Taro, 'navigateTo')
      .mockImplementation(() => Promise.resolve({ errMsg: 'ok' } as never))
    const u = new TestUtils()
    await u.mount(StaffInboxPage, {})
    await u.queries.waitForQueryByText('路口需要护学岗')
    await u.act(async () => u.fireEvent.click(document.querySelector('.inbox-card') as HTMLElement))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pkg-staff/case/index?id=a' })
    navigateTo.mockRestore()
  })
})
