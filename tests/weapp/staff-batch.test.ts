/**
 * 批量代录 in the WeChat build: the page of dist/weapp rendered through WeChat's WXML compiler,
 * one row filled by taps and typing, sent as one enterBatch through wx.cloud.callFunction, and
 * the server's per-row answer shown on the row.
 */
import { bootApp, renderPage, teardownApp, waitForText } from './harness'

jest.setTimeout(20000)

type Page = ReturnType<typeof renderPage>
const nth = (page: Page, selector: string, index: number) => {
  const node = page.querySelectorAll(selector)[index]
  if (!node) throw new Error(`no ${selector} #${index}; page text: ${page.dom.textContent?.slice(0, 300)}`)
  return node
}
const pause = () => new Promise((r) => setTimeout(r, 50))

describe('WeChat build: batch entry', () => {
  let requests: Array<{ name: string; data: Record<string, unknown> }>

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
