// 办结 on the case page: closing asks what was done, beside the field, in words its author reads
// (a child's row asks for child words); the note goes with the step.
import TestUtils from '@tarojs/test-utils-react'
import { CHILD_CASE } from '../../../tests/fixtures/staff'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { click, type } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import type { StaffSuggestion } from '../../domain/staff/api'
import { checkTransition } from '../../domain/staff/workflow'
import { callCloud } from '../../services/cloud'
import StaffCasePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const answered: StaffSuggestion = {
  ...CHILD_CASE,
  id: 'kid-close',
  status: 'answered',
  rev: 6,
  allowed: { ...CHILD_CASE.allowed, transitions: ['closed'] }
}

describe('staff case: 办结', () => {
  beforeEach(() => mockedCall.mockReset())

  it('asks a child’s case for child words, refuses beside the field without them, then closes with the note', async () => {
    stubCloud(mockedCall, {
      staff: {
        get: answer('staff', 'get', answered),
        // The server's own rule decides (src/domain/staff/workflow.ts).
        transition: (r) => {
          const check = checkTransition({
            from: 'answered',
            to: 'closed',
            role: 'community_worker',
            note: r.note,
            by: '王社工',
            at: '2026-12-01T02:00:00Z'
          })
          return check.ok
            ? answer('staff', 'transition', {
                ...answered,
                status: 'closed',
                rev: 7,
                history: [...answered.history, check.entry],
                allowed: { ...answered.allowed, transitions: [] }
              })
            : failure(check.code, check.message, check.field)
        }
      }
    })
    setRouterParams({ id: 'kid-close' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.case-actions__move'), 'the step')
    expect(document.querySelector('.case-actions__note')?.textContent).toContain('小朋友会看到，请用小朋友听得懂的话写')
    await click(u, document.querySelector('.case-actions__move'))
    await waitUntil(
      () => document.querySelector('.case-actions__note')?.textContent?.includes('请填写办结说明') ?? false,
      'the refusal beside the field'
    )
    await type(u, '.case-actions__note', '秋千已经装好啦，快去玩吧！')
    await click(u, document.querySelector('.case-actions__move'))
    await waitUntil(
      () => document.querySelector('.staff-case__head')?.textContent?.includes('已办结') ?? false,
      'closed'
    )
    expect(requestsTo(mockedCall, 'staff', 'transition').at(-1)).toEqual({
      id: 'kid-close',
      to: 'closed',
      rev: 6,
      note: '秋千已经装好啦，快去玩吧！'
    })
    // Closed: no step can follow, so no note field waits for a button that is not there.
    expect(document.querySelector('.case-actions__note')).toBeNull()
  })

  it('on a closed case on the board, the field is the reason for hiding it, and goes with 从公示栏隐藏', async () => {
    const onBoard: StaffSuggestion = {
      ...answered,
      status: 'closed',
      visibility: 'visible',
      publication: 'approved',
      allowed: { ...answered.allowed, transitions: [], moderate: true }
    }
    stubCloud(mockedCall, {
      staff: {
        get: answer('staff', 'get', onBoard),
        moderate: answer('staff', 'moderate', { ...onBoard, visibility: 'hidden' })
      }
    })
    setRouterParams({ id: 'kid-close' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.case-actions__hide'), 'the hide button')
    expect(document.querySelector('.case-actions__note')?.textContent).toContain('从公示栏隐藏的原因')
    await type(u, '.case-actions__note', '照片里有孩子的脸')
    await click(u, document.querySelector('.case-actions__hide'))
    await waitUntil(() => requestsTo(mockedCall, 'staff', 'moderate').length === 1, 'the hide')
    expect(requestsTo(mockedCall, 'staff', 'moderate')[0]).toMatchObject({ op: 'hide', reason: '照片里有孩子的脸' })
  })

  it('says why a case waiting for review is not shown yet', async () => {
    stubCloud(mockedCall, { staff: { get: answer('staff', 'get', { ...answered, visibility: 'pending_review' }) } })
    setRouterParams({ id: 'kid-close' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.case-actions__pending'), 'the review note')
    expect(document.querySelector('.case-actions__pending')?.textContent).toContain('审核通过前不对外显示')
  })
})
