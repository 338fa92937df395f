import TestUtils from '@tarojs/test-utils-react'
import { policyCountdown } from '../../domain/policy/countdown'
import { TargetBoard } from './index'

const countdownText = () => document.querySelector('.target-board__countdown')?.textContent

async function boardOn(day: string) {
  const u = new TestUtils()
  await u.mount(TargetBoard, {
    props: { targets: [], countdown: policyCountdown(day), progress: { board: null, status: 'ready' } }
  })
}

describe('the plan countdown', () => {
  it('says the days left once: the big number, then what it counts', async () => {
    await boardOn('2026-12-08')
    expect(countdownText()).toBe('23天后，行动计划收官')
  })

  it.each([
    ['2026-12-31', '今天是行动计划的最后一天'],
    ['2027-01-05', '行动计划已于2026年12月31日收官']
  ])('on %s says it in words, with no number', async (day, words) => {
    await boardOn(day)
    expect(countdownText()).toBe(words)
    expect(document.querySelector('.target-board__days')).toBeNull()
  })
})
