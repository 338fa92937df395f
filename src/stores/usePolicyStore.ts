// The policy document pkg-policy shows (full text, Q&A, search): bundled, or newer from the cloud.
import { policyDocument } from '../domain/policy/content'
import { choosePolicy } from '../domain/policy/versions'
import { policyDocumentSource } from '../data/policy'
import { createVersionedStore } from './versioned-content'

export const usePolicyStore = createVersionedStore(
  policyDocument,
  (bundled, candidate) => {
    const chosen = choosePolicy(bundled, candidate)
    return chosen.source === 'cloud' ? chosen.doc : null
  },
  policyDocumentSource
)
