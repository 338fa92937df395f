import TestUtils from '@tarojs/test-utils-react'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import type { ResponseOf } from '../../domain/cloud-api'
import { callCloud } from '../../services/cloud'
import SuggestionDetailPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockPlays: string[] = []
jest.mock('../../services/recorder', () => ({
  playAudio: (src: string) => {
    mockPlays.push(src)
    return { stop() {} }
  }
}))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const mine: ResponseOf<'suggestions', 'get'> = {
  id: 's1',
  mode: 'child',
  topic: 'parks_green',
  title: '',
  text: '公园里想要一个大滑梯',
  photoFileIds: [],
  onBehalfOfChild: false,
  ageGroup: '6to9',
  visibility: 'visible',
  status: 'answered',
  history: [{ status: 'submitted', at: '2026-11-28T02:00:00Z', by: 'author' }],
  replies: [
    { text: '已转交街道办理。', textForChildren: '谢谢你的好主意！', by: '示例社工', at: '2026-11-29T02:00:00Z' }
  ],
  supportCount: 0,
  createdAt: '2026-11-28T02:00:00Z',
  updatedAt: '2026-11-29T02:00:00Z'
}

describe('my suggestion', () => {
  beforeEach(() => mockedCall.mockReset())

  it('a child author reads the reply written for children', async () => {
    stubCloud(mockedCall, { suggestions: { get: answer('suggestions', 'get', mine) } })
    setRouterParams({ id: 's1' })
    const u = new TestUtils()
    await u.mount(SuggestionDetailPage, {})
    await u.queries.waitForQueryByText('谢谢你的好主意！')
    expect(document.body.textContent).not.toContain('已转交街道办理。')
    expect(requestsTo(mockedCall, 'suggestions', 'get')).toEqual([{ id: 's1' }])
  })

  it('shows the images through short-lived links from imageUrls, never the stored file id', async () => {
    const withImages = { ...mine, drawingFileId: 'local://files/d.png', photoFileIds: ['local://files/a.jpg'] }
    stubCloud(mockedCall, {
      suggestions: {
        get: answer('suggestions', 'get', withImages),
        imageUrls: answer('suggestions', 'imageUrls', {
          drawing: '/cloud/_files/d.png',
          photos: ['/cloud/_files/a.jpg'],
          expiresAt: '2099-01-01T00:00:00Z'
        })
      }
    })
    setRouterParams({ id: 's1' })
    const u = new TestUtils()
    await u.mount(SuggestionDetailPage, {})
    await u.queries.waitForQueryByText('谢谢你的好主意！')
    await waitUntil(() => document.querySelectorAll('.suggestion-detail__image').length === 2, 'the two images')
    const html = document.body.innerHTML
    expect(html).toContain('/cloud/_files/d.png')
    expect(html).toContain('/cloud/_files/a.jpg')
    expect(html).not.toContain('local://')
    expect(requestsTo(mockedCall, 'suggestions', 'imageUrls')).toEqual([{ id: 's1' }])
  })

  it('a child listens to their own recording through its short-lived link, and reads what staff wrote down', async () => {
    const voice = {
      ...mine,
      text: '',
      audioFileId: 'local://files/v.webm',
      audioDurationMs: 8_000,
      transcript: '想要一个大滑梯'
    }
    stubCloud(mockedCall, {
      suggestions: {
        get: answer('suggestions', 'get', voice),
        imageUrls: answer('suggestions', 'imageUrls', {
          photos: [],
          audio: '/cloud/_files/v.webm?exp=1&sig=x',
          expiresAt: '2099-01-01T00:00:00Z'
        })
      }
    })
    setRouterParams({ id: 's1' })
    const u = new TestUtils()
    await u.mount(SuggestionDetailPage, {})
    await u.queries.waitForQueryByText('我录的话（0:08）')
    expect(document.body.textContent).toContain('工作人员记下的话：想要一个大滑梯')
    await waitUntil(
      () => document.querySelector('.suggestion-detail__play')?.textContent?.includes('听一听'),
      'the link'
    )
    await u.act(async () => u.fireEvent.click(document.querySelector('.suggestion-detail__play') as HTMLElement))
    expect(mockPlays).toEqual([expect.stringContaining('/_files/v.webm?exp=1&sig=x')])
    expect(document.body.innerHTML).not.toContain('local://')
  })

  it('asks for no links when the suggestion has no images', async () => {
    stubCloud(mockedCall, { suggestions: { get: answer('suggestions', 'get', mine) } })
    setRouterParams({ id: 's1' })
    const u = new TestUtils()
    await u.mount(SuggestionDetailPage, {})
    await u.queries.waitForQueryByText('谢谢你的好主意！')
    expect(requestsTo(mockedCall, 'suggestions', 'imageUrls')).toEqual([])
  })

  it('an unknown id says so, without a 重试 that cannot help', async () => {
    stubCloud(mockedCall, { suggestions: { get: failure('NOT_FOUND') } })
    setRouterParams({ id: 'gone' })
    const u = new TestUtils()
    await u.mount(SuggestionDetailPage, {})
    await u.queries.waitForQueryByText('没有找到相关内容')
    expect(document.querySelector('.ui-error')?.getAttribute('aria-role')).toBe('alert')
    expect(document.querySelector('.ui-error__retry')).toBeNull()
  })

  it('tells the author why part of their words reads 【已隐去】 (what others see, and why)', async () => {
    const redacted = {
      ...mine,
      title: '我叫【已隐去】',
      text: '我在【已隐去】读书',
      redactedAt: '2026-11-29T03:00:00Z'
    }
    stubCloud(mockedCall, { suggestions: { get: answer('suggestions', 'get', redacted) } })
    setRouterParams({ id: 's1' })
    const u = new TestUtils()
    await u.mount(SuggestionDetailPage, {})
    await waitUntil(() => document.querySelector('.suggestion-detail__redacted'), 'the note')
    const note = document.querySelector('.suggestion-detail__redacted')!
    expect(note.textContent).toMatch(/名字.*电话.*学校|保护/)
    expect(note.textContent).toContain('【已隐去】')
  })

  it('says nothing of the kind when nothing was hidden', async () => {
    stubCloud(mockedCall, { suggestions: { get: answer('suggestions', 'get', mine) } })
    setRouterParams({ id: 's1' })
    const u = new TestUtils()
    await u.mount(SuggestionDetailPage, {})
    await u.queries.waitForQueryByText('谢谢你的好主意！')
    expect(document.querySelector('.suggestion-detail__redacted')).toBeNull()
  })
})
