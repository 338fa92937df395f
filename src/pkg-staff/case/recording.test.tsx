// The staff case page: a child's recording (a short-lived link, the check, what was said).
import TestUtils from '@tarojs/test-utils-react'
import { CHILD_CASE as kid } from '../../../tests/fixtures/staff'
import { answer, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import type { StaffSuggestion } from '../../domain/staff/api'
import { callCloud } from '../../services/cloud'
import StaffCasePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn() }))
const mockPlayer = { played: [] as string[] }
jest.mock('../../services/recorder', () => ({
  playAudio: (src: string) => {
    mockPlayer.played.push(src)
    return { stop() {} }
  }
}))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

describe('staff case: a child’s recording', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    mockPlayer.played = []
  })
  const voice: StaffSuggestion = {
    ...kid,
    id: 'kid-voice',
    title: '',
    text: '',
    status: 'submitted',
    visibility: 'pending_review',
    audioFileId: 'local://files/0000000a-0000-0000-0000-000000000002.mp3',
    audioDurationMs: 23_000,
    audioCheck: { requestedAt: '2026-11-28T02:00:00Z', text: 'pass' },
    allowed: { ...kid.allowed, publish: false }
  }

  it('plays it from a short-lived link, shows the check, and saves what was said', async () => {
    let current = voice
    stubCloud(mockedCall, {
      staff: {
        get: answer('staff', 'get', voice),
        imageUrls: answer('staff', 'imageUrls', {
          photos: [],
          audio: '/cloud/_files/0000000a-0000-0000-0000-000000000002.mp3',
          expiresAt: '2099-01-01T00:00:00Z'
        }),
        moderate: (r) => {
          current = { ...current, transcript: r.transcript, rev: current.rev + 1 }
          return answer('staff', 'moderate', current)
        }
      }
    })
    setRouterParams({ id: 'kid-voice' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => byText('.case-recording__play', '播放录音'), 'the player')
    expect(document.body.textContent).toContain('小朋友的录音（0:23）')
    expect(document.body.textContent).toContain('自动检测：等待结果')
    await click(u, byText('.case-recording__play', '播放录音'))
    expect(mockPlayer.played).toEqual([expect.stringMatching(/\/_files\/0000000a-0000-0000-0000-000000000002\.mp3$/)])
    expect(byText('.case-recording__play', '停下')).toBeTruthy()

    await type(u, '.case-recording__transcript', '公园里想要一个秋千')
    await click(u, byText('.case-recording__save', '保存文字'))
    await waitUntil(() => requestsTo(mockedCall, 'staff', 'moderate').length === 1, 'the save')
    expect(requestsTo(mockedCall, 'staff', 'moderate')).toEqual([
      { id: 'kid-voice', op: 'transcribe', transcript: '公园里想要一个秋千', rev: 3 }
    ])
    // The 公开 review reads the transcript: it is what the board would show.
    await waitUntil(() => document.querySelector('[data-field="transcript"]'), 'the transcript in the review')
    expect(document.querySelector('[data-field="transcript"]')?.textContent).toContain('公园里想要一个秋千')
  })
})
