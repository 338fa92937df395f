// 负责人与内部备注 on the case page: a worker takes the case and leaves a note (sent once with its
// client id); an admin assigns it from the people who can work on it; the card says the author
// never sees it.
import TestUtils from '@tarojs/test-utils-react'
import { CHILD_CASE } from '../../../tests/fixtures/staff'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import type { StaffSuggestion } from '../../domain/staff/api'
import { callCloud } from '../../services/cloud'
import StaffCasePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const open: StaffSuggestion = {
  ...CHILD_CASE,
  id: 'kid-9',
  rev: 3,
  allowed: { ...CHILD_CASE.allowed, assign: true, note: true }
}
const AT = '2026-12-01T02:00:00.000Z'
const text = () => document.querySelector('.case-team')?.textContent ?? ''

describe('staff case: 负责人与内部备注', () => {
  beforeEach(() => mockedCall.mockReset())

  it('a worker takes the case and leaves a note; a refused note says why beside the field', async () => {
    let notes = 0
    stubCloud(mockedCall, {
      staff: {
        get: answer('staff', 'get', open),
        assign: answer('staff', 'assign', {
          ...open,
          rev: 4,
          assignee: { staffId: 's-1', name: '王社工', at: AT, by: '王社工', isMe: true }
        }),
        addNote: (r) =>
          String(r.text).length < 2
            ? failure('VALIDATION', '备注请写 2—300 个字', 'text')
            : answer('staff', 'addNote', {
                ...open,
                rev: 5 + notes++,
                assignee: { staffId: 's-1', name: '王社工', at: AT, by: '王社工', isMe: true },
                internalNotes: [{ id: String(r.clientId), at: AT, by: '王社工', text: String(r.text) }]
              })
      }
    })
    setRouterParams({ id: 'kid-9' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.case-team__take'), 'the card')
    expect(text()).toContain('提建议的人看不到')
    expect(text()).toContain('负责人：还没有人负责')
    // Not an admin: no 指派给….
    expect(document.querySelector('.case-team__pick')).toBeNull()
    await click(u, document.querySelector('.case-team__take'))
    await waitUntil(() => text().includes('负责人：我'), 'taken')
    expect(requestsTo(mockedCall, 'staff', 'assign')).toEqual([{ id: 'kid-9', staffId: 'me', rev: 3 }])
    expect(document.querySelector('.case-team__release')?.textContent).toBe('不再负责')

    await click(u, document.querySelector('.case-team__add-note'))
    await waitUntil(() => text().includes('备注请写 2—300 个字'), 'the refusal')
    await type(u, '.case-team__note-field', '已和家长约好周六去现场')
    await click(u, document.querySelector('.case-team__add-note'))
    await waitUntil(() => text().includes('已和家长约好周六去现场'), 'the note')
    const sent = requestsTo(mockedCall, 'staff', 'addNote')
    expect(sent.at(-1)).toMatchObject({ id: 'kid-9', text: '已和家长约好周六去现场', rev: 4 })
    // The refused try and the stored one carried the same client id: a resend is the same note.
    expect(new Set(sent.map((r) => r.clientId)).size).toBe(1)
  })

  it('an admin assigns it from the people who can work on it', async () => {
    const asAdmin: StaffSuggestion = { ...open, allowed: { ...open.allowed, assignOthers: true } }
    stubCloud(mockedCall, {
      staff: {
        get: answer('staff', 'get', asAdmin),
        assignees: answer('staff', 'assignees', {
          items: [
            { id: 's-1', name: '王社工', roleLabel: '社区工作者' },
            { id: 's-2', name: '李主任', roleLabel: '街道管理员' }
          ]
        }),
        assign: answer('staff', 'assign', {
          ...asAdmin,
          rev: 4,
          assignee: { staffId: 's-1', name: '王社工', at: AT, by: '李主任', isMe: false }
        })
      }
    })
    setRouterParams({ id: 'kid-9' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.case-team__pick'), 'the card')
    expect(requestsTo(mockedCall, 'staff', 'assignees')).toEqual([])
    await click(u, document.querySelector('.case-team__pick'))
    await waitUntil(() => byText('.case-team__people .ui-chip', '王社工（社区工作者）'), 'the people')
    await click(u, byText('.case-team__people .ui-chip', '王社工（社区工作者）'))
    await waitUntil(() => text().includes('负责人：王社工（李主任指派'), 'assigned')
    expect(requestsTo(mockedCall, 'staff', 'assign')).toEqual([{ id: 'kid-9', staffId: 's-1', rev: 3 }])
    expect(document.querySelector('.case-team__release')?.textContent).toBe('取消指派')
  })
})
