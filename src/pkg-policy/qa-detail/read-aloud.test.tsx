// 读给我听 on the 给小朋友 answer, the child wizard's questions and a reply written for a child:
// shown only where the speech service can speak, and tapping it reads that text.
import TestUtils from '@tarojs/test-utils-react'
import { byText, click } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import { kidsAnswerFor } from '../../domain/policy/kids'
import type { MySuggestion } from '../../domain/suggestions/model'
import { mountDetail } from '../../../tests/setup/mount-detail'
import WritePage from '../../pkg-suggest/write/index'
import { callCloud } from '../../services/cloud'
import { canSpeak, speak, stopSpeaking } from '../../services/speech'
import { useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import PolicyQaDetailPage from './index'

jest.mock('../../services/speech', () => ({ canSpeak: jest.fn(), speak: jest.fn(), stopSpeaking: jest.fn() }))
jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCanSpeak = canSpeak as jest.MockedFunction<typeof canSpeak>
const mockedSpeak = speak as jest.MockedFunction<typeof speak>

const openKids = async (u: TestUtils) => {
  setRouterParams({ id: 'q3' })
  await u.mount(PolicyQaDetailPage, {})
  await click(u, byText('.segment-tabs__tab', '给小朋友'))
  await waitUntil(() => document.querySelector('.qa-detail__kids'), 'the children’s version')
}

describe('读给我听', () => {
  beforeEach(() => {
    mockedCanSpeak.mockReset()
    mockedSpeak.mockReset()
    ;(stopSpeaking as jest.Mock).mockReset()
  })

  it('reads the 给小朋友 answer; tapping again while it reads stops it', async () => {
    mockedCanSpeak.mockReturnValue(true)
    let finish = () => {}
    mockedSpeak.mockImplementation(() => new Promise<void>((r) => (finish = r)))
    const u = new TestUtils()
    await openKids(u)
    const kids = kidsAnswerFor('q3')!
    await click(u, byText('.read-aloud', '读给我听'))
    expect(mockedSpeak).toHaveBeenCalledWith(`${kids.question}${kids.text}`)
    await waitUntil(() => byText('.read-aloud', '停下'), 'the stop label')
    await click(u, byText('.read-aloud', '停下'))
    expect(stopSpeaking).toHaveBeenCalled()
    await u.act(async () => finish())
    await waitUntil(() => byText('.read-aloud', '读给我听'), 'the button again')
  })

  it('is not shown where nothing can speak (no plugin configured on WeChat, no speech in the browser)', async () => {
    mockedCanSpeak.mockReturnValue(false)
    const u = new TestUtils()
    await openKids(u)
    expect(document.querySelector('.read-aloud')).toBeNull()
  })

  it('reads the child wizard’s question', async () => {
    mockedCanSpeak.mockReturnValue(true)
    mockedSpeak.mockResolvedValue()
    useSuggestDraftStore.getState().reset('child')
    const u = new TestUtils()
    await u.mount(WritePage, {})
    await waitUntil(() => document.querySelector('.child-wizard__read'), 'the question')
    await click(u, document.querySelector('.child-wizard__read'))
    expect(mockedSpeak).toHaveBeenCalledWith('你想说哪件事？')
  })

  it('reads a reply written for a child, not the adult text', async () => {
    mockedCanSpeak.mockReturnValue(true)
    mockedSpeak.mockResolvedValue()
    const item: MySuggestion = {
      id: 's1',
      mode: 'child',
      topic: 'play',
      title: '秋千',
      text: '想要秋千',
      photoFileIds: [],
      onBehalfOfChild: false,
      visibility: 'visible',
      status: 'answered',
      history: [{ status: 'submitted', at: '2026-11-01T00:00:00Z', by: 'author' }],
      replies: [
        {
          at: '2026-11-02T00:00:00Z',
          by: '王老师',
          text: '经研究，拟于明年增设。',
          textForChildren: '明年就有秋千啦！'
        }
      ],
      supportCount: 0,
      createdAt: '2026-11-01T00:00:00Z',
      updatedAt: '2026-11-02T00:00:00Z'
    }
    const mocked = callCloud as jest.MockedFunction<typeof callCloud>
    const u = await mountDetail(mocked, item)
    await click(u, byText('.suggestion-detail__reply .read-aloud', '读给我听'))
    expect(mockedSpeak).toHaveBeenCalledWith('明年就有秋千啦！')
  })
})
