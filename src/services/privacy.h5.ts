// The browser has no platform privacy flow: nothing asks, so nothing is listened for.
export type PrivacyDecision = 'agree' | 'disagree'
export type PrivacyRequest = (decide: (decision: PrivacyDecision) => void) => void

export function listenForPrivacyRequests(_onRequest: PrivacyRequest): void {}

export function openPrivacyContract(): void {}
