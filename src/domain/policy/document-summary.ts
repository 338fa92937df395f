// The summary of a policy document as the policy function serves it and the generator bundles it
// (scripts/gen-policy-summary.ts): facts read from the document, summarised. Its own module
// because summary.ts stays light for the main package (types and chooseSummary, no document) and
// facts.ts reads facts, knowing nothing of the tab's summary.
import { extractPolicyFacts, policyFacts } from './facts'
import { policyDocument, type PolicyDocument } from './content'
import { summarisePolicy, type PolicySummary } from './summary'

/**
 * The 政策 tab's summary of a document. Should a newer text no longer parse, the bundled facts
 * (proved against the seed) stand in rather than an empty board.
 */
export function policySummary(doc: PolicyDocument): PolicySummary {
  if (doc === policyDocument) return summarisePolicy(doc, policyFacts)
  try {
    return summarisePolicy(doc, extractPolicyFacts(doc))
  } catch {
    return summarisePolicy(doc, policyFacts)
  }
}
