// WeChat: the child's voice through the one RecorderManager (mp3, 16 kHz, mono, the bitrate of
// RECORDER_SETTINGS; it stops by itself at the limit) and playback through an InnerAudioContext.
// The microphone is covered by the privacy agreement (our privacy sheet answers
// onNeedPrivacyAuthorization first) and by scope.record, asked for when 说出来 opens
// (prepareMicrophone) or else on the first start.
// The manager records in the background of these calls: start() returns at once, onStart comes
// when recording really begins (after the prompts), and a stop() before that does not stop it.
// So a session let go before it began is stopped as soon as it begins, its recording dropped, and
// a new start waits until the manager is free again (a second start while busy fails).
// mp3 frames are compressed, so onFrameRecorded gives no loudness: the meter shows that sound is
// arriving (it moves with the frames' bytes), not how loud it is.
import Taro from '@tarojs/taro'
import { AUDIO_LIMITS, RECORDER_SETTINGS, levelOf } from '../domain/suggestions/audio'
import type { Playback, PrepareMicrophone, RecorderEvents, RecorderFailure, RecordingSession } from './recorder-types'

export type { Playback, Recording, RecorderEvents, RecorderFailure, RecordingSession } from './recorder-types'

/** WeChat shows what the microphone is for; the hint says where to turn it back on. */
export const MIC_SETTINGS_HINT = '请在右上角“…”→“设置”里打开“麦克风”，再回来录音。'

function failureOf(e: unknown): RecorderFailure {
  const msg = String((e as { errMsg?: string })?.errMsg ?? e)
  const errno = (e as { errno?: number })?.errno
  if (errno === 104 || errno === 112 || /privacy|auth|deny|denied|permission/i.test(msg)) return 'denied'
  return 'failed'
}

interface Session {
  events: RecorderEvents
  /** Let go before the recording began: stop it as soon as it begins, and keep nothing. */
  abandoned: boolean
}

/** What the one manager is doing: idle, starting (onStart not yet), recording, stopping. */
let phase: 'idle' | 'starting' | 'recording' | 'stopping' = 'idle'
let current: Session | null = null
/** A start asked for while the manager was still busy with an abandoned session. */
let waiting: Session | null = null
let wired = false

function manager() {
  const rm = Taro.getRecorderManager()
  if (wired) return rm
  wired = true
  rm.onStart(() => {
    if (current?.abandoned) {
      phase = 'stopping'
      rm.stop()
      return
    }
    phase = 'recording'
    current?.events.onStart?.()
  })
  rm.onFrameRecorded((r) => {
    if (phase === 'recording' && current && !current.abandoned)
      current.events.onLevel(levelOf(new Uint8Array(r.frameBuffer)))
  })
  rm.onStop((r) => {
    const ended = current
    finish()
    if (ended && !ended.abandoned)
      ended.events.onStop({ path: r.tempFilePath, durationMs: r.duration, bytes: r.fileSize, format: 'mp3' })
  })
  rm.onError((e) => {
    const ended = current
    finish()
    if (ended && !ended.abandoned) ended.events.onError(failureOf(e))
  })
  return rm
}

/** The manager is free: start the session that waited for it, if any. */
function finish() {
  phase = 'idle'
  current = null
  const next = waiting
  waiting = null
  if (next && !next.abandoned) begin(next)
}

function begin(session: Session) {
  const rm = manager()
  current = session
  phase = 'starting'
  try {
    rm.start({
      duration: AUDIO_LIMITS.maxDurationMs,
      sampleRate: RECORDER_SETTINGS.sampleRate,
      numberOfChannels: RECORDER_SETTINGS.numberOfChannels,
      encodeBitRate: RECORDER_SETTINGS.encodeBitRate,
      format: RECORDER_SETTINGS.format,
      frameSize: RECORDER_SETTINGS.frameSize
    })
  } catch (e) {
    phase = 'idle'
    current = null
    session.events.onError(failureOf(e))
  }
}

export function startRecording(events: RecorderEvents): RecordingSession {
  const session: Session = { events, abandoned: false }
  manager()
  if (phase === 'idle') begin(session)
  else if (current?.abandoned) waiting = session
  else events.onError('failed')
  return {
    stop() {
      if (session === waiting) {
        waiting = null
        session.abandoned = true
      } else if (session === current && phase === 'recording') {
        phase = 'stopping'
        Taro.getRecorderManager().stop()
      } else if (session === current && phase === 'starting') session.abandoned = true
    }
  }
}

export const prepareMicrophone: PrepareMicrophone = () =>
  new Promise((resolve) => {
    Taro.authorize({ scope: 'scope.record', complete: () => resolve() }).catch(() => undefined)
  })

/** Plays a local recording or a link from imageUrls; onEnd when it finishes or fails. */
export function playAudio(src: string, onEnd: () => void): Playback {
  const ctx = Taro.createInnerAudioContext()
  // Play even when the phone's silent switch is on: a child listening back expects sound.
  Taro.setInnerAudioOption?.({ obeyMuteSwitch: false })?.catch?.(() => undefined)
  let done = false
  const finish = () => {
    if (done) return
    done = true
    ctx.destroy()
    onEnd()
  }
  ctx.src = src
  ctx.onEnded(finish)
  ctx.onError(finish)
  ctx.play()
  return {
    stop() {
      if (done) return
      ctx.stop()
      finish()
    }
  }
}
