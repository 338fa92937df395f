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

/**
 * The version of VOICE_CONSENT_TEXT. A child's voice is their personal information
 * (《儿童个人信息网络保护规定》第九条): a guardian agrees before a child under 14 records.
 */
export const VOICE_CONSENT_VERSION = 'guardian-voice-v1'

/** A recording in child mode from a child under 14 needs the guardian's agreement to VOICE_CONSENT_TEXT. */
export function needsVoiceConsent(input: {
  mode: 'child' | 'adult'
  underFourteen: boolean
  hasVoice: boolean
}): boolean {
  return input.mode === 'child' && input.underFourteen && input.hasVoice
}
