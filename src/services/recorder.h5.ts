// Browser build: the child's voice through MediaRecorder, in whatever the browser records
// (Chromium and Firefox: WebM or Ogg with Opus; Safari: MP4/AAC), asked for the bitrate of
// RECORDER_SETTINGS; the level meter from an AnalyserNode on the same stream; stopped by a timer
// at the limit. Playback through an <audio> element.
import { AUDIO_LIMITS, RECORDER_SETTINGS, levelOf } from '../domain/suggestions/audio'
import type { Playback, PrepareMicrophone, RecorderEvents, RecorderFailure, RecordingSession } from './recorder-types'

export type { Playback, Recording, RecorderEvents, RecorderFailure, RecordingSession } from './recorder-types'

export const MIC_SETTINGS_HINT = '请在浏览器地址栏左边的设置里允许使用麦克风，再回来录音。'

/** Formats we store, in the order we prefer them. */
const PREFERRED = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4', 'audio/webm']

function failureOf(e: unknown): RecorderFailure {
  const name = (e as { name?: string })?.name
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied'
  if (name === 'NotFoundError' || name === 'NotSupportedError') return 'unsupported'
  return 'failed'
}

/**
 * The browser asks for the microphone only by opening it (getUserMedia); opening it before the
 * child chose to talk would light the recording indicator for nothing. The first start asks, and
 * a let-go before the stream arrives is handled there (`stopped`).
 */
export const prepareMicrophone: PrepareMicrophone = async () => {}

export function startRecording(events: RecorderEvents): RecordingSession {
  let stopped = false
  let recorder: MediaRecorder | null = null
  let release = () => {}
  const stop = () => {
    stopped = true
    if (recorder && recorder.state !== 'inactive') recorder.stop()
  }
  if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) {
    queueMicrotask(() => events.onError('unsupported'))
    return { stop }
  }
  navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1 } }).then(
    (stream) => {
      const tracks = () => stream.getTracks().forEach((t) => t.stop())
      if (stopped) return tracks()
      const mimeType = PREFERRED.find((t) => MediaRecorder.isTypeSupported(t))
      const rec = new MediaRecorder(stream, {
        ...(mimeType ? { mimeType } : {}),
        audioBitsPerSecond: RECORDER_SETTINGS.encodeBitRate
      })
      recorder = rec
      const chunks: Blob[] = []
      const audio = new AudioContext()
      const analyser = audio.createAnalyser()
      analyser.fftSize = 256
      audio.createMediaStreamSource(stream).connect(analyser)
      const samples = new Uint8Array(analyser.fftSize)
      const meter = setInterval(() => {
        analyser.getByteTimeDomainData(samples)
        events.onLevel(levelOf(samples))
      }, 100)
      const limit = setTimeout(stop, AUDIO_LIMITS.maxDurationMs)
      let startedAt = Date.now()
      release = () => {
        clearInterval(meter)
        clearTimeout(limit)
        tracks()
        void audio.close().catch(() => undefined)
      }
      rec.ondataavailable = (e) => e.data.size && chunks.push(e.data)
      rec.onstart = () => {
        startedAt = Date.now()
        events.onStart?.()
      }
      rec.onerror = () => {
        release()
        events.onError('failed')
      }
      rec.onstop = () => {
        release()
        const type = rec.mimeType || mimeType || chunks[0]?.type || ''
        const blob = new Blob(chunks, { type })
        const durationMs = Math.min(Date.now() - startedAt, AUDIO_LIMITS.maxDurationMs)
        events.onStop({ path: URL.createObjectURL(blob), durationMs, bytes: blob.size, format: type })
      }
      rec.start(250)
    },
    (e) => events.onError(failureOf(e))
  )
  return { stop }
}

export function playAudio(src: string, onEnd: () => void): Playback {
  const el = new Audio(src)
  let done = false
  const finish = () => {
    if (done) return
    done = true
    onEnd()
  }
  el.onended = finish
  el.onerror = finish
  el.play().catch(finish)
  return {
    stop() {
      el.pause()
      finish()
    }
  }
}
