import TestUtils from '@tarojs/test-utils-react'
import { answer, requestsTo, stubCloud, type CloudAnswers } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import type { ModerationEntry, StaffSuggestion } from '../../domain/staff/api'
import { REDACTED } from '../../domain/staff/mask'
import { callCloud } from '../../services/cloud'
import { confirm } from '../../services/feedback'
import StaffModeratePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn(), confirm: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const mockedConfirm = confirm as jest.MockedFunction<typeof confirm>

const PHOTO = 'cloud://env/uploads/p1.jpg'
const hidden: StaffSuggestion = {
  id: 'kid-9',
  deadlines: [],
  mode: 'child',
  topic: 'play',
  title: '想要秋千',
  text: '我叫王小明，想要秋千',
  photoFileIds: [PHOTO],
  street: '500103003',
  community: '500103003019',
  ageGroup: '6to9',
  onBehalfOfChild: false,
  visibility: 'hidden',
  hidden: { at: '2026-11-28T02:00:00Z', by: '王社工', reason: '等家长确认' },
  publication: 'pending',
  status: 'submitted',
  history: [{ status: 'submitted', at: '2026-11-28T01:00:00Z', by: 'author' }],
  replies: [],
  supportCount: 0,
  createdAt: '2026-11-28T01:00:00Z',
  updatedAt: '2026-11-28T02:00:00Z',
  rev: 2,
  allowed: {
    transitions: [],
    reply: true,
    openContact: false,
    moderate: true,
    publish: false,
    unpublish: false,
    publishReply: false,
    markUrgent: false,
    transfer: false,
    assign: false,
    assignOthers: false,
    note: false
  }
}
const HIDE: ModerationEntry = {
  at: '2026-11-28T02:00:00Z',
  by: '王社工',
  role: 'community_worker',
  op: 'hide',
  reason: '等家长确认'
}

/** A small stand-in for the server: applies each op to the row and logs it. */
function server(start: StaffSuggestion, extra: NonNullable<CloudAnswers['staff']> = {}) {
  let row = start
  const log: ModerationEntry[] = [HIDE]
  const step = (op: ModerationEntry['op'], more: Partial<ModerationEntry> = {}) =>
    log.unshift({ at: `2026-11-28T03:0${log.length}:00Z`, by: '王社工', role: 'community_worker', op, ...more })
  stubCloud(mockedCall, {
    staff: {
      get: () => answer('staff', 'get', row),
      moderationLog: () => answer('staff', 'moderationLog', { items: [...log] }),
      imageUrls: answer('staff', 'imageUrls', {
        photos: ['https://tmp.example/p1.jpg'],
        expiresAt: '2099-01-01T00:00:00Z'
      }),
      moderate: (r) => {
        if (r.op === 'unhide') row = { ...row, visibility: 'visible', hidden: null }
        if (r.op === 'redact') {
          const spans = r.spans ?? []
          const field = r.field ?? 'text'
          row = { ...row, [field]: spans.reduce((t, s) => t.split(s).join(REDACTED), row[field]) }
          step('redact', { field, count: spans.length })
        } else step(r.op)
        if (r.op === 'removeImage') row = { ...row, photoFileIds: row.photoFileIds.filter((f) => f !== r.fileId) }
        row = { ...row, rev: row.rev + 1 }
        return answer('staff', 'moderate', row)
      },
      publish: (r) => {
        step('publish', r.reason ? { reason: r.reason } : {})
        row = { ...row, publication: 'approved', rev: row.rev + 1, allowed: { ...row.allowed, publish: false } }
        return answer('staff', 'publish', row)
      },
      ...extra
    }
  })
}

const history = () => Array.from(document.querySelectorAll('.moderation-history__what')).map((n) => n.textContent)
async function open() {
  setRouterParams({ id: 'kid-9' })
  const u = new TestUtils()
  await u.mount(StaffModeratePage, {})
  await waitUntil(() => history().length > 0, 'the moderation history')
  return u
}

describe('staff moderation page', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    mockedConfirm.mockReset()
  })

  it('shows why it was hidden, shows it again, and the step joins the history', async () => {
    server(hidden)
    const u = await open()
    expect(document.body.textContent).toContain('王社工 于 2026-11-28 10:00 隐藏，原因：等家长确认')
    expect(history()).toEqual(['从公示栏隐藏 · 原因：等家长确认'])
    await click(u, byText('.staff-moderate__unhide', '取消隐藏'))
    await waitUntil(() => history().length === 2, 'the new history line')
    expect(requestsTo(mockedCall, 'staff', 'moderate')).toEqual([{ id: 'kid-9', op: 'unhide', rev: 2 }])
    expect(history()[0]).toBe('取消隐藏')
    expect(document.querySelector('.staff-moderate__head')?.textContent).toContain('已通过审核')
    // Now visible: hiding again asks for a reason.
    expect(document.querySelector('.staff-moderate__hide')).not.toBeNull()
  })

  it('takes a marked name out in one tap, and other words typed in, each with the current revision', async () => {
    server(hidden)
    const u = await open()
    const hits = () => Array.from(document.querySelectorAll('.redaction-hits__hit')).map((n) => n.textContent)
    expect(hits()).toEqual(['“王小明”像是个人信息隐去'])
    await click(u, document.querySelector('.redaction-hits__redact'))
    await waitUntil(() => hits().length === 0, 'the name gone')
    expect(document.querySelector('.redaction-hits__field[data-field="text"]')?.textContent).toContain(
      `我叫${REDACTED}，想要秋千`
    )

    await click(u, byText('.staff-moderate__redact-typed', '隐去这段文字'))
    await waitUntil(() => document.body.textContent?.includes('请输入要隐去的文字'), 'the empty words error')
    expect(requestsTo(mockedCall, 'staff', 'moderate')).toHaveLength(1)

    await click(u, byText('.staff-moderate__typed .ui-chip', '标题'))
    await type(u, '.staff-moderate__words', '秋千')
    await click(u, byText('.staff-moderate__redact-typed', '隐去这段文字'))
    await waitUntil(() => history()[0] === '隐去个人信息 · 标题 1 处', 'the title redaction in the history')
    expect(requestsTo(mockedCall, 'staff', 'moderate')).toEqual([
      { id: 'kid-9', op: 'redact', field: 'text', spans: ['王小明'], rev: 2 },
      { id: 'kid-9', op: 'redact', field: 'title', spans: ['秋千'], rev: 3 }
    ])
  })

  it('公开 here too: words that still look personal need a reason, which the history then shows', async () => {
    const visible = {
      ...hidden,
      visibility: 'visible' as const,
      hidden: null,
      allowed: { ...hidden.allowed, publish: true }
    }
    server(visible)
    const u = await open()
    expect(document.querySelector('.publish-action__reason')?.textContent).toContain('“王小明”')
    await type(u, '.publish-action__reason', '家长同意写出名字')
    await click(u, byText('.publish-action__publish', '仍要公开'))
    await waitUntil(() => history().length === 2, 'the new history line')
    expect(requestsTo(mockedCall, 'staff', 'publish')).toEqual([
      { id: 'kid-9', title: '想要秋千', text: '我叫王小明，想要秋千', rev: 2, reason: '家长同意写出名字' }
    ])
    expect(history()[0]).toBe('同意公开到公示栏 · 原因：家长同意写出名字')
  })

  it('removes a photo only after the confirmation', async () => {
    server(hidden)
    const u = await open()
    await waitUntil(() => document.querySelector('.moderation-images__image'), 'the photo')
    mockedConfirm.mockResolvedValueOnce(false)
    await click(u, byText('.moderation-images__remove', '移除照片 1'))
    expect(requestsTo(mockedCall, 'staff', 'moderate')).toHaveLength(0)

    mockedConfirm.mockResolvedValueOnce(true)
    await click(u, byText('.moderation-images__remove', '移除照片 1'))
    await waitUntil(() => document.body.textContent?.includes('没有图片'), 'the photo gone')
    expect(requestsTo(mockedCall, 'staff', 'moderate')).toEqual([
      { id: 'kid-9', op: 'removeImage', fileId: PHOTO, rev: 2 }
    ])
    expect(history()[0]).toBe('移除图片')
  })

  it('shows the words before redaction only when the server sends them (district admins)', async () => {
    server({ ...hidden, original: { text: '我叫王小明，在人和街小学读书', removedFiles: ['cloud://x'] } })
    await open()
    expect(document.querySelector('.staff-moderate__original')?.textContent).toContain(
      '内容：我叫王小明，在人和街小学读书'
    )
    expect(document.querySelector('.staff-moderate__original')?.textContent).toContain('已移除图片 1 张')
  })

  it('offers no changes on a row the caller may only read, and says so', async () => {
    server({ ...hidden, original: undefined, allowed: { ...hidden.allowed, moderate: false } })
    await open()
    expect(document.body.textContent).toContain('只能查看')
    expect(document.querySelector('.staff-moderate__original')).toBeNull()
    expect(document.querySelector('.staff-moderate__unhide')).toBeNull()
    expect(document.querySelector('.redaction-hits__redact')).toBeNull()
    expect(document.querySelector('.moderation-images__remove')).toBeNull()
  })
})
