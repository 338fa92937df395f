// 活动: all coming activities, or with ?week=1 (home's 本周活动) only this week's.
import TestUtils from '@tarojs/test-utils-react'
import { staffActivity } from '../../../tests/fixtures/activities'
import { answer, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import { callCloud } from '../../services/cloud'
import ActivitiesPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''

describe('活动', () => {
  beforeEach(() => mockedCall.mockReset())

  it('asks for this week only when opened from home', async () => {
    setRouterParams({ week: '1' })
    stubCloud(mockedCall, { activities: { list: answer('activities', 'list', { items: [staffActivity()] }) } })
    const u = new TestUtils()
    await u.mount(ActivitiesPage, {})
    await waitUntil(() => text().includes('周末亲子绘本会'), 'the list')
    expect(text()).toContain('本周社区、街道和区里为孩子们办的活动')
    expect(requestsTo(mockedCall, 'activities', 'list')).toEqual([{ week: true }])
  })

  it('asks for every coming activity otherwise', async () => {
    setRouterParams({})
    stubCloud(mockedCall, { activities: { list: answer('activities', 'list', { items: [] }) } })
    const u = new TestUtils()
    await u.mount(ActivitiesPage, {})
    await waitUntil(() => text().includes('最近没有活动'), 'the empty list')
    expect(requestsTo(mockedCall, 'activities', 'list')).toEqual([{}])
  })
})
