// 转办 on the case page: a street admin passes a child's suggestion without a community to one of
// the street's communities (triage is preselected), sees what the child will read, and sends it
// with the revision; a crossing goes to a department, the topic's departments first, refused
// beside its field until a reason is chosen.
import TestUtils from '@tarojs/test-utils-react'
import { CHILD_CASE } from '../../../tests/fixtures/staff'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import type { StaffSuggestion } from '../../domain/staff/api'
import type { Department } from '../../domain/staff/routing'
import { callCloud } from '../../services/cloud'
import StaffCasePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const DEPARTMENTS: Department[] = [
  { _id: 'd-health', name: '区卫健委', topics: ['doctor'], active: true },
  { _id: 'd-traffic', name: '交巡警', topics: ['school_way'], active: true }
]

const noCommunity: StaffSuggestion = {
  ...CHILD_CASE,
  id: 'kid-3',
  community: undefined,
  communityName: undefined,
  rev: 4,
  allowed: { ...CHILD_CASE.allowed, transfer: true }
}

const crossing: StaffSuggestion = {
  ...CHILD_CASE,
  id: 'adult-3',
  mode: 'adult',
  topic: 'school_way',
  rev: 1,
  allowed: { ...CHILD_CASE.allowed, transfer: true }
}

const targets = () =>
  Array.from(document.querySelectorAll('.case-transfer__targets .ui-chip')).map((c) => c.textContent)

describe('staff case: 转办', () => {
  beforeEach(() => mockedCall.mockReset())

  it('triages a child’s suggestion to a community of its street, showing the child’s words before sending', async () => {
    stubCloud(mockedCall, {
      staff: {
        get: answer('staff', 'get', noCommunity),
        departments: answer('staff', 'departments', { items: DEPARTMENTS }),
        transfer: answer('staff', 'transfer', {
          ...noCommunity,
          community: '500103003018',
          communityName: '自力巷',
          rev: 5,
          history: [
            ...noCommunity.history,
            {
              status: noCommunity.status,
              at: '2026-12-01T02:00:00Z',
              by: '示例街道管理员',
              event: 'transferred',
              to: '解放碑街道自力巷社区',
              reason: 'triage'
            }
          ]
        })
      }
    })
    setRouterParams({ id: 'kid-3' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.case-transfer__open'), 'the offer')
    await click(u, document.querySelector('.case-transfer__open'))
    await waitUntil(() => targets().includes('自力巷社区'), 'the street’s communities')
    await click(u, byText('.case-transfer__targets .ui-chip', '自力巷社区'))
    // A child reads the reason in child words; no note field for an adult's words.
    expect(document.querySelector('.case-transfer__note')).toBeNull()
    expect(document.querySelector('.case-transfer__preview')?.textContent).toContain(
      '你的建议交给了解放碑街道自力巷社区，因为社区的叔叔阿姨离你最近。'
    )
    await click(u, document.querySelector('.case-transfer__send'))
    await waitUntil(() => document.body.textContent?.includes('转办给解放碑街道自力巷社区'), 'the history line')
    expect(requestsTo(mockedCall, 'staff', 'transfer')).toEqual([
      { id: 'kid-3', to: { kind: 'community', code: '500103003018' }, reason: 'triage', rev: 4 }
    ])
    // Done: the form is closed, so 确认转办 does not invite a second transfer.
    expect(document.querySelector('.case-transfer__send')).toBeNull()
  })

  it('offers the topic’s departments first and refuses beside the reasons until one is chosen', async () => {
    stubCloud(mockedCall, {
      staff: {
        get: answer('staff', 'get', crossing),
        departments: answer('staff', 'departments', { items: DEPARTMENTS }),
        transfer: (r) =>
          r.note === '坏'
            ? failure('VALIDATION', '说明最多 100 个字', 'note')
            : answer('staff', 'transfer', { ...crossing, department: { id: 'd-traffic', name: '交巡警' } })
      }
    })
    setRouterParams({ id: 'adult-3' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.case-transfer__open'), 'the offer')
    await click(u, document.querySelector('.case-transfer__open'))
    await waitUntil(() => targets().length === 2, 'the departments')
    expect(targets()).toEqual(['交巡警', '区卫健委'])
    await click(u, byText('.case-transfer__targets .ui-chip', '交巡警'))
    await click(u, document.querySelector('.case-transfer__send'))
    await waitUntil(() => document.body.textContent?.includes('请选择转办原因'), 'the refusal')
    expect(requestsTo(mockedCall, 'staff', 'transfer')).toEqual([])
    await click(u, byText('.case-transfer__reasons .ui-chip', '属于对方职责'))
    await type(u, '.case-transfer__note', '路口信号灯归交巡警')
    expect(document.querySelector('.case-transfer__preview')?.textContent).toContain(
      '转办给交巡警：这件事由对方负责办理（路口信号灯归交巡警）'
    )
    await click(u, document.querySelector('.case-transfer__send'))
    await waitUntil(() => document.querySelector('.staff-case')?.textContent?.includes('转办：交巡警'), 'the holder')
    expect(requestsTo(mockedCall, 'staff', 'transfer')).toEqual([
      {
        id: 'adult-3',
        to: { kind: 'department', id: 'd-traffic' },
        reason: 'responsibility',
        note: '路口信号灯归交巡警',
        rev: 1
      }
    ])
  })
})
