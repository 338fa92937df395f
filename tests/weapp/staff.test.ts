/**
 * Staff screens in the WeChat build (dist/weapp through WeChat's WXML compiler): 批量代录 with
 * one row filled by taps and typing, sent as one enterBatch through wx.cloud.callFunction and the
 * server's per-row answer shown on the row; and the staff entry on 我的, whose 新建议提醒 request
 * must come from the tap itself (the strict device of device.ts refuses it otherwise).
 */
import { whoAmIAs } from '../fixtures/staff'
import { newDevice } from './device'
import { bootApp, renderPage, teardownApp, waitForText } from './harness'

jest.setTimeout(20000)

type Page = ReturnType<typeof renderPage>
const nth = (page: Page, selector: string, index: number) => {
  const node = page.querySelectorAll(selector)[index]
  if (!node) throw new Error(`no ${selector} #${index}; page text: ${page.dom.textContent?.slice(0, 300)}`)
  return node
}
const pause = () => new Promise((r) => setTimeout(r, 50))

type CloudRequest = { name: string; data: Record<string, unknown> }
/** Boots the app with wx.cloud answering `data(request)` (ok), each request kept in `requests`. */
function bootWithCloud(requests: CloudRequest[], data: (request: CloudRequest) => unknown) {
  bootApp({
    mockWx: (wx) => {
      wx.cloud = {
        init: jest.fn(),
        callFunction: jest.fn(async (options: CloudRequest) => {
          requests.push(options)
          return { result: { ok: true, data: data(options) } }
        })
      }
    }
  })
}

describe('WeChat build: batch entry', () => {
  let requests: CloudRequest[]

  beforeEach(() => {
    requests = []
    bootApp({
      mockWx: (wx) => {
        wx.cloud = {
          init: jest.fn(),
          callFunction: jest.fn(async (options: { name: string; data: Record<string, unknown> }) => {
            requests.push(options)
            const rows = (options.data.rows as Array<{ id: string }> | undefined) ?? []
            return {
              result:
                options.data.action === 'enterBatch'
                  ? {
                      ok: true,
                      data: {
                        results: rows.map((r, i) => ({ row: i + 1, ok: true, id: r.id, duplicate: false })),
                        inserted: rows.length,
                        duplicates: 0,
                        failed: 0
                      }
                    }
                  : { ok: true, data: { items: [] } }
            }
          })
        }
      }
    })
  })
  afterEach(teardownApp)

  it('renders three empty forms, sends a filled one as one batch and shows it entered', async () => {
    const page = renderPage('pkg-staff/batch/index')
    await waitForText(page, '第 3 条')
    expect(page.querySelectorAll('.batch-row')).toHaveLength(3)
    // Row 1: 小朋友 6—9岁 (second of the who chips), 玩的地方 (first topic), the words.
    nth(page, '.batch-row__who .ui-chip', 1).dispatchEvent('tap')
    nth(page, '.batch-row__topic .ui-chip', 0).dispatchEvent('tap')
    await pause()
    nth(page, '.batch-row__text .ui-field__textarea', 0).dispatchEvent('input', {
      detail: { value: '小区里想要一个沙坑' }
    })
    await pause()
    await waitForText(page, '提交这一批（1 条）')
    nth(page, '.staff-batch__submit', 0).dispatchEvent('tap')
    await waitForText(page, '这一批 1 条都已录入')

    const sent = requests.filter((r) => r.name === 'staff')
    expect(sent).toHaveLength(1)
    expect(sent[0].data).toMatchObject({
      action: 'enterBatch',
      channel: 'event',
      rows: [{ mode: 'child', ageGroup: '6to9', topic: 'play', text: '小区里想要一个沙坑' }]
    })
    expect(page.querySelectorAll('.batch-row--done')).toHaveLength(1)
  })
})

describe('WeChat build: the staff entry on 我的', () => {
  afterEach(teardownApp)

  it('shows what waits and asks for 新建议提醒 from the tap itself, then tells the server', async () => {
    const device = newDevice()
    const asked: string[][] = []
    const calls: Array<{ name: string; data: Record<string, unknown> }> = []
    bootApp({
      device,
      mockWx: (wx) => {
        wx.cloud = {
          init: jest.fn(),
          callFunction: jest.fn(async (c: { name: string; data: Record<string, unknown> }) => {
            calls.push(c)
            const ok = (data: unknown) => ({ result: { ok: true, data } })
            if (c.name === 'user')
              return ok({
                idHint: '…abcd',
                role: 'community_worker',
                roleLabel: '社区工作者',
                scope: {},
                backend: 'wechat',
                staffNoticeTemplateId: 'tpl-new'
              })
            if (c.data.action === 'waiting') return ok({ submitted: 2, noticeCredits: 0 })
            if (c.data.action === 'subscribeNotice') return ok({ noticeCredits: 1 })
            return ok({ items: [] })
          })
        }
        wx.requestSubscribeMessage = (o: { tmplIds: string[]; success: (r: object) => void }) => {
          asked.push(o.tmplIds)
          o.success({ errMsg: 'requestSubscribeMessage:ok', [o.tmplIds[0]]: 'accept' })
        }
      }
    })
    const page = renderPage('pages/mine/index')
    await waitForText(page, '2 条待受理')
    nth(page, '.staff-entry-card__subscribe', 0).dispatchEvent('tap')
    await waitForText(page, '还能提醒你 1 次')
    // The guard let the request through: it came from the tap.
    expect(asked).toEqual([['tpl-new']])
    expect(device.violations).toEqual([])
    expect(calls.filter((c) => c.data.action === 'subscribeNotice').map((c) => c.data)).toEqual([
      { action: 'subscribeNotice', accepted: true }
    ])
  })
})

describe('WeChat build: 目标进展录入', () => {
  let requests: CloudRequest[]

  beforeEach(() => {
    requests = []
    bootWithCloud(requests, ({ data }) => {
      if (data.action === 'recordProgress') {
        const d = data as { id: string; targetId: string; asOf: string; source: object }
        const entry = {
          id: d.id,
          targetId: d.targetId,
          value: 92.5,
          unit: '%',
          asOf: d.asOf,
          source: d.source,
          enteredAt: '2026-12-06T02:00:00.000Z',
          enteredByName: '李管理员'
        }
        return { replayed: false, entry }
      }
      if (data.action === 'progressHistory') return { entries: [] }
      // The page is a district admin's (StaffOnly): who the caller is comes first.
      if (data.action === 'whoami') return whoAmIAs('district_admin')
      return { items: [] }
    })
  })
  afterEach(teardownApp)

  it('shows a Chinese error beside a bad field, then saves a value with its source and date', async () => {
    const page = renderPage('pkg-staff/progress/index')
    await waitForText(page, '这个目标还没有录入过数值')
    const input = (cls: string) => nth(page, `.progress-fields__${cls} .ui-field__input`, 0)
    input('value').dispatchEvent('input', { detail: { value: '120' } })
    await pause()
    nth(page, '.staff-progress__save', 0).dispatchEvent('tap')
    await waitForText(page, '百分比应在 0 到 100 之间')
    await waitForText(page, '请写明来源文件')
    expect(requests.filter((r) => r.data.action === 'recordProgress')).toHaveLength(0)

    input('value').dispatchEvent('input', { detail: { value: '92.5' } })
    input('document').dispatchEvent('input', { detail: { value: '《社区托育点名录》' } })
    input('office').dispatchEvent('input', { detail: { value: '区卫生健康委' } })
    await pause()
    nth(page, '.staff-progress__save', 0).dispatchEvent('tap')
    await waitForText(page, '已保存：92.5%')
    const [sent] = requests.filter((r) => r.data.action === 'recordProgress')
    expect(sent.data).toMatchObject({
      targetId: 'childcareCommunityCoverage',
      value: '92.5',
      source: { document: '《社区托育点名录》', office: '区卫生健康委' }
    })
    expect(sent.data.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe('WeChat build: 处理期限', () => {
  let requests: CloudRequest[]

  beforeEach(() => {
    requests = []
    bootWithCloud(requests, ({ data }) => {
      if (data.action === 'deadlines') return { acceptDays: 2, answerDays: 10 }
      if (data.action === 'saveDeadlines')
        return { ...(data.limits as object), updatedAt: '2026-12-06T02:00:00.000Z', updatedBy: '李管理员' }
      return { items: [] }
    })
  })
  afterEach(teardownApp)

  it('refuses a bad number beside its field in Chinese, then saves the limits', async () => {
    const page = renderPage('pkg-staff/deadlines/index')
    await waitForText(page, '还没有设置过，正在使用默认期限')
    const input = (cls: string) => nth(page, `.staff-deadlines__${cls} .ui-field__input`, 0)
    input('acceptDays').dispatchEvent('input', { detail: { value: '40' } })
    await pause()
    nth(page, '.staff-deadlines__save', 0).dispatchEvent('tap')
    await waitForText(page, '受理期限请填 1—30 之间的整数（工作日）')
    expect(requests.filter((r) => r.data.action === 'saveDeadlines')).toHaveLength(0)

    input('acceptDays').dispatchEvent('input', { detail: { value: '3' } })
    await pause()
    nth(page, '.staff-deadlines__save', 0).dispatchEvent('tap')
    await waitForText(page, '李管理员 修改于')
    const [sent] = requests.filter((r) => r.data.action === 'saveDeadlines')
    expect(sent.data).toMatchObject({ limits: { acceptDays: 3, answerDays: 10 } })
  })
})
