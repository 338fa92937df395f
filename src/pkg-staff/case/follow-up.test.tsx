// The staff case page: 跟进, the author's 还没有 with their sentence or drawing.
import TestUtils from '@tarojs/test-utils-react'
import { CHILD_CASE as kid } from '../../../tests/fixtures/staff'
import { answer, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import type { StaffSuggestion } from '../../domain/staff/api'
import { callCloud } from '../../services/cloud'
import StaffCasePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

describe('staff case: 跟进', () => {
  beforeEach(() => mockedCall.mockReset())

  it('shows the author’s 还没有 and their sentence while the follow-up is open', async () => {
    const reopened: StaffSuggestion = {
      ...kid,
      status: 'in_progress',
      followUps: [
        { answer: 'not_yet', at: '2026-11-30T02:00:00Z', closedAt: '2026-11-29T02:00:00Z', text: '秋千还没装' }
      ],
      history: [...kid.history, { status: 'in_progress', at: '2026-11-30T02:00:00Z', by: 'author', event: 'reopened' }]
    }
    stubCloud(mockedCall, { staff: { get: answer('staff', 'get', reopened) } })
    setRouterParams({ id: 'kid-1' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.staff-case__follow-ups'), 'the follow-up card')
    const card = document.querySelector('.staff-case__follow-ups')!.textContent
    expect(card).toContain('跟进：提建议的人说还没有解决')
    expect(card).toContain('2026-11-30 还没有：秋千还没装')
    expect(document.body.textContent).toContain('提建议的人说：还没有解决，重新办理')
  })

  it('shows a child’s drawing with 还没有 through the staff image links', async () => {
    const DRAWING = 'local://files/follow-drawing.png'
    const reopened: StaffSuggestion = {
      ...kid,
      status: 'in_progress',
      followUps: [
        { answer: 'not_yet', at: '2026-11-30T02:00:00Z', closedAt: '2026-11-29T02:00:00Z', drawingFileId: DRAWING }
      ]
    }
    stubCloud(mockedCall, {
      staff: {
        get: answer('staff', 'get', reopened),
        imageUrls: answer('staff', 'imageUrls', {
          photos: [],
          followUpDrawings: { [DRAWING]: '/cloud/_files/follow-drawing.png?exp=1&sig=s' },
          expiresAt: '2099-01-01T00:00:00Z'
        })
      }
    })
    setRouterParams({ id: 'kid-1' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.staff-case__follow-up-drawing'), 'the drawing')
    expect(document.querySelector('.staff-case__follow-ups')!.textContent).toContain('还没有（附一幅画）')
    const img = document.querySelector('.staff-case__follow-up-drawing')!
    expect(img.getAttribute('src')).toContain('follow-drawing.png?exp=1&sig=s')
    // Described on the picture itself (the browser's <img> alt text), not on Taro's wrapper.
    await waitUntil(() => img.querySelector('img'), 'the inner img')
    expect(img.querySelector('img')!.getAttribute('alt')).toBe('孩子的画：还没有')
    expect(requestsTo(mockedCall, 'staff', 'imageUrls')).toEqual([{ id: 'kid-1' }])
  })

  it('shows nothing of the kind when the author never answered', async () => {
    stubCloud(mockedCall, { staff: { get: answer('staff', 'get', kid) } })
    setRouterParams({ id: 'kid-1' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.staff-case__event'), 'the page')
    expect(document.querySelector('.staff-case__follow-ups')).toBeNull()
  })
})
