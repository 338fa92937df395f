// 处理期限 on the case page: each step's due day, when it was done and whether late; a due day
// in a year the calendar does not know says so.
import TestUtils from '@tarojs/test-utils-react'
import { CHILD_CASE } from '../../../tests/fixtures/staff'
import { answer, stubCloud } from '../../../tests/setup/cloud-stub'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import type { StaffSuggestion } from '../../domain/staff/api'
import { callCloud } from '../../services/cloud'
import StaffCasePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

async function show(item: StaffSuggestion) {
  stubCloud(mockedCall, { staff: { get: answer('staff', 'get', item) } })
  setRouterParams({ id: item.id })
  await new TestUtils().mount(StaffCasePage, {})
  await waitUntil(() => document.querySelector('.staff-case__deadlines'), 'the deadlines')
}

describe('staff case: 处理期限', () => {
  beforeEach(() => mockedCall.mockReset())

  it('says 受理 was late and 答复 is owed, with 逾期 first', async () => {
    await show({
      ...CHILD_CASE,
      status: 'accepted',
      deadlines: [
        { step: 'accept', due: '2026-10-12', doneAt: '2026-10-13T00:00:00.000Z', late: true },
        { step: 'answer', due: '2026-10-27', late: true }
      ]
    })
    const box = document.querySelector('.staff-case__deadlines')!
    expect(box.textContent).toContain('逾期')
    expect(Array.from(box.querySelectorAll('.staff-case__deadline')).map((e) => e.textContent)).toEqual([
      '受理：应于10月12日前，10月13日已完成（逾期）',
      '答复：应于10月27日前，已逾期'
    ])
  })

  it('tells staff when the due day is in a year whose holidays are not known yet', async () => {
    await show({
      ...CHILD_CASE,
      status: 'submitted',
      deadlines: [
        {
          step: 'accept',
          due: '2027-01-04',
          late: false,
          calendarNote: '2027 年的法定节假日和调休安排还没有收录，这个期限只按周一至周五计算，遇到节假日请自行顺延'
        }
      ]
    })
    const box = document.querySelector('.staff-case__deadlines')!
    expect(box.textContent).toBe(
      '受理：应于1月4日前2027 年的法定节假日和调休安排还没有收录，这个期限只按周一至周五计算，遇到节假日请自行顺延'
    )
  })

  it('shows nothing for a withdrawn suggestion (it owes nothing)', async () => {
    stubCloud(mockedCall, {
      staff: { get: answer('staff', 'get', { ...CHILD_CASE, status: 'withdrawn', deadlines: [] }) }
    })
    setRouterParams({ id: CHILD_CASE.id })
    await new TestUtils().mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.staff-case__head'), 'the case')
    expect(document.querySelector('.staff-case__deadlines')).toBeNull()
  })
})
