// WeChat's recorder with a fake RecorderManager (no test layer has the phone's microphone): the
// settings it starts with, the recording it reports, a refusal told apart from a failure, and
// playback through an InnerAudioContext that is freed afterwards.
import Taro from '@tarojs/taro'
import { playAudio, startRecording } from './recorder.weapp'

type Listener = (r?: unknown) => void
const listeners: Record<string, Listener> = {}
const rm = {
  start: jest.fn(),
  stop: jest.fn(() => listeners.stop?.({ tempFilePath: 'wxfile://tmp/rec.mp3', duration: 8_240, fileSize: 49_440 })),
  onStart: (cb: Listener) => (listeners.start = cb),
  onStop: (cb: Listener) => (listeners.stop = cb),
  onError: (cb: Listener) => (listeners.error = cb),
  onFrameRecorded: (cb: Listener) => (listeners.frame = cb)
}
const audio = { src: '', play: jest.fn(), stop: jest.fn(), destroy: jest.fn(), onEnded: jest.fn(), onError: jest.fn() }

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { getRecorderManager: jest.fn(), createInnerAudioContext: jest.fn(), setInnerAudioOption: jest.fn() }
}))
const taro = Taro as unknown as Record<
  'getRecorderManager' | 'createInnerAudioContext' | 'setInnerAudioOption',
  jest.Mock
>

describe('the recorder (WeChat)', () => {
  beforeEach(() => {
    taro.getRecorderManager.mockReturnValue(rm)
    taro.createInnerAudioContext.mockReturnValue(audio)
    taro.setInnerAudioOption.mockResolvedValue({})
  })

  it('records mp3 at 16 kHz, 48 kbps, mono, stopping itself at 60 s; reports path, length and size', () => {
    const events = { onStart: jest.fn(), onLevel: jest.fn(), onStop: jest.fn(), onError: jest.fn() }
    const session = startRecording(events)
    expect(rm.start).toHaveBeenCalledWith({
      duration: 60_000,
      sampleRate: 16_000,
      numberOfChannels: 1,
      encodeBitRate: 48_000,
      format: 'mp3',
      frameSize: 2
    })
    listeners.start()
    expect(events.onStart).toHaveBeenCalled()
    listeners.frame({ frameBuffer: Uint8Array.from({ length: 64 }, (_, i) => (i % 2 ? 200 : 56)).buffer })
    expect(events.onLevel.mock.calls[0][0]).toBeGreaterThan(0)
    session.stop()
    expect(events.onStop).toHaveBeenCalledWith({
      path: 'wxfile://tmp/rec.mp3',
      durationMs: 8_240,
      bytes: 49_440,
      format: 'mp3'
    })
    // A stop after the end changes nothing.
    rm.stop.mockClear()
    session.stop()
    expect(rm.stop).not.toHaveBeenCalled()
  })

  it('a refused microphone is "denied"; another error is "failed"', () => {
    const denied = { onLevel: jest.fn(), onStop: jest.fn(), onError: jest.fn() }
    startRecording(denied)
    listeners.error({ errMsg: 'operateRecorder:fail auth deny' })
    expect(denied.onError).toHaveBeenCalledWith('denied')
    const broken = { onLevel: jest.fn(), onStop: jest.fn(), onError: jest.fn() }
    startRecording(broken)
    listeners.error({ errMsg: 'operateRecorder:fail NotFoundError' })
    expect(broken.onError).toHaveBeenCalledWith('failed')
  })

  it('let go before the recording began: stopped as soon as it begins, nothing reported; a new start waits for the manager', () => {
    rm.start.mockClear()
    rm.stop.mockClear()
    const early = { onStart: jest.fn(), onLevel: jest.fn(), onStop: jest.fn(), onError: jest.fn() }
    startRecording(early).stop()
    // WeChat ignores a stop before onStart: none is sent then.
    expect(rm.stop).not.toHaveBeenCalled()
    const next = { onStart: jest.fn(), onLevel: jest.fn(), onStop: jest.fn(), onError: jest.fn() }
    const session = startRecording(next)
    // The manager is still busy with the first: a second start would fail "recording".
    expect(rm.start).toHaveBeenCalledTimes(1)
    listeners.start()
    expect(rm.stop).toHaveBeenCalledTimes(1)
    expect(early.onStart).not.toHaveBeenCalled()
    expect(early.onStop).not.toHaveBeenCalled()
    // Free again: the waiting session starts and records as usual.
    expect(rm.start).toHaveBeenCalledTimes(2)
    listeners.start()
    expect(next.onStart).toHaveBeenCalled()
    session.stop()
    expect(next.onStop).toHaveBeenCalledWith(expect.objectContaining({ path: 'wxfile://tmp/rec.mp3' }))
  })

  it('plays a recording and frees the player when it ends or is stopped', () => {
    const onEnd = jest.fn()
    const playback = playAudio('wxfile://tmp/rec.mp3', onEnd)
    expect(audio.src).toBe('wxfile://tmp/rec.mp3')
    expect(audio.play).toHaveBeenCalled()
    playback.stop()
    playback.stop()
    expect(audio.stop).toHaveBeenCalledTimes(1)
    expect(audio.destroy).toHaveBeenCalledTimes(1)
    expect(onEnd).toHaveBeenCalledTimes(1)
  })
})
