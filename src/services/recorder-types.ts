// What both platform files of ./recorder offer, so the child's voice step never sees a platform
// difference: hold to talk, a level for the meter, a recording to listen back to and send.
import type { Implements } from '../platform-contract'
export interface Recording {
  /** A local path (WeChat: a temporary file; browser: an object URL). */
  path: string
  durationMs: number
  bytes: number
  /** What was recorded: 'mp3' on WeChat, the browser's MIME type (e.g. audio/webm;codecs=opus). */
  format: string
}

export type RecorderFailure =
  /** The microphone was refused (the app's permission, the phone's, or the privacy sheet). */
  | 'denied'
  /** This browser or phone cannot record. */
  | 'unsupported'
  /** Anything else: recording started but broke off. */
  | 'failed'

export interface RecorderEvents {
  /** Recording has begun: the countdown starts now. */
  onStart?(): void
  /** 0–1, a few times a second while recording. */
  onLevel(level: number): void
  /** The recording ended (stop(), or the 60-second limit). */
  onStop(recording: Recording): void
  onError(reason: RecorderFailure): void
}

export interface RecordingSession {
  stop(): void
}

export interface Playback {
  stop(): void
}

/**
 * Asks for the microphone ahead of the first recording, from the tap that opens 说出来: the
 * permission prompt (and WeChat's privacy sheet) then comes before the child holds the button,
 * not while the finger is already down. Never rejects: a refusal shows on the first start.
 */
export type PrepareMicrophone = () => Promise<void>

export interface RecorderPlatform {
  MIC_SETTINGS_HINT: string
  startRecording: (events: RecorderEvents) => RecordingSession
  prepareMicrophone: PrepareMicrophone
  playAudio: (src: string, onEnd: () => void) => Playback
}

export type RecorderPlatforms = [
  Implements<RecorderPlatform, typeof import('./recorder.weapp')>,
  Implements<RecorderPlatform, typeof import('./recorder.h5')>
]
