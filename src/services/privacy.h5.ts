// The browser has no platform privacy flow: nothing asks, so nothing is listened for.
import type { PrivacyRequest } from './privacy-types'

export type { PrivacyDecision, PrivacyRequest } from './privacy-types'

export function listenForPrivacyRequests(_onRequest: PrivacyRequest): void {}

export function openPrivacyContract(): void {}
