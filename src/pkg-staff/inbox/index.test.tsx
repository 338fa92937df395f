import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { inboxItem, whoAmIAs } from '../../../tests/fixtures/staff'
import { answer, deferred, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, fireDidShow } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import type { ResponseOf } from '../../domain/cloud-api'
import type { CloudResult } from '../../domain/errors'
import { callCloud } from '../../services/cloud'
import { useSessionStore } from '../../stores/useSessionStore'
import { useStaffStore } from '../../stores/useStaffStore'
import StaffInboxPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

type InboxAnswer = CloudResult<ResponseOf<'staff', 'inbox'>>
const page = (...items: ReturnType<typeof inboxItem>[]) =>
  answer('staff', 'inbox', { items, next: null, total: items.length, complete: true })
const ALL = page(inboxItem('a', '路口需要护学岗'), inboxItem('b', '公园缺少饮水点', 'accepted'))
const NEW_ONLY = page(inboxItem('a', '路口需要护学岗'))
const cards = () => Array.from(document.querySelectorAll('.inbox-card')).map((c) => c.textContent ?? '')
const statusChip = (label: string) =>
  // By its spoken name: the visible text of a chosen chip starts with ✓.
  Array.from(document.querySelectorAll('.ui-chip')).find((c) => c.getAttribute('aria-label') === label) as HTMLElement

/** Mounts and shows the page, as Taro does when it opens (mount, then the first onShow). */
async function open(u: TestUtils) {
  await u.mount(StaffInboxPage, {})
  await u.act(async () => fireDidShow())
}

describe('staff inbox', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useStaffStore.setState({ filter: {}, sort: 'newest' })
    useSessionStore.setState({ me: null, status: 'idle' })
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('community_worker')) },
      staff: {
        inbox: (req) => (req.filter?.status?.includes('submitted') ? NEW_ONLY : ALL)
      }
    })
  })

  it('lists the suggestions of the worker’s area and filters by status on the server', async () => {
    const u = new TestUtils()
    await open(u)
    await u.queries.waitForQueryByText('公园缺少饮水点')
    expect(document.body.textContent).toContain('社区工作者 · 示例社工 · 共 2 条')
    expect(document.querySelector('.inbox-card')?.textContent).toContain('大井巷')
    expect(Array.from(document.querySelectorAll('.staff-inbox__link')).map((l) => l.textContent)).toEqual([
      '代录建议 ›',
      '批量代录 ›',
      '回复模板 ›'
    ]) // 人员管理: district admins only

    await click(u, statusChip('待受理'))
    await waitUntil(() => cards().length === 1, 'one card')
    expect(requestsTo(mockedCall, 'staff', 'inbox').at(-1)).toMatchObject({ filter: { status: ['submitted'] } })
    expect(statusChip('待受理').getAttribute('aria-checked')).toBe('true')
  })

  it('links a district admin to every staff page, the places import and corrections included', async () => {
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('district_admin')) },
      staff: { inbox: ALL }
    })
    const u = new TestUtils()
    await open(u)
    await waitUntil(() => document.querySelectorAll('.staff-inbox__link').length === 9, 'the admin links')
    expect(Array.from(document.querySelectorAll('.staff-inbox__link')).map((l) => l.textContent)).toEqual([
      '代录建议 ›',
      '批量代录 ›',
      '回复模板 ›',
      '人员管理 ›',
      '政策与动态发布 ›',
      '操作记录 ›',
      '地点导入 ›',
      '地点纠错 ›',
      '目标进展录入 ›'
    ])
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

  it('sends one list request when it opens, and one each time it shows again', async () => {
    const u = new TestUtils()
    await open(u)
    await u.queries.waitForQueryByText('公园缺少饮水点')
    expect(requestsTo(mockedCall, 'staff', 'inbox')).toHaveLength(1)
    // Who the worker is comes from the one who-am-I, asked once (staff.me is not asked).
    expect(requestsTo(mockedCall, 'user', 'whoami')).toHaveLength(1)
    expect(requestsTo(mockedCall, 'staff', 'me')).toHaveLength(0)
    // Coming back to the page asks again, once.
    await u.act(async () => fireDidShow())
    await waitUntil(() => requestsTo(mockedCall, 'staff', 'inbox').length === 2, 'the refresh on show')
    await u.act(async () => fireDidShow())
    await waitUntil(() => requestsTo(mockedCall, 'staff', 'inbox').length === 3, 'the next refresh')
  })

  it('shows the last filter tapped even when an earlier answer comes later', async () => {
    const answers: Array<ReturnType<typeof deferred<InboxAnswer>>> = []
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('community_worker')) },
      staff: {
        inbox: () => {
          const d = deferred<InboxAnswer>()
          answers.push(d)
          return d.promise
        }
      }
    })
    const u = new TestUtils()
    await open(u)
    await click(u, statusChip('待受理')) // asks for submitted only
    await click(u, statusChip('全部')) // then everything: this is what must stay on screen
    expect(requestsTo(mockedCall, 'staff', 'inbox').map((r) => r.filter?.status)).toEqual([
      undefined,
      ['submitted'],
      undefined
    ])

    // The backend answers the last request first, then the older ones.
    await u.act(async () => answers[2].resolve(ALL))
    await waitUntil(() => cards().length === 2, 'the full list')
    await u.act(async () => answers[1].resolve(NEW_ONLY))
    await u.act(async () => answers[0].resolve(page(inboxItem('x', '旧的回答'))))
    await new Promise((r) => setTimeout(r, 50))
    expect(cards()).toHaveLength(2)
    expect(cards().join()).toContain('公园缺少饮水点')
    expect(cards().join()).not.toContain('旧的回答')
    expect(document.body.textContent).toContain('共 2 条')
    expect(statusChip('全部').getAttribute('aria-checked')).toBe('true')
  })

  it('says why the list failed and loads it again on 重试', async () => {
    let fail = true
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('community_worker')) },
      staff: {
        inbox: () => (fail ? { ok: false, error: { code: 'NETWORK', message: '网络连接失败，请检查网络后重试' } } : ALL)
      }
    })
    const u = new TestUtils()
    await open(u)
    await u.queries.waitForQueryByText('网络连接失败，请检查网络后重试')
    fail = false
    await click(u, byText('.ui-error__retry', '重试'))
    await waitUntil(() => cards().length === 2, 'the list after retry')
    expect(document.querySelector('.ui-error')).toBeNull()
  })

  it('finds refused and withdrawn suggestions by their own chips, not only under 全部', async () => {
    const u = new TestUtils()
    await open(u)
    await u.queries.waitForQueryByText('路口需要护学岗')
    const labels = Array.from(document.querySelectorAll('.staff-inbox__status .ui-chip')).map((c) =>
      c.getAttribute('aria-label')
    )
    expect(labels).toEqual(['全部', '待受理', '处理中', '已答复/采纳', '不予采纳', '已办结', '已撤回', '跟进'])
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
