// The voice limits: what the recorder makes always passes, and what the server refuses is named.
import {
  AUDIO_LIMITS,
  RECORDER_SETTINGS,
  audioBytesFor,
  audioFormatOfBytes,
  audioFormatOf,
  formatDuration,
  levelOf,
  recordingProblem,
  secondsLeft
} from './audio'

describe('audio limits', () => {
  it('a full minute at the recorder’s settings is 360 KB, under the limit and under 1 MB', () => {
    const bytes = audioBytesFor(AUDIO_LIMITS.maxDurationMs)
    expect(bytes).toBe(360_000)
    expect(bytes).toBeLessThan(AUDIO_LIMITS.maxBytes)
    expect(AUDIO_LIMITS.maxBytes).toBeLessThanOrEqual(1_000_000)
  })

  it('the bitrate is one WeChat accepts at 16 kHz (24–96 kbps), mono mp3', () => {
    expect(RECORDER_SETTINGS.sampleRate).toBe(16_000)
    expect(RECORDER_SETTINGS.encodeBitRate).toBeGreaterThanOrEqual(24_000)
    expect(RECORDER_SETTINGS.encodeBitRate).toBeLessThanOrEqual(96_000)
    expect(RECORDER_SETTINGS.format).toBe('mp3')
  })

  it('knows formats by extension and by content type', () => {
    expect(audioFormatOf('cloud://env.x/suggestions/2026-11-28/abc.mp3')).toBe('mp3')
    expect(audioFormatOf('audio/webm;codecs=opus')).toBe('webm')
    expect(audioFormatOf('audio/ogg')).toBe('ogg')
    expect(audioFormatOf('audio/mp4')).toBe('m4a')
    expect(audioFormatOf('x.wav')).toBeUndefined()
    expect(audioFormatOf('image/png')).toBeUndefined()
  })

  it.each([
    ['a good recording', { durationMs: 12_000, bytes: 72_000, format: 'mp3' }, null],
    ['a tap', { durationMs: 400, bytes: 2_400, format: 'mp3' }, '录得太短了'],
    ['over a minute', { durationMs: 61_000, bytes: 366_000, format: 'mp3' }, '最多说 60 秒'],
    ['a recorder a little past the limit', { durationMs: 60_200, bytes: 361_200, format: 'mp3' }, null],
    ['empty', { durationMs: 3_000, bytes: 0, format: 'mp3' }, '录音是空的'],
    ['too large', { durationMs: 60_000, bytes: 1_000_001, format: 'audio/webm' }, '太大'],
    ['an unknown format', { durationMs: 3_000, bytes: 100, format: 'audio/wav' }, '格式']
  ])('%s', (_name, facts, problem) => {
    const r = recordingProblem(facts)
    if (problem === null) expect(r).toBeNull()
    else expect(r).toContain(problem)
  })

  it('counts down whole seconds and shows durations as m:ss', () => {
    expect(secondsLeft(0)).toBe(60)
    expect(secondsLeft(59_001)).toBe(1)
    expect(secondsLeft(70_000)).toBe(0)
    expect(formatDuration(7_400)).toBe('0:07')
    expect(formatDuration(60_000)).toBe('1:00')
  })

  it('the level meter is 0 in silence and grows with loudness, up to 1', () => {
    expect(levelOf(new Uint8Array(64).fill(128))).toBe(0)
    const quiet = levelOf(Uint8Array.from({ length: 64 }, (_, i) => (i % 2 ? 133 : 123)))
    const loud = levelOf(Uint8Array.from({ length: 64 }, (_, i) => (i % 2 ? 200 : 56)))
    expect(quiet).toBeGreaterThan(0)
    expect(loud).toBeGreaterThan(quiet)
    expect(loud).toBeLessThanOrEqual(1)
    expect(levelOf([])).toBe(0)
  })
})

describe('recordings by their bytes', () => {
  const b = (hex: string) => Uint8Array.from(Buffer.from(hex, 'hex'))
  it('tells each stored format by its start, and refuses anything else', () => {
    expect(audioFormatOfBytes(Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00', 'latin1'))).toBe('mp3')
    expect(audioFormatOfBytes(b('fff364c4'))).toBe('mp3')
    expect(audioFormatOfBytes(b('fffb9064'))).toBe('mp3')
    expect(audioFormatOfBytes(b('fff15080'))).toBe('m4a')
    expect(audioFormatOfBytes(b('1a45dfa39f4286'))).toBe('webm')
    expect(audioFormatOfBytes(Buffer.from('OggS\x00\x02', 'latin1'))).toBe('ogg')
    expect(audioFormatOfBytes(Buffer.from('\x00\x00\x00\x20ftypM4A ', 'latin1'))).toBe('m4a')
    expect(audioFormatOfBytes(b('89504e470d0a1a0a'))).toBeNull()
    expect(audioFormatOfBytes(Buffer.from('<script>', 'latin1'))).toBeNull()
    expect(audioFormatOfBytes(b('ff'))).toBeNull()
  })
})
