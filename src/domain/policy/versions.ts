// Which policy content the app shows: the bundled copy, unless a valid newer version has come
// from the cloud (or from the cache of an earlier download). An older or broken cloud copy never
// replaces what shipped with the app.
import type { PolicyDocument } from './content'
import { isNewerPolicy } from './summary'
import { validatePolicyDocument } from './validate'

export type PolicySource = 'bundled' | 'cloud'

export interface ChosenPolicy {
  doc: PolicyDocument
  source: PolicySource
}

export function choosePolicy(bundled: PolicyDocument, candidate: unknown): ChosenPolicy {
  if (candidate == null) return { doc: bundled, source: 'bundled' }
  const checked = validatePolicyDocument(candidate)
  if (!checked.ok) return { doc: bundled, source: 'bundled' }
  return isNewerPolicy(checked.doc, bundled)
    ? { doc: checked.doc, source: 'cloud' }
    : { doc: bundled, source: 'bundled' }
}
