// The 政策 tab shows the plan from a summary (the text itself is pkg-policy's); a newer version
// published in the cloud replaces it, and is kept on the device for the next start.
import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { click, fireDidShow } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { BUNDLED_POLICY_SUMMARY } from '../../domain/policy/summary.generated'
import { callCloud } from '../../services/cloud'
import { useIntentStore } from '../../stores/useIntentStore'
import { usePolicySummaryStore } from '../../stores/usePolicySummaryStore'
import { useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import { useTargetProgressStore } from '../../stores/useTargetProgressStore'
import type { ProgressBoard } from '../../domain/policy/progress'
import { NOTHING_ENTERED, NOTHING_ENTERED_ANSWER } from '../../../tests/fixtures/policy'
import PolicyPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const NEWER = { ...BUNDLED_POLICY_SUMMARY, version: '2099-01-01.1', updatedAt: '2099-01-01', qaCount: 7 }
const bundledState = usePolicySummaryStore.getState()
const NO_PROGRESS = { progress: NOTHING_ENTERED_ANSWER }

describe('政策 tab', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    Taro.clearStorageSync()
    usePolicySummaryStore.setState({ ...bundledState, checking: false })
    useTargetProgressStore.setState({ board: null, status: 'idle' })
  })

  it('shows the plan’s figures, areas and targets from the bundled summary while the cloud has nothing newer', async () => {
    stubCloud(mockedCall, { policy: { summary: answer('policy', 'summary', { upToDate: true }), ...NO_PROGRESS } })
    const u = new TestUtils()
    await u.mount(PolicyPage, {})
    await u.act(async () => fireDidShow())
    expect(document.body.textContent).toContain('围绕 5 大方面、11 个领域、46 项重点任务推进')
    expect(document.querySelectorAll('.policy-areas__tile')).toHaveLength(BUNDLED_POLICY_SUMMARY.areas.length + 1)
    expect(document.querySelectorAll('.target-board__row')).toHaveLength(BUNDLED_POLICY_SUMMARY.targets.length)
    expect(document.body.textContent).toContain(`${BUNDLED_POLICY_SUMMARY.qaCount} 个问题`)
    expect(document.body.textContent).toContain(`内容更新于 ${BUNDLED_POLICY_SUMMARY.updatedAt}`)
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
        }),
        ...NO_PROGRESS
      }
    })
    const u = new TestUtils()
    await u.mount(PolicyPage, {})
    await u.act(async () => fireDidShow())
    await waitUntil(() => document.body.textContent?.includes('内容更新于 2099-01-01'), 'the newer version')
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

  describe('progress toward each target', () => {
    const slots = BUNDLED_POLICY_SUMMARY.targets.find((t) => t.id === 'childcareSlotsPerThousand')!
    const entered: ProgressBoard = {
      items: NOTHING_ENTERED.items.map((i) =>
        i.targetId === slots.id
          ? {
              targetId: slots.id,
              current: {
                targetId: slots.id,
                value: 3.9,
                unit: '个/千人',
                asOf: '2026-09-30',
                source: { document: '《托育服务统计》', office: '区卫生健康委', url: 'https://example.gov.cn/a' },
                enteredAt: '2026-10-02T02:00:00.000Z'
              },
              related: { adopted: 2, closed: 1 },
              kids: '每 1,000 个人里，已经有 3.9 个托位啦，目标是 4.5 个。'
            }
          : i
      ),
      relatedComplete: true
    }
    const rowOf = (label: string) =>
      Array.from(document.querySelectorAll('.target-board__row')).find((r) => r.textContent?.includes(label))
        ?.textContent ?? ''

    it('shows an entered value with its date and source, and 暂无数据 for every other target', async () => {
      stubCloud(mockedCall, {
        policy: {
          summary: answer('policy', 'summary', { upToDate: true }),
          progress: answer('policy', 'progress', entered)
        }
      })
      const u = new TestUtils()
      await u.mount(PolicyPage, {})
      await u.act(async () => fireDidShow())
      await waitUntil(() => document.body.textContent?.includes('现在 3.9 个/千人'), 'the entered value')
      const row = rowOf(slots.label)
      for (const part of [
        '目标 ≥4.5 个/千人',
        '截至 2026-09-30',
        '来源：区卫生健康委 · 《托育服务统计》',
        '给小朋友：每 1,000 个人里，已经有 3.9 个托位啦，目标是 4.5 个。',
        '相关建议：已采纳 2 条 · 已办结 1 条'
      ])
        expect(row).toContain(part)
      expect(row).not.toContain('已达到')
      const others = BUNDLED_POLICY_SUMMARY.targets.filter((t) => t.id !== slots.id)
      for (const t of others) expect(rowOf(t.label)).toContain('暂无数据')
      expect(document.querySelectorAll('.target-board__none')).toHaveLength(others.length)
      // No figure of its own anywhere: the only 现在 is the one entered.
      expect(document.body.textContent?.match(/现在 /g)).toHaveLength(1)
    })

    it('says the values are not known while offline, not 暂无数据 and no figure', async () => {
      stubCloud(mockedCall, {
        policy: { summary: answer('policy', 'summary', { upToDate: true }), progress: failure('NETWORK') }
      })
      const u = new TestUtils()
      await u.mount(PolicyPage, {})
      await u.act(async () => fireDidShow())
      await waitUntil(() => document.body.textContent?.includes('进展暂时无法获取'), 'the offline note')
      expect(document.body.textContent).not.toContain('暂无数据')
      expect(document.querySelectorAll('.target-board__kids')).toHaveLength(0)
      expect(document.querySelectorAll('.target-board__figure')).toHaveLength(0)
    })

    it('writes a suggestion about a target, which is then counted beside it once taken up', async () => {
      stubCloud(mockedCall, { policy: { summary: answer('policy', 'summary', { upToDate: true }), ...NO_PROGRESS } })
      const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
      try {
        const u = new TestUtils()
        await u.mount(PolicyPage, {})
        await u.act(async () => fireDidShow())
        const suggest = Array.from(document.querySelectorAll('.target-board__row'))
          .find((r) => r.textContent?.includes(slots.label))
          ?.querySelector('.target-board__suggest')
        await click(u, suggest ?? null)
        expect(useSuggestDraftStore.getState().prefill).toEqual({
          source: 'policy',
          refId: slots.id,
          about: slots.label
        })
        expect(navigate).toHaveBeenCalledWith({ url: '/pkg-suggest/write/index' })
        // 快问快答 opens from the 政策 tab's entries.
        await click(
          u,
          Array.from(document.querySelectorAll('.entry-tile')).find((t) => t.textContent?.includes('快问快答'))
        )
        expect(navigate).toHaveBeenLastCalledWith({ url: '/pkg-polls/vote/index' })
      } finally {
        navigate.mockRestore()
      }
    })
  })
})
