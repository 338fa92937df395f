// A child's voice suggestion: what the recorder makes, and what the server accepts. One set of
// numbers for the recorder settings (services/recorder), the form, the upload, the submit check
// and the bench, so a 60-second recording always fits the limit it is checked against.
//
// WeChat records mp3 at 16 kHz (RecorderManager: each sample rate takes a fixed bitrate range;
// 16 kHz takes 24–96 kbps). The browser build records whatever MediaRecorder offers (Chromium and
// Firefox: webm or ogg with Opus; Safari: mp4/AAC), asked for the same bitrate.

/** Stored audio formats: WeChat's mp3, and what browsers' MediaRecorder writes. */
export const AUDIO_FORMATS = ['mp3', 'webm', 'ogg', 'm4a'] as const
export type AudioFormat = (typeof AUDIO_FORMATS)[number]

export const AUDIO_CONTENT_TYPES: Record<AudioFormat, string> = {
  mp3: 'audio/mpeg',
  webm: 'audio/webm',
  ogg: 'audio/ogg',
  m4a: 'audio/mp4'
}

/** RecorderManager.start options (WeChat) and the MediaRecorder bitrate (browser). */
export const RECORDER_SETTINGS = {
  format: 'mp3',
  sampleRate: 16_000,
  numberOfChannels: 1,
  /** Inside 16 kHz's 24–96 kbps range: speech stays clear, a minute is 360 KB. */
  encodeBitRate: 48_000,
  /** Level-meter callbacks (onFrameRecorded, mp3 only) every this many KB. */
  frameSize: 2
} as const

export const AUDIO_LIMITS = {
  /** The recorder stops itself here (the countdown shows it). */
  maxDurationMs: 60_000,
  /** Shorter than this is a tap, not a sentence. */
  minDurationMs: 1_000,
  /**
   * Upload and submit refuse more. A minute at the recorder's bitrate is 360 KB; the margin covers
   * a browser that records at a higher bitrate than asked (Opus VBR, container overhead).
   */
  maxBytes: 1_000_000
} as const

/** Bytes of `durationMs` of audio at `bitsPerSecond` (constant bitrate; containers add a little). */
export function audioBytesFor(durationMs: number, bitsPerSecond: number = RECORDER_SETTINGS.encodeBitRate): number {
  return Math.ceil(((durationMs / 1000) * bitsPerSecond) / 8)
}

/** The format a file id, path, content type or format name names, if it is one we store. */
export function audioFormatOf(nameOrType: string): AudioFormat | undefined {
  const s = nameOrType.toLowerCase().split(';')[0].trim()
  const byType = (Object.keys(AUDIO_CONTENT_TYPES) as AudioFormat[]).find((f) => AUDIO_CONTENT_TYPES[f] === s)
  if (byType) return byType
  if (s === 'audio/mp3') return 'mp3'
  if (s === 'audio/x-m4a' || s === 'audio/aac') return 'm4a'
  const ext = /(?:^|\.)([a-z0-9]{2,4})$/.exec(s)?.[1]
  return AUDIO_FORMATS.find((f) => f === ext)
}

export interface RecordingFacts {
  durationMs: number
  bytes: number
  format: string
}

/** What a child hears when a press was too short to record anything. */
export const TOO_SHORT = '录得太短了，按住按钮多说一会儿'

/** Why a recording cannot be sent, in words for a child; null when it can. */
export function recordingProblem(r: RecordingFacts): string | null {
  if (!audioFormatOf(r.format)) return '这种录音格式不能发送，请重新录一次'
  if (!Number.isFinite(r.durationMs) || r.durationMs < AUDIO_LIMITS.minDurationMs) return TOO_SHORT
  // A recorder stops a few milliseconds after the limit: half a second of grace.
  if (r.durationMs > AUDIO_LIMITS.maxDurationMs + 500) return `最多说 ${AUDIO_LIMITS.maxDurationMs / 1000} 秒`
  if (!(r.bytes > 0)) return '录音是空的，请重新录一次'
  if (r.bytes > AUDIO_LIMITS.maxBytes) return '录音太大了，请说短一点再试'
  return null
}

/** Whole seconds left to talk, for the countdown. */
export function secondsLeft(elapsedMs: number): number {
  return Math.max(0, Math.ceil((AUDIO_LIMITS.maxDurationMs - elapsedMs) / 1000))
}

/** How a duration reads: 0:07, 1:00. */
export function formatDuration(ms: number): string {
  const s = Math.round(Math.max(0, ms) / 1000)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/**
 * The level meter's value (0–1) from one frame of samples (browser: the analyser's bytes around
 * 128; WeChat has no samples in mp3 frames, so it passes the frame's size relative to its usual).
 */
export function levelOf(samples: ArrayLike<number>, centre = 128): number {
  if (samples.length === 0) return 0
  let sum = 0
  for (let i = 0; i < samples.length; i++) sum += (samples[i] - centre) ** 2
  const rms = Math.sqrt(sum / samples.length) / centre
  return Math.min(1, rms * 3)
}

/** Staff's transcript of a recording: what the public board may show of it (never the voice). */
export const TRANSCRIPT_MAX = 500

/**
 * The format the bytes of a recording are, by their start (the upload checks it against the type
 * it was sent as): mp3 begins with an ID3 tag or an MPEG audio frame header (11 sync bits, a layer
 * that is not 00); WebM with the EBML header; Ogg with "OggS"; MP4 with an "ftyp" box, and raw AAC
 * (ADTS, sent as audio/aac) with 12 sync bits and layer 00.
 */
export function audioFormatOfBytes(b: Uint8Array): AudioFormat | null {
  const text = (at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n))
  if (b.length < 4) return null
  if (text(0, 3) === 'ID3') return 'mp3'
  if (b[0] === 0xff && (b[1] & 0xe0) === 0xe0) return (b[1] & 0x06) === 0 ? 'm4a' : 'mp3'
  if (b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return 'webm'
  if (text(0, 4) === 'OggS') return 'ogg'
  if (b.length >= 8 && text(4, 4) === 'ftyp') return 'm4a'
  return null
}
