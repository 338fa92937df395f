import { create } from 'zustand'
import type { PrivacyDecision } from '../services/privacy'

interface PrivacyState {
  /** Set while WeChat waits for the user's answer to a privacy request. */
  pending: ((decision: PrivacyDecision) => void) | null
  request(decide: (decision: PrivacyDecision) => void): void
  answer(decision: PrivacyDecision): void
}

export const usePrivacyStore = create<PrivacyState>((set, get) => ({
  pending: null,
  request(decide) {
    // A newer request supersedes an unanswered one; WeChat expects each to be answered.
    get().pending?.('disagree')
    set({ pending: decide })
  },
  answer(decision) {
    const decide = get().pending
    set({ pending: null })
    decide?.(decision)
  }
}))
