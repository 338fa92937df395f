// The validation table: payloads the form and the cloud function must accept or refuse, with
// the field each refusal points at. Shared by the domain tests and the cloud function's tests.
import { CONSENT_VERSION, VOICE_CONSENT_VERSION } from './consent'

export const childBase = {
  id: 'child-0001-abcd',
  mode: 'child',
  topic: 'parks_green',
  title: '',
  text: '公园里想要一个大滑梯',
  photoFileIds: [],
  ageGroup: '6to9',
  street: '500103005',
  onBehalfOfChild: false
}

export const adultBase = {
  id: 'adult-0001-abcd',
  mode: 'adult',
  topic: 'school_way',
  title: '上学路口需要护学岗',
  text: '中山二路路口早上车多，孩子过马路很危险，希望早高峰有人护学。',
  photoFileIds: ['local://files/a.jpg'],
  street: '500103004',
  community: '500103004002',
  location: { latitude: 29.5585, longitude: 106.5561, source: 'map' },
  onBehalfOfChild: true,
  contact: { name: '王女士', phone: '13800138000' }
}

export const VALID_CASES: Array<[string, Record<string, unknown>]> = [
  ['a child with words', childBase],
  ['a child with only a drawing', { ...childBase, text: '', drawingFileId: 'local://files/d.png' }],
  [
    'a child with only a recording, the guardian agreeing',
    {
      ...childBase,
      text: '',
      audioFileId: 'local://files/v.mp3',
      audioDurationMs: 12_000,
      voiceConsent: { version: VOICE_CONSENT_VERSION }
    }
  ],
  [
    'a child’s browser recording of a full minute, the guardian agreeing',
    {
      ...childBase,
      audioFileId: 'local://files/v.webm',
      audioDurationMs: 60_000,
      voiceConsent: { version: VOICE_CONSENT_VERSION }
    }
  ],
  [
    'a child of 14–17 with a contact and no consent',
    { ...childBase, ageGroup: '14to17', contact: { phone: '13800138000' } }
  ],
  [
    'a child under 14 with a contact and the guardian’s consent',
    {
      ...childBase,
      contact: { name: '妈妈', phone: '023-63622984' },
      consent: { version: CONSENT_VERSION }
    }
  ],
  [
    'a consent with a device time (older apps send one; it is ignored, the server records its own)',
    {
      ...childBase,
      contact: { phone: '13800138000' },
      consent: { version: CONSENT_VERSION, acceptedAt: 'not a time' }
    }
  ],
  ['an adult with photos, a place and a contact', adultBase],
  [
    'an adult without a contact or location',
    { ...adultBase, contact: undefined, location: undefined, community: undefined }
  ],
  ['an emoji-only child text', { ...childBase, text: '🛝🛝🛝' }],
  ['a family emoji joined by zero-width joiners', { ...childBase, text: '👨‍👩‍👧 想去公园' }]
]

export const INVALID_CASES: Array<[string, Record<string, unknown> | unknown, string]> = [
  ['not an object', 'hello', 'form'],
  ['a short id', { ...childBase, id: 'x' }, 'id'],
  ['an id with spaces', { ...childBase, id: 'abc def ghi' }, 'id'],
  ['no mode', { ...childBase, mode: 'robot' }, 'mode'],
  ['an unknown topic', { ...childBase, topic: 'weather' }, 'topic'],
  ['a child with neither words nor drawing', { ...childBase, text: '', drawingFileId: undefined }, 'text'],
  [
    'a recording longer than a minute',
    { ...childBase, audioFileId: 'local://files/v.mp3', audioDurationMs: 61_000 },
    'audioFileId'
  ],
  [
    'a recording of half a second',
    { ...childBase, audioFileId: 'local://files/v.mp3', audioDurationMs: 500 },
    'audioFileId'
  ],
  ['a recording without its length', { ...childBase, audioFileId: 'local://files/v.mp3' }, 'audioFileId'],
  [
    'a recording in a format we do not store',
    { ...childBase, audioFileId: 'local://files/v.wav', audioDurationMs: 5_000 },
    'audioFileId'
  ],
  [
    'a recording that is an image',
    { ...childBase, audioFileId: 'local://files/v.png', audioDurationMs: 5_000 },
    'audioFileId'
  ],
  // A recording sent as a photo or a drawing would skip the voice rules (children only, the audio
  // check, the shorter retention): those fields take images only.
  ['a recording as a photo', { ...adultBase, photoFileIds: ['local://files/v.mp3'] }, 'photoFileIds'],
  ['a recording as a drawing', { ...childBase, text: '', drawingFileId: 'local://files/v.m4a' }, 'drawingFileId'],
  [
    'an adult’s recording (voice is the children’s way)',
    { ...adultBase, audioFileId: 'local://files/v.mp3', audioDurationMs: 5_000 },
    'audioFileId'
  ],
  ['a child text of only invisible characters', { ...childBase, text: '\u200B\u2060\uFEFF\u200D \u200E' }, 'text'],
  [
    'an adult description padded to 10 characters with zero-width spaces',
    { ...adultBase, text: '太危险了' + '\u200B'.repeat(10) },
    'text'
  ],
  ['a child text over 200 characters', { ...childBase, text: '好'.repeat(201) }, 'text'],
  ['a child without an age group', { ...childBase, ageGroup: undefined }, 'ageGroup'],
  ['an unknown age group', { ...childBase, ageGroup: '18plus' }, 'ageGroup'],
  ['an adult title of 3 characters', { ...adultBase, title: '路口' }, 'title'],
  ['an adult description under 10 characters', { ...adultBase, text: '太危险了' }, 'text'],
  ['four photos', { ...adultBase, photoFileIds: ['local://1', 'local://2', 'local://3', 'local://4'] }, 'photoFileIds'],
  [
    'a photo that is a device path, not an upload',
    { ...adultBase, photoFileIds: ['wxfile://tmp_abc.jpg'] },
    'photoFileIds'
  ],
  [
    'a location in Beijing',
    { ...adultBase, location: { latitude: 39.9, longitude: 116.4, source: 'map' } },
    'location'
  ],
  ['a location that is not numbers', { ...adultBase, location: { latitude: '29.5', longitude: 106.5 } }, 'location'],
  ['an unknown street', { ...adultBase, street: '500103002' }, 'street'],
  ['a community of another street', { ...adultBase, street: '500103003' }, 'community'],
  ['a community that does not exist', { ...adultBase, community: '500103004999' }, 'community'],
  ['a bad phone', { ...adultBase, contact: { phone: '12345' } }, 'contact'],
  ['a name but no phone', { ...adultBase, contact: { name: '王女士' } }, 'contact'],
  ['a child under 14 with a contact but no consent', { ...childBase, contact: { phone: '13800138000' } }, 'contact'],
  [
    'a child under 14 with consent to an old text version',
    { ...childBase, contact: { phone: '13800138000' }, consent: { version: 'v0', acceptedAt: '2026-11-28T08:00:00Z' } },
    'consent'
  ],
  [
    'a child under 14 with consent to a version that is not text',
    { ...childBase, contact: { phone: '13800138000' }, consent: { version: { $ne: null } } },
    'consent'
  ],
  [
    'a child under 14 with a consent that names no version',
    { ...childBase, contact: { phone: '13800138000' }, consent: { acceptedAt: '2026-11-28T08:00:00Z' } },
    'contact'
  ]
]
