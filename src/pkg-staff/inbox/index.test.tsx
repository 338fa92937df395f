import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { inboxItem, whoAmIAs } from '../../../tests/fixtures/staff'
import { answer, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { ALL, cards, open, page, resetInbox, statusChip } from '../../../tests/setup/staff-inbox'
import { waitUntil } from '../../../tests/setup/wait'
import { callCloud } from '../../services/cloud'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

describe('staff inbox', () => {
  beforeEach(() => resetInbox(mockedCall))

  it('lists the suggestions of the worker’s area and filters by status on the server', async () => {
    const u = new TestUtils()
    await open(u)
    await u.queries.waitForQueryByText('公园缺少饮水点')
    expect(document.body.textContent).toContain('社区工作者 · 示例社工 · 共 2 条')
    expect(document.querySelector('.inbox-card')?.textContent).toContain('大井巷')
    // The daily tools on the row; 批量代录 behind 全部工具.
    expect(Array.from(document.querySelectorAll('.staff-inbox__link')).map((l) => l.textContent)).toEqual([
      '统计与导出 ›',
      '代录建议 ›',
      '回复模板 ›',
      '活动管理 ›',
      '参观预约 ›'
    ])
    expect(document.querySelector('.staff-inbox__all')?.textContent).toBe('全部工具 ›')

    await click(u, statusChip('待受理'))
    await waitUntil(() => cards().length === 1, 'one card')
    expect(requestsTo(mockedCall, 'staff', 'inbox').at(-1)).toMatchObject({ filter: { status: ['submitted'] } })
    expect(statusChip('待受理').getAttribute('aria-checked')).toBe('true')
  })

  it("keeps a district admin's daily tools on one named row above the list, the rest on 全部工具", async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('district_admin')) },
      staff: { inbox: ALL }
    })
    const u = new TestUtils()
    await open(u)
    await waitUntil(() => Boolean(document.querySelector('.staff-inbox__all')), 'the tools')
    // Above the list, on one named row: the list loads more as it scrolls, so below it is never reached.
    const tools = document.querySelector('.staff-inbox__links')!
    expect(tools.compareDocumentPosition(document.querySelector('.staff-inbox__list')!)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING
    )
    expect(tools.getAttribute('aria-label')).toBe('工作工具')
    expect(tools.childElementCount).toBe(6)
    await click(u, document.querySelector('.staff-inbox__all'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pkg-staff/tools/index' })
    await click(u, byText('.staff-inbox__link', '统计与导出'))
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pkg-staff/report/index' })
    navigateTo.mockRestore()
  })

  it('marks a suggestion its author reopened (还没有) as 跟进', async () => {
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('community_worker')) },
      staff: {
        inbox: page(
          { ...inboxItem('f', '滑梯还是坏的', 'in_progress'), followUp: true },
          inboxItem('b', '公园缺少饮水点')
        )
      }
    })
    const u = new TestUtils()
    await open(u)
    await u.queries.waitForQueryByText('公园缺少饮水点')
    const [reopened, plain] = Array.from(document.querySelectorAll('.inbox-card'))
    expect(reopened.textContent).toContain('跟进')
    expect(reopened.textContent).toContain('提建议的人说还没有解决')
    expect(reopened.getAttribute('aria-label')).toMatch(/^跟进，/)
    expect(plain.textContent).not.toContain('跟进')
  })

  it('a street admin finds what names no community under 待分派, and each card names who works on it', async () => {
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('street_admin')) },
      staff: {
        inbox: page({ ...inboxItem('a', '路口需要护学岗'), assigneeName: '王社工' }, inboxItem('b', '公园缺少饮水点'))
      }
    })
    const u = new TestUtils()
    await open(u)
    await u.queries.waitForQueryByText('公园缺少饮水点')
    const [assigned, free] = Array.from(document.querySelectorAll('.inbox-card'))
    expect(assigned.textContent).toContain('负责人：王社工')
    expect(free.textContent).not.toContain('负责人')
    await click(u, statusChip('待分派'))
    expect(requestsTo(mockedCall, 'staff', 'inbox').at(-1)).toMatchObject({ filter: { noCommunity: true } })
    expect(statusChip('待分派').getAttribute('aria-checked')).toBe('true')
    await click(u, statusChip('待受理'))
    expect(requestsTo(mockedCall, 'staff', 'inbox').at(-1)?.filter).toEqual({ status: ['submitted'] })
  })

  it('marks a suggestion flagged urgent (a child may be in danger) as 紧急, said first', async () => {
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('street_admin')) },
      staff: {
        inbox: page({ ...inboxItem('u', '', 'submitted'), urgent: true }, inboxItem('b', '公园缺少饮水点'))
      }
    })
    const u = new TestUtils()
    await open(u)
    await u.queries.waitForQueryByText('公园缺少饮水点')
    const [urgent, plain] = Array.from(document.querySelectorAll('.inbox-card'))
    expect(urgent.textContent).toContain('可能有孩子需要帮助')
    expect(urgent.getAttribute('aria-label')).toMatch(/^紧急，/)
    expect(plain.textContent).not.toContain('紧急')
  })

  it('marks an overdue suggestion 逾期 with its due day, and sorts 逾期优先 on the server', async () => {
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('community_worker')) },
      staff: {
        inbox: page(
          {
            ...inboxItem('o', '路灯坏了', 'submitted'),
            deadline: { step: 'accept', due: '2026-10-12', overdue: true }
          },
          {
            ...inboxItem('b', '公园缺少饮水点', 'accepted'),
            deadline: { step: 'answer', due: '2026-10-26', overdue: false }
          }
        )
      }
    })
    const u = new TestUtils()
    await open(u)
    await u.queries.waitForQueryByText('公园缺少饮水点')
    const [late, onTime] = Array.from(document.querySelectorAll('.inbox-card'))
    expect(late.textContent).toContain('受理已逾期（应于10月12日前）')
    expect(late.getAttribute('aria-label')).toMatch(/^逾期，/)
    expect(onTime.textContent).toContain('应于10月26日前答复')
    expect(onTime.textContent).not.toContain('逾期')
    await click(u, byText('.staff-inbox__filter', '筛选'))
    await click(u, byText('.ui-sheet .ui-chip', '逾期优先'))
    expect(requestsTo(mockedCall, 'staff', 'inbox').at(-1)).toMatchObject({ sort: 'overdue' })
  })

  it('跟进 shows only the rows whose author said 还没有 (any open state), and 全部 goes back', async () => {
    const u = new TestUtils()
    await open(u)
    await u.queries.waitForQueryByText('公园缺少饮水点')
    await click(u, statusChip('待受理'))
    await click(u, statusChip('跟进'))
    await waitUntil(() => statusChip('跟进').getAttribute('aria-checked') === 'true', '跟进 chosen')
    expect(requestsTo(mockedCall, 'staff', 'inbox').at(-1)!.filter).toEqual({ followUp: true })
    expect(statusChip('待受理').getAttribute('aria-checked')).toBe('false')
    await click(u, statusChip('全部'))
    await waitUntil(() => statusChip('全部').getAttribute('aria-checked') === 'true', '全部 chosen')
    expect(requestsTo(mockedCall, 'staff', 'inbox').at(-1)!.filter).toEqual({})
    expect(statusChip('跟进').getAttribute('aria-checked')).toBe('false')
  })

  it('finds refused and withdrawn suggestions by their own chips, not only under 全部', async () => {
    const u = new TestUtils()
    await open(u)
    await u.queries.waitForQueryByText('路口需要护学岗')
    const labels = Array.from(document.querySelectorAll('.staff-inbox__status .ui-chip')).map((c) =>
      c.getAttribute('aria-label')
    )
    expect(labels).toEqual([
      '全部',
      '我负责的',
      '待受理',
      '处理中',
      '已答复/采纳',
      '不予采纳',
      '已办结',
      '已撤回',
      '跟进'
    ])
    // 我负责的: what is assigned to the caller, in any state; a status chip leaves it.
    await click(u, statusChip('我负责的'))
    expect(requestsTo(mockedCall, 'staff', 'inbox').at(-1)).toMatchObject({ filter: { mine: true } })
    await click(u, statusChip('不予采纳'))
    expect(requestsTo(mockedCall, 'staff', 'inbox').at(-1)).toMatchObject({ filter: { status: ['rejected'] } })
    await click(u, statusChip('已撤回'))
    expect(requestsTo(mockedCall, 'staff', 'inbox').at(-1)).toMatchObject({ filter: { status: ['withdrawn'] } })
  })

  it('shows one row of status chips; the other filters are in the 筛选 sheet', async () => {
    const u = new TestUtils()
    await open(u)
    await u.queries.waitForQueryByText('路口需要护学岗')
    expect(document.querySelectorAll('.staff-inbox__filters .ui-chip-group')).toHaveLength(1)
    expect(document.querySelector('.ui-sheet')).toBeNull()
    await click(u, byText('.staff-inbox__filter', '筛选'))
    const groups = Array.from(document.querySelectorAll('.ui-sheet .ui-chip-group__label')).map((l) => l.textContent)
    expect(groups).toEqual(['时间', '提建议的人', '年龄', '类别', '照片', '排序'])
    await click(u, byText('.ui-sheet .ui-chip', '有照片'))
    expect(requestsTo(mockedCall, 'staff', 'inbox').at(-1)).toMatchObject({ filter: { hasPhoto: true } })
    await click(u, byText('.ui-sheet .ui-chip', '解放碑'))
    expect(requestsTo(mockedCall, 'staff', 'inbox').at(-1)).toMatchObject({ filter: { street: '500103003' } })
    await waitUntil(() => byText('.staff-inbox__filter', '筛选 2'), 'the count on 筛选')
    await click(u, byText('.ui-sheet .ui-button', '看结果'))
    expect(document.querySelector('.ui-sheet')).toBeNull()
  })

  it('narrows to a whole month for the monthly report', async () => {
    const u = new TestUtils()
    await open(u)
    await u.queries.waitForQueryByText('路口需要护学岗')
    await click(u, byText('.staff-inbox__filter', '筛选'))
    const thisMonth = Array.from(document.querySelectorAll('.ui-chip')).find((c) =>
      /^\d{4}年\d{1,2}月$/.test(c.textContent ?? '')
    ) as HTMLElement
    await click(u, thisMonth)
    const last = requestsTo(mockedCall, 'staff', 'inbox').at(-1)!
    expect(last.filter?.from).toMatch(/^\d{4}-\d{2}-01$/)
    expect(last.filter!.to! > last.filter!.from!).toBe(true)
  })

  it('opens a suggestion', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const u = new TestUtils()
    await open(u)
    await u.queries.waitForQueryByText('路口需要护学岗')
    await click(u, document.querySelector('.inbox-card'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pkg-staff/case/index?id=a' })
    navigateTo.mockRestore()
  })
})
