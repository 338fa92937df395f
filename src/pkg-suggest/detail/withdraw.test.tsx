import { answer, failure, requestsTo } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import type { MySuggestion } from '../../domain/suggestions/model'
import { AUTHOR_DELETED_TITLE } from '../../domain/suggestions/withdraw'
import { callCloud } from '../../services/cloud'
import { confirm } from '../../services/feedback'
import { mountDetail } from '../../../tests/setup/mount-detail'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn(), confirm: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const mockedConfirm = confirm as jest.MockedFunction<typeof confirm>

const mine: MySuggestion = {
  id: 's1',
  mode: 'child',
  topic: 'parks_green',
  title: '',
  text: '我叫小明，公园里想要一个大滑梯',
  photoFileIds: [],
  onBehalfOfChild: false,
  ageGroup: '6to9',
  visibility: 'visible',
  status: 'accepted',
  history: [{ status: 'submitted', at: '2026-11-28T02:00:00Z', by: 'author' }],
  replies: [],
  supportCount: 0,
  createdAt: '2026-11-28T02:00:00Z',
  updatedAt: '2026-11-29T02:00:00Z'
}
const at = '2026-11-30T02:00:00Z'
const withdrawn: MySuggestion = {
  ...mine,
  title: AUTHOR_DELETED_TITLE,
  text: '',
  status: 'withdrawn',
  authorDeletedAt: at,
  history: [...mine.history, { status: 'withdrawn', at, by: 'author' }]
}

const mount = (item: MySuggestion, more: Parameters<typeof mountDetail>[2] = {}) => mountDetail(mockedCall, item, more)

describe('my suggestion: withdraw and delete my data', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    mockedConfirm.mockReset()
  })

  it('asks first; cancelled sends nothing, confirmed withdraws and shows the result', async () => {
    const u = await mount(mine, { withdraw: answer('suggestions', 'withdraw', withdrawn) })
    mockedConfirm.mockResolvedValueOnce(false)
    await click(u, byText('.my-data-actions__withdraw', '撤回这条建议'))
    expect(mockedConfirm).toHaveBeenCalledWith(expect.objectContaining({ title: '撤回这条建议？' }))
    expect(requestsTo(mockedCall, 'suggestions', 'withdraw')).toEqual([])

    mockedConfirm.mockResolvedValueOnce(true)
    await click(u, byText('.my-data-actions__withdraw', '撤回这条建议'))
    await waitUntil(() => document.body.textContent?.includes('这条建议已经撤回了'), 'the withdrawn state')
    expect(requestsTo(mockedCall, 'suggestions', 'withdraw')).toEqual([{ id: 's1' }])
    expect(document.body.textContent).not.toContain('我叫小明')
    expect(document.body.textContent).toContain('已撤回')
    // Nothing left to withdraw or delete.
    expect(document.querySelector('.my-data-actions__withdraw')).toBeNull()
    expect(document.querySelector('.my-data-actions__delete')).toBeNull()
  })

  it('deletes my data from a finished suggestion (no withdraw there); an error is shown, not swallowed', async () => {
    const closed = { ...mine, status: 'closed' as const }
    let fail = true
    const u = await mount(closed, {
      deleteMyData: () =>
        fail
          ? failure('CONFLICT', '工作人员正在处理这条建议，请稍后再试')
          : answer('suggestions', 'deleteMyData', { ...withdrawn, status: 'closed' })
    })
    expect(document.querySelector('.my-data-actions__withdraw')).toBeNull()
    mockedConfirm.mockResolvedValue(true)
    await click(u, byText('.my-data-actions__delete', '删掉我写的内容'))
    await waitUntil(() => document.querySelector('.my-data-actions__error'), 'the error')
    expect(document.querySelector('.my-data-actions__error')?.textContent).toContain('稍后再试')
    fail = false
    await click(u, byText('.my-data-actions__delete', '删掉我写的内容'))
    await waitUntil(() => document.body.textContent?.includes('你写的内容都删掉了'), 'the deleted state')
    expect(document.querySelector('.my-data-actions__error')).toBeNull()
    expect(requestsTo(mockedCall, 'suggestions', 'deleteMyData')).toEqual([{ id: 's1' }, { id: 's1' }])
  })
})
