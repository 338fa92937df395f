// One set of rules for a suggestion, used by the form (next to each field) and by the cloud
// function (which never trusts the form). The result is a clean object built from known fields
// only: anything else a client sends (a name, a school…) is dropped, never stored.
import { isClientId } from '../ids'
import { isInsideYuzhong, OUTSIDE_YUZHONG } from '../places/geo'
import { charCount, firstChars, visibleText } from '../text'
import { findCommunity, findStreet } from '../streets'
import { AUDIO_LIMITS, audioFormatOf } from './audio'
import { FILE_ID, isImageFileId } from './file-ids'
import { LIMITS, isValidPhone, type FieldError } from './limits'
import {
  CONSENT_OUTDATED_MESSAGE,
  CONSENT_VERSION,
  VOICE_CONSENT_VERSION,
  needsGuardianConsent,
  needsVoiceConsent
} from './consent-rule'
import {
  AGE_GROUPS,
  TOPICS,
  isPreciseLocation,
  isUnder14,
  LOCATION_SOURCES,
  type AgeGroup,
  type Contact,
  type ConsentInput,
  type SuggestionInput,
  type SuggestionLocation,
  type Topic
} from './model'
import { isObj, type Obj } from '../wire'

export { charCount, visibleText } from '../text'

export { LIMITS, isValidPhone, type Checked, type FieldError } from './limits'
export { isImageFileId } from './file-ids'

export type Validation = { ok: true; value: SuggestionInput } | { ok: false; errors: FieldError[] }

const str = (v: unknown): string => (typeof v === 'string' ? visibleText(v) : '')

export function validateSuggestion(raw: unknown): Validation {
  const errors: FieldError[] = []
  const err = (field: string, message: string) => errors.push({ field, message })
  if (!isObj(raw)) return { ok: false, errors: [{ field: 'form', message: '建议内容为空' }] }

  const id = str(raw.id)
  if (!isClientId(id)) err('id', '建议编号无效，请重新填写')
  const mode = raw.mode === 'child' || raw.mode === 'adult' ? raw.mode : null
  if (!mode) err('mode', '请选择“我是小朋友”或“我是家长/居民”')
  const topic = TOPICS.some((t) => t.key === raw.topic) ? (raw.topic as Topic) : null
  if (!topic) err('topic', mode === 'child' ? '选一个你想说的事情吧' : '请选择建议类别')

  const title = str(raw.title)
  const text = str(raw.text)
  const drawingFileId = str(raw.drawingFileId) || undefined
  // Images only: a recording sent as a photo or a drawing would skip the rules for voices.
  if (drawingFileId && !isImageFileId(drawingFileId)) err('drawingFileId', '画作上传不完整，请重新保存')
  const photoFileIds = Array.isArray(raw.photoFileIds) ? raw.photoFileIds.map(str) : []
  if (photoFileIds.length > LIMITS.photos) err('photoFileIds', `最多上传 ${LIMITS.photos} 张照片`)
  if (photoFileIds.some((f) => !isImageFileId(f))) err('photoFileIds', '有照片没有上传成功，请删除后重新添加')
  const audio = parseAudio(raw, err)
  if (audio && raw.mode !== 'child') err('audioFileId', '只有小朋友可以发送录音')

  if (mode === 'child') {
    if (charCount(title) > LIMITS.childTitle) err('title', `标题最多 ${LIMITS.childTitle} 个字`)
    if (charCount(text) > LIMITS.childText) err('text', `最多写 ${LIMITS.childText} 个字`)
    if (!text && !drawingFileId && !audio) err('text', '写几句话、画一幅画，或者说给我们听吧')
  } else if (mode === 'adult') {
    if (charCount(title) < LIMITS.adultTitle.min || charCount(title) > LIMITS.adultTitle.max) {
      err('title', `标题请写 ${LIMITS.adultTitle.min}—${LIMITS.adultTitle.max} 个字`)
    }
    if (charCount(text) < LIMITS.adultText.min || charCount(text) > LIMITS.adultText.max) {
      err('text', `描述请写 ${LIMITS.adultText.min}—${LIMITS.adultText.max} 个字`)
    }
  }

  const ageGroup = AGE_GROUPS.some((a) => a.key === raw.ageGroup) ? (raw.ageGroup as AgeGroup) : undefined
  if (raw.ageGroup !== undefined && raw.ageGroup !== null && raw.ageGroup !== '' && !ageGroup)
    err('ageGroup', '年龄段无效')
  if (mode === 'child' && !ageGroup) err('ageGroup', '告诉我们你几岁吧')

  const location = parseLocation(raw.location, err)
  if (mode === 'child' && isPreciseLocation(location))
    err('location', '小朋友提建议只要选街道或地点，不用发送自己的位置')
  const community = str(raw.community) || undefined
  const inCommunity = community ? findCommunity(community) : undefined
  // A community implies its street, so a street admin sees a suggestion given only a community.
  const street = str(raw.street) || inCommunity?.street.code || undefined
  if (street && !findStreet(street)) err('street', '请选择渝中区的街道')
  if (community) {
    if (!inCommunity) err('community', '请选择列表中的社区，或选择“其他/不确定”')
    else if (inCommunity.street.code !== street) err('community', '社区不在所选街道内')
  }

  const contact = parseContact(raw.contact, err)
  const consent = parseConsent(raw.consent)
  const underFourteen = mode === 'child' && isUnder14(ageGroup)
  if (contact && mode && needsGuardianConsent({ mode, underFourteen, hasContact: true })) {
    if (consent === 'outdated') err('consent', CONSENT_OUTDATED_MESSAGE)
    else if (!consent) err('contact', '留联系方式需要家长先同意')
  }
  const voiceConsent = parseConsent(raw.voiceConsent, VOICE_CONSENT_VERSION)
  const voiceNeedsConsent = Boolean(audio && mode && needsVoiceConsent({ mode, underFourteen, hasVoice: true }))
  if (voiceNeedsConsent) {
    if (voiceConsent === 'outdated') err('voiceConsent', CONSENT_OUTDATED_MESSAGE)
    else if (!voiceConsent) err('voiceConsent', '录音需要家长先同意')
  }

  const prefillSource: 'policy' | 'place' | null =
    isObj(raw.prefill) && (raw.prefill.source === 'policy' || raw.prefill.source === 'place')
      ? raw.prefill.source
      : null
  const prefillRef = isObj(raw.prefill) ? str(raw.prefill.refId).slice(0, 64) : ''
  const prefill = prefillSource && prefillRef ? { source: prefillSource, refId: prefillRef } : undefined

  if (errors.length || !mode || !topic) return { ok: false, errors }
  const value: SuggestionInput = {
    id,
    mode,
    topic,
    title,
    text,
    photoFileIds,
    onBehalfOfChild: mode === 'adult' && raw.onBehalfOfChild === true,
    ...(drawingFileId ? { drawingFileId } : {}),
    ...(audio ?? {}),
    ...(location ? { location } : {}),
    ...(street ? { street } : {}),
    ...(community ? { community } : {}),
    ...(ageGroup ? { ageGroup } : {}),
    ...(contact ? { contact } : {}),
    // Consent is kept only where it was needed: it documents the contact data it allowed.
    ...(contact && consent && consent !== 'outdated' && underFourteen ? { consent } : {}),
    ...(voiceNeedsConsent && voiceConsent && voiceConsent !== 'outdated' ? { voiceConsent } : {}),
    ...(prefill ? { prefill } : {})
  }
  return { ok: true, value }
}

/** A recording: a stored file of an audio format, 1–60 s long. */
function parseAudio(
  raw: Obj,
  err: (f: string, m: string) => void
): { audioFileId: string; audioDurationMs: number } | undefined {
  const audioFileId = str(raw.audioFileId)
  if (!audioFileId) return undefined
  if (!FILE_ID.test(audioFileId) || !audioFormatOf(audioFileId)) {
    err('audioFileId', '录音上传不完整，请重新录一次')
    return undefined
  }
  const ms = raw.audioDurationMs
  if (typeof ms !== 'number' || !Number.isInteger(ms) || ms < AUDIO_LIMITS.minDurationMs) {
    err('audioFileId', '录音太短了，请重新录一次')
    return undefined
  }
  if (ms > AUDIO_LIMITS.maxDurationMs + 500) {
    err('audioFileId', `录音最长 ${AUDIO_LIMITS.maxDurationMs / 1000} 秒`)
    return undefined
  }
  return { audioFileId, audioDurationMs: Math.min(ms, AUDIO_LIMITS.maxDurationMs) }
}

function parseLocation(raw: unknown, err: (f: string, m: string) => void): SuggestionLocation | undefined {
  if (raw === undefined || raw === null) return undefined
  if (!isObj(raw) || typeof raw.latitude !== 'number' || typeof raw.longitude !== 'number') {
    err('location', '位置无效，请重新选择')
    return undefined
  }
  if (!isInsideYuzhong(raw.latitude, raw.longitude)) {
    err('location', OUTSIDE_YUZHONG)
    return undefined
  }
  const source = LOCATION_SOURCES.find((s) => s === raw.source) ?? 'map'
  const placeId = str(raw.placeId).slice(0, 64) || undefined
  const placeName = firstChars(str(raw.placeName), LIMITS.placeName) || undefined
  const address = firstChars(str(raw.address), LIMITS.address) || undefined
  return {
    latitude: raw.latitude,
    longitude: raw.longitude,
    source,
    ...(placeId ? { placeId } : {}),
    ...(placeName ? { placeName } : {}),
    ...(address ? { address } : {})
  }
}

function parseContact(raw: unknown, err: (f: string, m: string) => void): Contact | undefined {
  if (!isObj(raw)) return undefined
  const name = str(raw.name)
  const phone = str(raw.phone).replace(/\s/g, '')
  if (!name && !phone) return undefined
  if (charCount(name) > LIMITS.name) err('contact', `称呼最多 ${LIMITS.name} 个字`)
  if (!phone) err('contact', '请填写手机号码，或清空联系方式')
  else if (!isValidPhone(phone)) err('contact', '手机号码格式不对')
  return { ...(name ? { name } : {}), phone }
}

/** The version agreed to; a time sent along (older apps do) is ignored: the server records its own. */
function parseConsent(raw: unknown, current: string = CONSENT_VERSION): ConsentInput | 'outdated' | undefined {
  if (!isObj(raw) || raw.version === undefined || raw.version === null || raw.version === '') return undefined
  return raw.version === current ? { version: current } : 'outdated'
}
