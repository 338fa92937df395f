// 标记紧急 on the case page: a worker flags a child in danger the words did not reveal, with a
// reason; a flagged row says 紧急 first, with why, and offers no second flag.
import TestUtils from '@tarojs/test-utils-react'
import { CHILD_CASE } from '../../../tests/fixtures/staff'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { click, type } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import type { StaffSuggestion } from '../../domain/staff/api'
import { callCloud } from '../../services/cloud'
import StaffCasePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

// A drawing without words: nothing for the word list to find.
const drawing: StaffSuggestion = {
  ...CHILD_CASE,
  id: 'kid-2',
  topic: 'safety',
  title: '',
  text: '',
  community: undefined,
  status: 'submitted',
  rev: 2,
  allowed: { ...CHILD_CASE.allowed, transitions: ['accepted'], publish: false, markUrgent: true }
}

describe('staff case: 紧急', () => {
  beforeEach(() => mockedCall.mockReset())

  it('标记紧急 asks why, sends it with the revision, then shows the flag first and no second offer', async () => {
    stubCloud(mockedCall, {
      staff: {
        get: answer('staff', 'get', drawing),
        markUrgent: (r) =>
          r.reason
            ? answer('staff', 'markUrgent', {
                ...drawing,
                rev: 3,
                urgent: { at: '2026-11-28T03:00:00Z', source: 'staff', by: '王社工', reason: r.reason },
                allowed: { ...drawing.allowed, markUrgent: false }
              })
            : failure('VALIDATION', '请写明为什么紧急（2—100 个字）', 'reason')
      }
    })
    setRouterParams({ id: 'kid-2' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.urgent-case__open'), 'the offer')
    await click(u, document.querySelector('.urgent-case__open'))
    await click(u, document.querySelector('.urgent-case__confirm'))
    await waitUntil(() => document.querySelector('.urgent-case .ui-field--invalid'), 'the refusal')
    await type(u, '.urgent-case__field', '画里有人被打')
    await click(u, document.querySelector('.urgent-case__confirm'))
    await waitUntil(() => document.body.textContent?.includes('紧急：可能有孩子需要帮助'), 'the flag')
    expect(requestsTo(mockedCall, 'staff', 'markUrgent').at(-1)).toEqual({
      id: 'kid-2',
      reason: '画里有人被打',
      rev: 2
    })
    expect(document.querySelector('.staff-case__head')?.textContent).toContain('紧急')
    expect(document.body.textContent).toContain('王社工 标记')
    expect(document.querySelector('.urgent-case__open')).toBeNull()
  })
})
