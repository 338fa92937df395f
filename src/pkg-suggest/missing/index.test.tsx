// A queued suggestion whose files WeChat deleted: 我的 sends the author here, where they send it
// without the files (when what is left can still go), or delete it (when nothing would be left).
import TestUtils from '@tarojs/test-utils-react'
import { answer, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import { VOICE_CONSENT_VERSION } from '../../domain/suggestions/consent-rule'
import { missingFilesMessage } from '../../domain/suggestions/draft'
import { callCloud } from '../../services/cloud'
import { useOutboxStore } from '../../stores/useOutboxStore'
import MissingFilesPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const adult = {
  id: 'sug-missing-0001',
  payload: {
    input: {
      id: 'sug-missing-0001',
      mode: 'adult',
      topic: 'safety',
      title: '学校门口需要护学岗',
      text: '上学时车很多，希望有人帮忙。'
    },
    photoPaths: ['wxfile://tmp/gone.jpg']
  },
  uploaded: {},
  state: 'failed',
  attempts: 1,
  nextAttemptAt: 0,
  createdAt: 1,
  missingFiles: ['wxfile://tmp/gone.jpg']
}
const drawingOnly = {
  ...adult,
  id: 'sug-missing-0002',
  payload: {
    input: { id: 'sug-missing-0002', mode: 'child', topic: 'parks_green', title: '', text: '', ageGroup: '6to9' },
    drawingPath: 'wxfile://tmp/drawing.png',
    photoPaths: []
  },
  missingFiles: ['wxfile://tmp/drawing.png']
}

async function open(item: typeof adult | typeof drawingOnly) {
  const withMessage = {
    ...item,
    error: { code: 'VALIDATION', message: missingFilesMessage(item.payload as never, item.missingFiles) }
  }
  useOutboxStore.setState({ items: [withMessage] as never, progress: {} })
  setRouterParams({ id: item.id })
  const u = new TestUtils()
  await u.mount(MissingFilesPage, {})
  return u
}

describe('文件不见了', () => {
  beforeEach(() => mockedCall.mockReset())

  it('a grown-up’s suggestion without its photo can still go: 不带它发送 sends it once, without the photo', async () => {
    stubCloud(mockedCall, {
      suggestions: {
        submit: answer('suggestions', 'submit', {
          id: adult.id,
          status: 'submitted',
          visibility: 'visible',
          createdAt: '2026-12-01T02:00:00Z',
          duplicate: false
        })
      }
    })
    const u = await open(adult)
    expect(document.body.textContent).toContain('学校门口需要护学岗')
    expect(document.body.textContent).toContain('1 张照片已经不在手机上了')
    expect(document.querySelector('.missing-files__readd')).not.toBeNull()
    expect(document.querySelector('.missing-files__discard')).toBeNull()
    await click(u, document.querySelector('.missing-files__without'))
    await waitUntil(() => document.body.textContent?.includes('这条建议已处理：已提交'), 'the sent state')
    const [request] = requestsTo(mockedCall, 'suggestions', 'submit')
    expect(request.suggestion).toMatchObject({ id: adult.id, photoFileIds: [] })
  })

  it('a drawing-only suggestion without its drawing would be empty: only 删掉这条', async () => {
    const u = await open(drawingOnly)
    expect(document.querySelector('.missing-files__without')).toBeNull()
    await click(u, byText('.missing-files__discard', '删掉这条'))
    expect(useOutboxStore.getState().items).toEqual([])
    expect(document.body.textContent).toContain('这条建议已经不在手机上了')
    expect(mockedCall).not.toHaveBeenCalled()
  })
})

describe('录音需要家长同意 (queued before the rule)', () => {
  const AUDIO_ID = 'local://files/0000000a-0000-0000-0000-00000000000b.webm'
  const voice = {
    ...adult,
    id: 'sug-missing-0003',
    payload: {
      input: { id: 'sug-missing-0003', mode: 'child', topic: 'play', title: '', text: '想要秋千', ageGroup: '6to9' },
      audioPath: 'blob:rec-old',
      audioDurationMs: 5_000,
      photoPaths: []
    },
    // Uploaded before the refusal: sending again does not upload it again.
    uploaded: { 'blob:rec-old': AUDIO_ID },
    error: { code: 'VALIDATION', message: '录音需要家长先同意', field: 'voiceConsent' },
    missingFiles: undefined
  }
  const acked = answer('suggestions', 'submit', {
    id: voice.id,
    status: 'submitted',
    visibility: 'pending_review',
    createdAt: '2026-12-01T02:00:00Z',
    duplicate: false
  })
  async function openVoice() {
    useOutboxStore.setState({ items: [voice] as never, progress: {} })
    setRouterParams({ id: voice.id })
    const u = new TestUtils()
    await u.mount(MissingFilesPage, {})
    return u
  }
  beforeEach(() => mockedCall.mockReset())

  it('the guardian reads and agrees: it goes once, with the recording and the agreement', async () => {
    stubCloud(mockedCall, { suggestions: { submit: acked } })
    const u = await openVoice()
    expect(document.body.textContent).toContain('录音需要家长先同意')
    expect(document.body.textContent).toContain('请家长来看一下')
    await click(u, document.querySelector('.voice-consent__agree'))
    await waitUntil(() => document.body.textContent?.includes('这条建议已处理：已提交'), 'the sent state')
    const [request] = requestsTo(mockedCall, 'suggestions', 'submit')
    expect(request.suggestion).toMatchObject({
      id: voice.id,
      audioFileId: AUDIO_ID,
      voiceConsent: { version: VOICE_CONSENT_VERSION }
    })
  })

  it('or sends it without the recording, when the words alone make a suggestion', async () => {
    stubCloud(mockedCall, { suggestions: { submit: acked } })
    const u = await openVoice()
    await click(u, byText('.voice-consent-fix__without', '不带录音发送'))
    await waitUntil(() => document.body.textContent?.includes('这条建议已处理：已提交'), 'the sent state')
    const [request] = requestsTo(mockedCall, 'suggestions', 'submit')
    expect(request.suggestion).not.toHaveProperty('audioFileId')
    expect(request.suggestion).not.toHaveProperty('voiceConsent')
  })
})
