// What the 政策 tab shows: the bundled summary, or a newer one published in the cloud. The full
// document is usePolicyStore's (pkg-policy), so the tab's main package does not carry it.
import { chooseSummary } from '../domain/policy/summary'
import { BUNDLED_POLICY_SUMMARY } from '../domain/policy/summary.generated'
import { policySummarySource } from '../data/policy'
import { createVersionedStore } from './versioned-content'

export const usePolicySummaryStore = createVersionedStore(
  BUNDLED_POLICY_SUMMARY,
  (bundled, candidate) => {
    const chosen = chooseSummary(bundled, candidate)
    return chosen.source === 'cloud' ? chosen.summary : null
  },
  policySummarySource
)
