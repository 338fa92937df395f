// The voice step's state: idle → recording (level, countdown) → recorded (listen, re-record), or
// why not (microphone refused, too short…). The recording itself lives in the draft store, so
// it is still there after a restart if the phone kept the file (the store drops it otherwise).
import { useEffect, useRef, useState } from 'react'
import { TOO_SHORT, recordingProblem } from '../../domain/suggestions/audio'
import {
  playAudio,
  startRecording,
  type Playback,
  type RecorderFailure,
  type RecordingSession
} from '../../services/recorder'
import { useSuggestDraftStore } from '../../stores/useSuggestDraftStore'

export type VoicePhase = 'idle' | 'recording' | 'recorded' | 'playing'

export function useVoiceRecorder() {
  const { audioPath, audioDurationMs, update } = useSuggestDraftStore()
  const [recording, setRecording] = useState(false)
  const [playing, setPlaying] = useState(false)
  const [level, setLevel] = useState(0)
  const [elapsedMs, setElapsedMs] = useState(0)
  const [failure, setFailure] = useState<RecorderFailure | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const session = useRef<RecordingSession | null>(null)
  const playback = useRef<Playback | null>(null)
  const clock = useRef<ReturnType<typeof setInterval> | null>(null)
  // Whether the recorder has really begun (the microphone may still be starting up).
  const started = useRef(false)
  // Each recording's number: a late answer from one given up on is ignored.
  const generation = useRef(0)

  const stopClock = () => {
    if (clock.current) clearInterval(clock.current)
    clock.current = null
  }

  useEffect(
    () => () => {
      stopClock()
      session.current?.stop()
      playback.current?.stop()
    },
    []
  )

  const start = () => {
    if (session.current) return
    playback.current?.stop()
    setFailure(null)
    setProblem(null)
    setLevel(0)
    setElapsedMs(0)
    setRecording(true)
    started.current = false
    const gen = ++generation.current
    const current = () => gen === generation.current
    // A recorder may answer inside startRecording (a refusal on WeChat): then nothing is running.
    let ended = false
    const handle = startRecording({
      onStart() {
        if (!current()) return
        started.current = true
        const startedAt = Date.now()
        stopClock()
        clock.current = setInterval(() => setElapsedMs(Date.now() - startedAt), 200)
      },
      onLevel: (level) => current() && setLevel(level),
      onStop(r) {
        if (!current()) return
        ended = true
        session.current = null
        stopClock()
        setRecording(false)
        setLevel(0)
        const why = recordingProblem(r)
        if (why) return setProblem(why)
        update({ audioPath: r.path, audioDurationMs: Math.round(r.durationMs) })
      },
      onError(reason) {
        if (!current()) return
        ended = true
        session.current = null
        stopClock()
        setRecording(false)
        setFailure(reason)
      }
    })
    if (!ended) session.current = handle
  }

  const stop = () => {
    if (!session.current) return
    session.current.stop()
    // Let go before the microphone was even on (a quick tap): nothing was recorded.
    if (!started.current) {
      generation.current++
      session.current = null
      stopClock()
      setRecording(false)
      setProblem(TOO_SHORT)
    }
  }

  const listen = () => {
    if (!audioPath) return
    if (playback.current) {
      playback.current.stop()
      return
    }
    setPlaying(true)
    playback.current = playAudio(audioPath, () => {
      playback.current = null
      setPlaying(false)
    })
  }

  const discard = () => {
    playback.current?.stop()
    update({ audioPath: undefined, audioDurationMs: undefined })
  }

  const phase: VoicePhase = recording ? 'recording' : playing ? 'playing' : audioPath ? 'recorded' : 'idle'
  return { phase, level, elapsedMs, failure, problem, durationMs: audioDurationMs, start, stop, listen, discard }
}
