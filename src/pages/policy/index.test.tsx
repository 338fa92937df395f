// The 政策 tab shows the plan from a summary (the text itself is pkg-policy's); a newer version
// published in the cloud replaces it, and is kept on the device for the next start.
import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { answer, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { click, fireDidShow } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { BUNDLED_POLICY_SUMMARY } from '../../domain/policy/summary.generated'
import { callCloud } from '../../services/cloud'
import { useIntentStore } from '../../stores/useIntentStore'
import { usePolicySummaryStore } from '../../stores/usePolicySummaryStore'
import PolicyPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const NEWER = { ...BUNDLED_POLICY_SUMMARY, version: '2099-01-01.1', updatedAt: '2099-01-01', qaCount: 7 }
const bundledState = usePolicySummaryStore.getState()

describe('政策 tab', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    Taro.clearStorageSync()
    usePolicySummaryStore.setState({ ...bundledState, checking: false })
  })

  it('shows the plan’s figures, areas and targets from the bundled summary while the cloud has nothing newer', async () => {
    stubCloud(mockedCall, { policy: { summary: answer('policy', 'summary', { upToDate: true }) } })
    const u = new TestUtils()
    await u.mount(PolicyPage, {})
    await u.act(async () => fireDidShow())
    expect(document.body.textContent).toContain('围绕 5 大方面、11 个领域、46 项重点任务推进')
    expect(document.querySelectorAll('.policy-areas__tile')).toHaveLength(BUNDLED_POLICY_SUMMARY.areas.length + 1)
    expect(document.querySelectorAll('.target-board__row')).toHaveLength(BUNDLED_POLICY_SUMMARY.targets.length)
    expect(document.body.textContent).toContain(`${BUNDLED_POLICY_SUMMARY.qaCount} 个问题`)
    expect(document.body.textContent).toContain(
      `内容版本 ${BUNDLED_POLICY_SUMMARY.version}（随小程序发布，${BUNDLED_POLICY_SUMMARY.updatedAt}）`
    )
    expect(requestsTo(mockedCall, 'policy', 'summary')).toEqual([{ knownVersion: BUNDLED_POLICY_SUMMARY.version }])

    // The childcare target opens the map on childcare.
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    try {
      await click(u, document.querySelector('.target-board__row--link'))
      expect(useIntentStore.getState().mapCategory).toBe('childcare')
      expect(switchTab).toHaveBeenCalledWith({ url: '/pages/map/index' })
    } finally {
      switchTab.mockRestore()
    }
  })

  it('a newer published version replaces the summary and is cached; a damaged one is ignored', async () => {
    stubCloud(mockedCall, {
      policy: {
        summary: answer('policy', 'summary', {
          upToDate: false,
          summary: NEWER,
          publishedAt: '2026-11-30T02:00:00.000Z'
        })
      }
    })
    const u = new TestUtils()
    await u.mount(PolicyPage, {})
    await u.act(async () => fireDidShow())
    await waitUntil(() => document.body.textContent?.includes('内容版本 2099-01-01.1（云端更新于'), 'the newer version')
    expect(document.body.textContent).toContain('7 个问题')
    expect(JSON.parse(Taro.getStorageSync('policy-summary'))).toMatchObject({ summary: { version: '2099-01-01.1' } })

    // The next start shows the cached version at once.
    jest.isolateModules(() => {
      const { usePolicySummaryStore: fresh } = require('../../stores/usePolicySummaryStore')
      expect(fresh.getState()).toMatchObject({ source: 'cloud', value: { version: '2099-01-01.1' } })
    })

    // A summary that lost its figures is not shown.
    usePolicySummaryStore.setState({ ...bundledState, checking: false })
    stubCloud(mockedCall, {
      policy: {
        summary: answer('policy', 'summary', {
          upToDate: false,
          summary: { ...NEWER, version: '2099-02-01.1', totals: undefined } as unknown as typeof NEWER,
          publishedAt: '2026-11-30T03:00:00.000Z'
        })
      }
    })
    await usePolicySummaryStore.getState().refresh()
    expect(usePolicySummaryStore.getState()).toMatchObject({ source: 'bundled', value: BUNDLED_POLICY_SUMMARY })
  })
})
