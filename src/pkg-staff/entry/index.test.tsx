import TestUtils from '@tarojs/test-utils-react'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, fieldErrorAfter, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { callCloud } from '../../services/cloud'
import StaffEntryPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const entered = (id: string) =>
  answer('staff', 'enter', {
    id,
    status: 'submitted',
    visibility: 'visible',
    createdAt: '2026-11-28T02:00:00Z',
    duplicate: false
  })

describe('staff assisted entry', () => {
  beforeEach(() => mockedCall.mockReset())

  it('sends an adult’s suggestion with its channel, then offers another', async () => {
    stubCloud(mockedCall, { staff: { enter: entered('entry-1') } })
    const u = new TestUtils()
    await u.mount(StaffEntryPage, {})
    await click(u, byText('.staff-entry__channel .ui-chip', '纸质'))
    await click(u, document.querySelector('[data-topic="school_way"]'))
    await type(u, '.staff-entry__title', '学校门口需要护学岗')
    await type(u, '.staff-entry__text', '早上八点前车很多，孩子过马路很危险，希望有人护学。')
    await click(u, document.querySelector('.staff-entry__submit'))
    await u.queries.waitForQueryByText('✓ 已录入')

    const [request] = requestsTo(mockedCall, 'staff', 'enter')
    expect(request.channel).toBe('paper')
    expect(request.suggestion).toMatchObject({
      mode: 'adult',
      topic: 'school_way',
      title: '学校门口需要护学岗',
      text: '早上八点前车很多，孩子过马路很危险，希望有人护学。',
      photoFileIds: [],
      onBehalfOfChild: false
    })
    expect(String((request.suggestion as { id: string }).id)).toMatch(/^entry-/)

    await click(u, byText('.staff-entry__again', '再录一条'))
    await waitUntil(() => document.querySelector('.staff-entry__submit'), 'the empty form')
  })

  it('checks a child’s entry on the client first and sends nothing', async () => {
    stubCloud(mockedCall, { staff: { enter: entered('entry-2') } })
    const u = new TestUtils()
    await u.mount(StaffEntryPage, {})
    await click(u, byText('.staff-entry__mode .ui-chip', '小朋友'))
    await click(u, document.querySelector('[data-topic="parks_green"]'))
    await type(u, '.staff-entry__text', '公园里想要一个大滑梯')
    await click(u, document.querySelector('.staff-entry__submit'))
    await waitUntil(() => document.body.textContent?.includes('告诉我们你几岁吧'), 'the age error')
    expect(fieldErrorAfter('.staff-entry__age')).toContain('告诉我们你几岁吧')
    expect(mockedCall).not.toHaveBeenCalled()

    await click(u, byText('.staff-entry__age .ui-chip', '6—9岁'))
    await click(u, document.querySelector('.staff-entry__submit'))
    await u.queries.waitForQueryByText('✓ 已录入')
    expect(requestsTo(mockedCall, 'staff', 'enter')[0].suggestion).toMatchObject({
      mode: 'child',
      topic: 'parks_green',
      title: '',
      ageGroup: '6to9'
    })
  })

  it('shows the server’s refusal next to its field', async () => {
    stubCloud(mockedCall, { staff: { enter: failure('CONTENT_BLOCKED', '标题包含不适宜信息', 'title') } })
    const u = new TestUtils()
    await u.mount(StaffEntryPage, {})
    await click(u, document.querySelector('[data-topic="school_way"]'))
    await type(u, '.staff-entry__title', '学校门口需要护学岗')
    await type(u, '.staff-entry__text', '早上八点前车很多，孩子过马路很危险，希望有人护学。')
    await click(u, document.querySelector('.staff-entry__submit'))
    await waitUntil(() => document.body.textContent?.includes('标题包含不适宜信息'), 'the title error')
    expect(fieldErrorAfter('.staff-entry__title')).toContain('标题包含不适宜信息')
    expect(document.body.textContent).not.toContain('已录入')
  })
})
