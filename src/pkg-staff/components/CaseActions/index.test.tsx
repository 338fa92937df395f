// 从公示栏隐藏 is offered for words on (or bound for) the public board only: a child's words still
// waiting for 公开 are not there, and PublishReview decides about them.
import TestUtils from '@tarojs/test-utils-react'
import { CHILD_CASE } from '../../../../tests/fixtures/staff'
import { waitUntil } from '../../../../tests/setup/wait'
import type { StaffSuggestion } from '../../../domain/staff/api'
import { CaseActions } from './index'

jest.mock('../../../services/cloud', () => ({ callCloud: jest.fn() }))

async function buttons(item: StaffSuggestion) {
  document.body.innerHTML = ''
  const u = new TestUtils()
  await u.mount(CaseActions, { props: { item, onChanged: () => undefined } })
  await waitUntil(() => document.querySelector('.case-actions'), 'the actions')
  return {
    hide: document.querySelector('.case-actions__hide') !== null,
    approve: document.querySelector('.case-actions__approve') !== null
  }
}

describe('a case’s moderation buttons', () => {
  it('offers 从公示栏隐藏 only for words approved for the board', async () => {
    expect(await buttons({ ...CHILD_CASE, publication: 'pending' })).toEqual({ hide: false, approve: false })
    expect(await buttons({ ...CHILD_CASE, publication: 'approved' })).toEqual({ hide: true, approve: false })
    expect(await buttons({ ...CHILD_CASE, publication: 'auto', mode: 'adult' })).toEqual({ hide: true, approve: false })
    expect(await buttons({ ...CHILD_CASE, visibility: 'pending_review' })).toEqual({ hide: false, approve: true })
  })
})
