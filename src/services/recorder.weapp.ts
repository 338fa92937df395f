// WeChat: the child's voice through the one RecorderManager (mp3, 16 kHz, mono, the bitrate of
// RECORDER_SETTINGS; it stops by itself at the limit) and playback through an InnerAudioContext.
// The microphone is covered by the privacy agreement (our privacy sheet answers
// onNeedPrivacyAuthorization first) and by scope.record, asked for on the first start.
// mp3 frames are compressed, so onFrameRecorded gives no loudness: the meter shows that sound is
// arriving (it moves with the frames' bytes), not how loud it is.
import Taro from '@tarojs/taro'
import { AUDIO_LIMITS, RECORDER_SETTINGS, levelOf } from '../domain/suggestions/audio'
import type { Playback, RecorderEvents, RecorderFailure, RecordingSession } from './recorder-types'

export type { Playback, Recording, RecorderEvents, RecorderFailure, RecordingSession } from './recorder-types'

/** WeChat shows what the microphone is for; the hint says where to turn it back on. */
export const MIC_SETTINGS_HINT = '请在右上角“…”→“设置”里打开“麦克风”，再回来录音。'

function failureOf(e: unknown): RecorderFailure {
  const msg = String((e as { errMsg?: string })?.errMsg ?? e)
  const errno = (e as { errno?: number })?.errno
  if (errno === 104 || errno === 112 || /privacy|auth|deny|denied|permission/i.test(msg)) return 'denied'
  return 'failed'
}

let active: RecorderEvents | null = null
let wired = false

/** The manager is one per mini-program: its listeners are set once and report to the current session. */
function manager() {
  const rm = Taro.getRecorderManager()
  if (!wired) {
    wired = true
    rm.onStart(() => active?.onStart?.())
    rm.onFrameRecorded((r) => active?.onLevel(levelOf(new Uint8Array(r.frameBuffer))))
    rm.onStop((r) => {
      const events = active
      active = null
      events?.onStop({ path: r.tempFilePath, durationMs: r.duration, bytes: r.fileSize, format: 'mp3' })
    })
    rm.onError((e) => {
      const events = active
      active = null
      events?.onError(failureOf(e))
    })
  }
  return rm
}

export function startRecording(events: RecorderEvents): RecordingSession {
  const rm = manager()
  active = events
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
    active = null
    events.onError(failureOf(e))
  }
  return {
    stop() {
      if (active === events) rm.stop()
    }
  }
}

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
