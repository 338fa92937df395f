import TestUtils from '@tarojs/test-utils-react'
import { answer, deferred, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import type { StaffSuggestion } from '../../domain/staff/api'
import { REDACTED } from '../../domain/staff/mask'
import { callCloud } from '../../services/cloud'
import StaffCasePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/media', () => ({ toast: jest.fn() }))
const mockPlayer = { played: [] as string[] }
jest.mock('../../services/recorder', () => ({
  playAudio: (src: string) => {
    mockPlayer.played.push(src)
    return { stop() {} }
  }
}))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const text = '我叫王小明，在人和街小学读书，想要秋千'
const kid: StaffSuggestion = {
  id: 'kid-1',
  mode: 'child',
  topic: 'play',
  title: '想要秋千',
  text,
  photoFileIds: [],
  street: '500103003',
  community: '500103003019',
  ageGroup: '6to9',
  onBehalfOfChild: false,
  visibility: 'visible',
  publication: 'pending',
  status: 'closed',
  history: [{ status: 'submitted', at: '2026-11-28T02:00:00Z', by: 'author' }],
  replies: [],
  supportCount: 0,
  createdAt: '2026-11-28T02:00:00Z',
  updatedAt: '2026-11-28T02:00:00Z',
  rev: 3,
  allowed: {
    transitions: [],
    reply: false,
    openContact: false,
    moderate: true,
    publish: true,
    unpublish: false,
    publishReply: false,
    markUrgent: false
  }
}

const hits = () => Array.from(document.querySelectorAll('.publish-review .highlighted__hit')).map((n) => n.textContent)

describe('staff case: 公开 review', () => {
  beforeEach(() => mockedCall.mockReset())

  it('marks what looks personal, takes it out in one tap, then publishes exactly what is shown', async () => {
    let current = kid
    stubCloud(mockedCall, {
      staff: {
        get: answer('staff', 'get', kid),
        moderate: (r) => {
          const spans = r.spans ?? []
          current = { ...current, text: spans.reduce((t, s) => t.split(s).join(REDACTED), current.text), rev: 4 }
          return answer('staff', 'moderate', current)
        },
        publish: () => answer('staff', 'publish', { ...current, publication: 'approved', rev: 5 })
      }
    })
    setRouterParams({ id: 'kid-1' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => hits().length > 0, 'the review to mark the text')
    expect(hits()).toEqual(['王小明', '人和街小学'])
    expect(byText('.publish-action__publish', '仍要公开')).toBeTruthy()
    // While something still looks personal, 公开 asks why (the audit log keeps the reason).
    expect(document.querySelector('.publish-action__reason')?.textContent).toContain('“王小明”')

    await click(u, byText('.redaction-hits__hit', '王小明')?.querySelector('.redaction-hits__redact'))
    await waitUntil(() => hits().length === 1, 'the name to be gone')
    expect(requestsTo(mockedCall, 'staff', 'moderate')).toEqual([
      { id: 'kid-1', op: 'redact', field: 'text', spans: ['王小明'], rev: 3 }
    ])
    await click(u, byText('.redaction-hits__hit', '人和街小学')?.querySelector('.redaction-hits__redact'))
    await waitUntil(() => hits().length === 0, 'the school to be gone')
    expect(document.body.textContent).toContain('没有发现明显的个人信息')

    expect(document.querySelector('.publish-action__reason')).toBeNull()
    await click(u, byText('.publish-action__publish', '同意公开到公示栏'))
    await waitUntil(() => document.body.textContent?.includes('已公开到公示栏'), 'the approved state')
    expect(requestsTo(mockedCall, 'staff', 'publish')).toEqual([
      { id: 'kid-1', title: '想要秋千', text: `我叫${REDACTED}，在${REDACTED}读书，想要秋千`, rev: 4 }
    ])
  })

  it('publishes words that still look personal only with a written reason, sent with them', async () => {
    stubCloud(mockedCall, {
      staff: {
        get: answer('staff', 'get', kid),
        publish: (r) =>
          r.reason
            ? answer('staff', 'publish', { ...kid, publication: 'approved', rev: 4 })
            : failure('VALIDATION', '还有像个人信息的内容：“王小明”。请先隐去；确实可以公开的，请写明原因', 'reason')
      }
    })
    setRouterParams({ id: 'kid-1' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.publish-action__reason'), 'the reason field')
    await click(u, byText('.publish-action__publish', '仍要公开'))
    await waitUntil(
      () => document.querySelector('.publish-action__reason .ui-field--invalid, .publish-action .ui-field--invalid'),
      'the refusal'
    )
    await type(u, '.publish-action__reason', '人和街小学是学校名称')
    await click(u, byText('.publish-action__publish', '仍要公开'))
    await waitUntil(() => document.body.textContent?.includes('已公开到公示栏'), 'the approved state')
    expect(requestsTo(mockedCall, 'staff', 'publish')).toEqual([
      { id: 'kid-1', title: '想要秋千', text, rev: 3 },
      { id: 'kid-1', title: '想要秋千', text, rev: 3, reason: '人和街小学是学校名称' }
    ])
  })

  it('a community worker prepares (redacts) but does not see 公开', async () => {
    const worker = { ...kid, allowed: { ...kid.allowed, publish: false } }
    stubCloud(mockedCall, { staff: { get: answer('staff', 'get', worker) } })
    setRouterParams({ id: 'kid-1' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => hits().length > 0, 'the review')
    expect(document.querySelectorAll('.redaction-hits__redact')).toHaveLength(2)
    expect(document.querySelector('.publish-action__publish')).toBeNull()
  })
})

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

describe('staff case: 跟进', () => {
  beforeEach(() => mockedCall.mockReset())

  it('shows the author’s 还没有 and their sentence while the follow-up is open', async () => {
    const reopened: StaffSuggestion = {
      ...kid,
      status: 'in_progress',
      followUps: [
        { answer: 'not_yet', at: '2026-11-30T02:00:00Z', closedAt: '2026-11-29T02:00:00Z', text: '秋千还没装' }
      ],
      history: [...kid.history, { status: 'in_progress', at: '2026-11-30T02:00:00Z', by: 'author', event: 'reopened' }]
    }
    stubCloud(mockedCall, { staff: { get: answer('staff', 'get', reopened) } })
    setRouterParams({ id: 'kid-1' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.staff-case__follow-ups'), 'the follow-up card')
    const card = document.querySelector('.staff-case__follow-ups')!.textContent
    expect(card).toContain('跟进：提建议的人说还没有解决')
    expect(card).toContain('2026-11-30 还没有：秋千还没装')
    expect(document.body.textContent).toContain('提建议的人说：还没有解决，重新办理')
  })

  it('shows a child’s drawing with 还没有 through the staff image links', async () => {
    const DRAWING = 'local://files/follow-drawing.png'
    const reopened: StaffSuggestion = {
      ...kid,
      status: 'in_progress',
      followUps: [
        { answer: 'not_yet', at: '2026-11-30T02:00:00Z', closedAt: '2026-11-29T02:00:00Z', drawingFileId: DRAWING }
      ]
    }
    stubCloud(mockedCall, {
      staff: {
        get: answer('staff', 'get', reopened),
        imageUrls: answer('staff', 'imageUrls', {
          photos: [],
          followUpDrawings: { [DRAWING]: '/cloud/_files/follow-drawing.png?exp=1&sig=s' },
          expiresAt: '2099-01-01T00:00:00Z'
        })
      }
    })
    setRouterParams({ id: 'kid-1' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.staff-case__follow-up-drawing'), 'the drawing')
    expect(document.querySelector('.staff-case__follow-ups')!.textContent).toContain('还没有（附一幅画）')
    const img = document.querySelector('.staff-case__follow-up-drawing')!
    expect(img.getAttribute('src')).toContain('follow-drawing.png?exp=1&sig=s')
    // Described on the picture itself (the browser's <img> alt text), not on Taro's wrapper.
    await waitUntil(() => img.querySelector('img'), 'the inner img')
    expect(img.querySelector('img')!.getAttribute('alt')).toBe('孩子的画：还没有')
    expect(requestsTo(mockedCall, 'staff', 'imageUrls')).toEqual([{ id: 'kid-1' }])
  })

  it('shows nothing of the kind when the author never answered', async () => {
    stubCloud(mockedCall, { staff: { get: answer('staff', 'get', kid) } })
    setRouterParams({ id: 'kid-1' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.staff-case__event'), 'the page')
    expect(document.querySelector('.staff-case__follow-ups')).toBeNull()
  })
})

describe('staff case: 发送回复 sends once', () => {
  beforeEach(() => mockedCall.mockReset())
  const template = {
    _id: 'tpl-1',
    title: '已收到',
    text: '您好，{社区}已收到您关于“{标题}”的建议。',
    textForChildren: '收到你的建议啦！',
    topics: [],
    active: true,
    updatedAt: '2026-11-28T00:00:00Z',
    updatedBy: '区管理员'
  }
  const open = { ...kid, status: 'accepted' as const, allowed: { ...kid.allowed, reply: true } }
  const pick = async (u: TestUtils) => {
    await waitUntil(() => document.querySelector('.case-actions__block taro-picker-core'), 'the picker')
    const picker = document.querySelector('.case-actions__block taro-picker-core')!
    await u.act(async () => {
      picker.dispatchEvent(new CustomEvent('change', { detail: { value: 0 } }))
    })
    await waitUntil(() => document.querySelector('.case-actions__preview'), 'the preview')
  }

  it('disarms while sending and after success; a retry after a failure sends the same client id', async () => {
    const answers = [deferred<ReturnType<typeof answer<'staff', 'reply'>>>()]
    let calls = 0
    stubCloud(mockedCall, {
      staff: {
        get: answer('staff', 'get', open),
        listTemplates: answer('staff', 'listTemplates', { items: [template] }),
        reply: () => (calls++ === 0 ? failure('NETWORK', '网络不好') : answers[0].promise)
      }
    })
    setRouterParams({ id: 'kid-1' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await pick(u)
    // The preview names the topic, never the child's words.
    expect(document.querySelector('.case-actions__preview')!.textContent).toContain('关于“玩的地方”的建议')
    expect(document.querySelector('.case-actions__preview')!.textContent).not.toContain('想要秋千')

    const send = () => click(u, byText('.case-actions__primary', '发送回复'))
    await send()
    await waitUntil(() => document.body.textContent?.includes('网络不好'), 'the failure')
    await send()
    await send()
    expect(requestsTo(mockedCall, 'staff', 'reply')).toHaveLength(2)
    const [first, second] = requestsTo(mockedCall, 'staff', 'reply')
    expect(first.clientId).toEqual(expect.stringMatching(/^reply-/))
    expect(second.clientId).toBe(first.clientId)

    answers[0].resolve(
      answer('staff', 'reply', {
        suggestion: {
          ...open,
          rev: 4,
          replies: [{ id: first.clientId, at: '2026-11-29T00:00:00Z', by: '社工', text: '您好' }]
        },
        notification: { status: 'sent' },
        duplicate: false
      })
    )
    await waitUntil(() => !document.querySelector('.case-actions__preview'), 'the draft to clear')
    await send()
    expect(requestsTo(mockedCall, 'staff', 'reply')).toHaveLength(2)
    expect(document.body.textContent).toContain('请先选择回复模板')

    // A new reply is a new send.
    await pick(u)
    await send()
    const third = requestsTo(mockedCall, 'staff', 'reply')[2]
    expect(third.clientId).not.toBe(first.clientId)
  })
})

describe('staff case: a reply waits for 公开', () => {
  beforeEach(() => mockedCall.mockReset())

  it('marks it waiting with what will not leave, and an admin approves exactly what is shown', async () => {
    const text = '秋千下个月装好，有问题请打13900139000'
    const waiting: StaffSuggestion = {
      ...kid,
      publication: 'approved',
      replies: [{ id: 'reply-abc-0001', at: '2026-11-29T00:00:00Z', by: '社工', text, publication: 'pending' }],
      allowed: { ...kid.allowed, publish: false, publishReply: true }
    }
    stubCloud(mockedCall, {
      staff: {
        get: answer('staff', 'get', waiting),
        publishReply: () =>
          answer('staff', 'publishReply', {
            ...waiting,
            rev: 4,
            replies: [{ ...waiting.replies[0], publication: 'approved' }],
            allowed: { ...waiting.allowed, publishReply: false }
          })
      }
    })
    setRouterParams({ id: 'kid-1' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.reply-card__approve'), 'the approve button')
    const card = document.querySelector('.reply-card')!
    expect(card.textContent).toContain('待公开审核')
    expect(card.querySelector('.highlighted__hit')?.textContent).toBe('13900139000')
    expect(card.textContent).toContain('不会出现在公示栏')
    await click(u, document.querySelector('.reply-card__approve'))
    await waitUntil(() => !document.querySelector('.reply-card__approve'), 'the approval')
    expect(document.querySelector('.reply-card')!.textContent).not.toContain('待公开审核')
    expect(requestsTo(mockedCall, 'staff', 'publishReply')).toEqual([
      { id: 'kid-1', replyId: 'reply-abc-0001', text, rev: 3 }
    ])
  })
})
