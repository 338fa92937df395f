import { CONSENT_OUTDATED_MESSAGE, CONSENT_VERSION, VOICE_CONSENT_VERSION, recordConsent } from './consent'
import { isValidPhone, validateSuggestion, visibleText } from './validate'
import { INVALID_CASES, VALID_CASES, adultBase, childBase } from '../../../tests/fixtures/validation-cases'

describe('validateSuggestion', () => {
  it.each(VALID_CASES)('accepts %s', (_name, payload) => {
    const r = validateSuggestion(payload)
    expect(r.ok ? [] : r.errors).toEqual([])
  })

  it.each(INVALID_CASES)('refuses %s, pointing at %s', (_name, payload, field) => {
    const r = validateSuggestion(payload)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.errors.map((e) => e.field)).toContain(field)
      for (const e of r.errors) expect(e.message).toMatch(/[\u4e00-\u9fa5]/)
    }
  })

  it('stores text without invisible characters, keeping emoji joiners', () => {
    const r = validateSuggestion({ ...childBase, title: '\u200B滑梯\u2060', text: '\uFEFF想要👨‍👩‍👧\u200B一起玩 \u200D' })
    expect(r.ok && [r.value.title, r.value.text]).toEqual(['滑梯', '想要👨‍👩‍👧一起玩'])
    expect(visibleText('\u200D\u200B \u200E')).toBe('')
  })

  it('drops fields it does not know, so a child’s name or school is never stored', () => {
    const r = validateSuggestion({
      ...childBase,
      name: '小明',
      school: '德精小学',
      authorId: 'spoofed',
      status: 'adopted'
    })
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.value).not.toHaveProperty('name')
      expect(r.value).not.toHaveProperty('school')
      expect(r.value).not.toHaveProperty('authorId')
      expect(r.value).not.toHaveProperty('status')
    }
  })

  it('keeps consent only when it allowed a child’s contact, as its version alone', () => {
    const consent = { version: CONSENT_VERSION, acceptedAt: '2099-01-01T00:00:00Z' }
    const noContact = validateSuggestion({ ...childBase, consent })
    expect(noContact.ok && noContact.value.consent).toBeFalsy()
    const withContact = validateSuggestion({ ...childBase, consent, contact: { phone: '13800138000' } })
    // The device's time is not the client's to set: the server records its own (recordConsent).
    expect(withContact.ok && withContact.value.consent).toEqual({ version: CONSENT_VERSION })
  })

  it('refuses agreement to another text version with a message saying the text changed', () => {
    const r = validateSuggestion({ ...childBase, contact: { phone: '13800138000' }, consent: { version: 'v0' } })
    expect(!r.ok && r.errors).toEqual([{ field: 'consent', message: CONSENT_OUTDATED_MESSAGE }])
  })

  it('records consent with the server’s time, never a time from the payload', () => {
    const at = new Date('2026-11-28T02:00:00Z')
    expect(recordConsent({ consent: { version: CONSENT_VERSION } }, at)).toEqual({
      consent: { version: CONSENT_VERSION, acceptedAt: '2026-11-28T02:00:00.000Z' }
    })
    expect(recordConsent({ voiceConsent: { version: VOICE_CONSENT_VERSION } }, at)).toEqual({
      voiceConsent: { version: VOICE_CONSENT_VERSION, acceptedAt: '2026-11-28T02:00:00.000Z' }
    })
    expect(recordConsent({}, at)).toEqual({})
  })

  describe('a child’s recording needs the guardian first (a child’s voice is their personal information)', () => {
    const voice = { audioFileId: 'local://files/0000000a-0000-0000-0000-000000000001.mp3', audioDurationMs: 6000 }

    it('refuses a recording of a child under 14 without the guardian’s agreement', () => {
      const r = validateSuggestion({ ...childBase, ...voice })
      expect(!r.ok && r.errors).toEqual([{ field: 'voiceConsent', message: '录音需要家长先同意' }])
    })

    it('refuses agreement to an older text; takes the current one and keeps it with the row', () => {
      const old = validateSuggestion({ ...childBase, ...voice, voiceConsent: { version: 'guardian-voice-v0' } })
      expect(!old.ok && old.errors).toEqual([{ field: 'voiceConsent', message: CONSENT_OUTDATED_MESSAGE }])
      const r = validateSuggestion({ ...childBase, ...voice, voiceConsent: { version: VOICE_CONSENT_VERSION } })
      expect(r.ok && r.value.voiceConsent).toEqual({ version: VOICE_CONSENT_VERSION })
    })

    it('a child of 14 or more records without it, and none is kept', () => {
      const r = validateSuggestion({
        ...childBase,
        ...voice,
        ageGroup: '14to17',
        voiceConsent: { version: VOICE_CONSENT_VERSION }
      })
      expect(r.ok && r.value).not.toHaveProperty('voiceConsent')
    })
  })

  it('keeps a picked point with the name and address the map gave, cut to their limits', () => {
    const r = validateSuggestion({
      ...adultBase,
      location: {
        latitude: 29.5585,
        longitude: 106.5561,
        source: 'map',
        placeName: '大井巷',
        address: '渝'.repeat(120)
      }
    })
    expect(r.ok && r.value.location).toEqual({
      latitude: 29.5585,
      longitude: 106.5561,
      source: 'map',
      placeName: '大井巷',
      address: '渝'.repeat(100)
    })
  })

  it('takes the street from the community when only the community is given', () => {
    const r = validateSuggestion({ ...childBase, street: undefined, community: '500103003019' })
    expect(r.ok && r.value.street).toBe('500103003')
  })

  it('only an adult can write on behalf of a child', () => {
    const r = validateSuggestion({ ...childBase, onBehalfOfChild: true })
    expect(r.ok && r.value.onBehalfOfChild).toBe(false)
  })

  it('recognises mobile and landline numbers', () => {
    expect(isValidPhone('138 0013 8000')).toBe(true)
    expect(isValidPhone('023-63622984')).toBe(true)
    expect(isValidPhone('02363622984')).toBe(true)
    expect(isValidPhone('110')).toBe(false)
  })
})
