// When a guardian's consent is needed, and which text version it must be for (consent.ts holds
// the text itself).

/** The version of CONSENT_TEXT; change it whenever the text changes, so old agreements are refused. */
export const CONSENT_VERSION = 'guardian-contact-v2'

/** Shown when the app sends agreement to a text the server no longer uses (or never did). */
export const CONSENT_OUTDATED_MESSAGE = '家长确认的说明已更新，请家长重新阅读并确认'

export function needsGuardianConsent(input: {
  mode: 'child' | 'adult'
  underFourteen: boolean
  hasContact: boolean
}): boolean {
  return input.mode === 'child' && input.underFourteen && input.hasContact
}
