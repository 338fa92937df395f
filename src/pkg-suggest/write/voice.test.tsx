// 说出来 in the child wizard, with a fake recorder: hold (or tap) to talk, the level and the
// countdown, listen back, record again, send through the outbox; a refused microphone leaves
// writing and drawing.
import TestUtils from '@tarojs/test-utils-react'
import { answer, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { VOICE_CONSENT_VERSION } from '../../domain/suggestions/consent-rule'
import { callCloud } from '../../services/cloud'
import type { RecorderEvents, Recording } from '../../services/recorder'
import { uploadAudio } from '../../services/upload'
import { useOutboxStore } from '../../stores/useOutboxStore'
import { useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import WritePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/upload', () => ({
  uploadImage: jest.fn(),
  uploadAudio: jest.fn(async () => 'local://files/0000000a-0000-0000-0000-000000000001.webm'),
  imageSrc: (u: string) => u
}))

/** The fake microphone: a test decides what each recording is, or that the microphone is refused. */
const mockMic = {
  events: null as RecorderEvents | null,
  next: { path: 'blob:rec-1', durationMs: 7_000, bytes: 42_000, format: 'audio/webm;codecs=opus' } as Recording,
  refuse: false,
  /** The microphone takes a moment to start: onStart comes only when the test says. */
  slow: false,
  played: [] as string[],
  endPlayback: null as (() => void) | null,
  /** How often the microphone was asked for ahead of the first recording. */
  prepared: 0
}
jest.mock('../../services/recorder', () => ({
  MIC_SETTINGS_HINT: '请在设置里允许使用麦克风。',
  prepareMicrophone: async () => void mockMic.prepared++,
  startRecording: (events: RecorderEvents) => {
    if (mockMic.refuse) {
      events.onError('denied')
      return { stop() {} }
    }
    mockMic.events = events
    if (mockMic.slow) return { stop() {} }
    events.onStart?.()
    return { stop: () => events.onStop(mockMic.next) }
  },
  playAudio: (src: string, onEnd: () => void) => {
    mockMic.played.push(src)
    mockMic.endPlayback = onEnd
    return { stop: onEnd }
  }
}))

const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const $ = (selector: string) => document.querySelector(selector)
const text = () => document.body.textContent ?? ''

async function toSayStep(u: TestUtils) {
  await u.mount(WritePage, {})
  await click(u, byText('.mode-chooser__option', '我是小朋友'))
  await click(u, $('[data-topic="play"]'))
  await click(u, $('.child-wizard__next'))
  await click(u, $('[data-key="voice"]'))
  // The guardian reads and agrees first; the recorder comes after.
  await waitUntil(() => $('.voice-consent__agree'), 'the guardian’s agreement')
  expect($('.voice-recorder__hold')).toBeNull()
  expect(mockMic.prepared).toBe(0)
  await click(u, $('.voice-consent__agree'))
  await waitUntil(() => $('.voice-recorder__hold'), 'the hold-to-talk button')
}

describe('the child wizard’s voice step', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    ;(uploadAudio as jest.Mock).mockClear()
    Object.assign(mockMic, { events: null, refuse: false, slow: false, played: [], endPlayback: null, prepared: 0 })
    mockMic.next = { path: 'blob:rec-1', durationMs: 7_000, bytes: 42_000, format: 'audio/webm;codecs=opus' }
    useOutboxStore.setState({ items: [], progress: {} })
    useSuggestDraftStore.getState().reset(null)
  })

  it('records with a level and a countdown, plays back, records again and sends through the outbox', async () => {
    stubCloud(mockedCall, {
      suggestions: {
        submit: answer('suggestions', 'submit', {
          id: 'x',
          status: 'submitted',
          visibility: 'pending_review',
          createdAt: '2026-11-28T02:00:00Z',
          duplicate: false
        })
      }
    })
    const u = new TestUtils()
    await toSayStep(u)
    expect($('.voice-recorder__hold')?.textContent).toContain('按住说话')
    expect(text()).toContain('最多说 60 秒')
    // The tap that agreed asked for the microphone, before any hold.
    expect(mockMic.prepared).toBe(1)

    await click(u, $('.voice-recorder__hold'))
    expect(text()).toContain('还剩 60 秒')
    await u.act(async () => mockMic.events!.onLevel(0.5))
    expect($('.voice-recorder__meter')?.getAttribute('aria-label')).toBe('声音大小 50%')
    expect(($('.voice-recorder__level') as HTMLElement).style.width).toBe('50%')
    await click(u, $('.voice-recorder__hold'))
    await waitUntil(() => text().includes('录好了（0:07）'), 'the recording')

    await click(u, $('.voice-recorder__listen'))
    expect(mockMic.played).toEqual(['blob:rec-1'])
    expect($('.voice-recorder__listen')?.textContent).toContain('停下')
    await u.act(async () => mockMic.endPlayback!())
    expect($('.voice-recorder__listen')?.textContent).toContain('听一听')

    // Re-record: the first one is dropped, the second one kept.
    await click(u, $('.voice-recorder__redo'))
    expect($('.voice-recorder__hold')).not.toBeNull()
    mockMic.next = { path: 'blob:rec-2', durationMs: 12_300, bytes: 73_800, format: 'audio/webm;codecs=opus' }
    await click(u, $('.voice-recorder__hold'))
    await click(u, $('.voice-recorder__hold'))
    await waitUntil(() => text().includes('录好了（0:12）'), 'the second recording')

    await click(u, $('.child-wizard__next'))
    await click(u, $('.child-wizard__next')) // 在哪里：可以跳过
    await click(
      u,
      Array.from(document.querySelectorAll('.child-wizard__age')).find((n) => n.textContent === '6岁以下')
    )
    await click(u, $('.child-wizard__next'))
    expect(text()).toContain('我录了一段话（0:12）')
    await click(u, $('.child-wizard__send'))
    await waitUntil(() => useOutboxStore.getState().items[0]?.state === 'sent', 'sent')
    expect(uploadAudio).toHaveBeenCalledTimes(1)
    expect((uploadAudio as jest.Mock).mock.calls[0][0]).toBe('blob:rec-2')
    const [{ suggestion }] = requestsTo(mockedCall, 'suggestions', 'submit')
    expect(suggestion).toMatchObject({
      mode: 'child',
      topic: 'play',
      text: '',
      audioFileId: 'local://files/0000000a-0000-0000-0000-000000000001.webm',
      audioDurationMs: 12_300,
      ageGroup: 'under6',
      // The guardian's agreement goes with the recording (the server refuses one without it).
      voiceConsent: { version: VOICE_CONSENT_VERSION }
    })
  })

  it('a tap is too short: says so and keeps nothing', async () => {
    const u = new TestUtils()
    await toSayStep(u)
    mockMic.next = { ...mockMic.next, durationMs: 300, bytes: 1_800 }
    await click(u, $('.voice-recorder__hold'))
    await click(u, $('.voice-recorder__hold'))
    await waitUntil(() => text().includes('录得太短了'), 'the too-short message')
    expect(useSuggestDraftStore.getState().audioPath).toBeUndefined()
    // Without a recording, 下一步 says what is missing.
    await click(u, $('.child-wizard__next'))
    await waitUntil(() => text().includes('说给我们听吧'), 'the missing-content message')
  })

  it('letting go before the microphone is on says it was too short; a late answer is ignored', async () => {
    const u = new TestUtils()
    await toSayStep(u)
    mockMic.slow = true
    await click(u, $('.voice-recorder__hold'))
    const late = mockMic.events!
    await click(u, $('.voice-recorder__hold'))
    await waitUntil(() => text().includes('录得太短了'), 'the too-short message')
    await u.act(async () => {
      late.onStart?.()
      late.onStop(mockMic.next)
    })
    expect(useSuggestDraftStore.getState().audioPath).toBeUndefined()
    expect($('.voice-recorder__hold')?.textContent).toContain('按住说话')
    // The next press records as usual.
    mockMic.slow = false
    await click(u, $('.voice-recorder__hold'))
    await click(u, $('.voice-recorder__hold'))
    await waitUntil(() => text().includes('录好了（0:07）'), 'the recording')
  })

  it('a refused microphone is said plainly, and writing and drawing are one tap away', async () => {
    mockMic.refuse = true
    const u = new TestUtils()
    await toSayStep(u)
    await click(u, $('.voice-recorder__hold'))
    await waitUntil(() => $('.voice-recorder__failure'), 'the refusal')
    expect($('.voice-recorder__failure')?.textContent).toContain('没有打开麦克风')
    expect($('.voice-recorder__failure')?.getAttribute('aria-role')).toBe('alert')
    // Allowed in settings meanwhile: trying again records.
    mockMic.refuse = false
    await click(u, $('.voice-recorder__again'))
    await waitUntil(() => text().includes('还剩 60 秒'), 'recording after the retry')
    await click(u, $('.voice-recorder__hold'))
    await waitUntil(() => text().includes('录好了'), 'the recording')
    await click(u, $('.voice-recorder__redo'))
    mockMic.refuse = true
    await click(u, $('.voice-recorder__hold'))
    await waitUntil(() => $('.voice-recorder__write'), 'the refusal again')
    await click(u, $('.voice-recorder__write'))
    await waitUntil(() => $('.child-wizard__text'), 'the text field')
    expect(useSuggestDraftStore.getState().sayWith).toBe('write')
  })
})
