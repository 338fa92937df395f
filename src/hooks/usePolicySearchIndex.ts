import { useMemo } from 'react'
import { policyDocument } from '../domain/policy/content'
import { buildPolicySearchIndex, defaultPolicySearchIndex } from '../domain/policy/search'
import { usePolicyStore } from '../stores/usePolicyStore'

/** The search index of the content on screen, built once per content version. */
export function usePolicySearchIndex() {
  const doc = usePolicyStore((s) => s.value)
  return useMemo(() => (doc === policyDocument ? defaultPolicySearchIndex() : buildPolicySearchIndex(doc)), [doc])
}
