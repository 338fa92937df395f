import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import type { RequestOf } from '../../domain/cloud-api'
import { callCloud } from '../../services/cloud'
import { useBatchEntryStore } from '../../stores/useBatchEntryStore'
import StaffBatchPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

type BatchRequest = RequestOf<'staff', 'enterBatch'>
const row = (n: number) => `[data-row="${n}"]`
const pick = (u: TestUtils, n: number, group: 'who' | 'topic', label: string) =>
  click(u, byText(`${row(n)} .batch-row__${group} .ui-chip`, label))
const text = () => document.body.textContent ?? ''
const ids = (r: BatchRequest) => r.rows.map((x) => (x as { id: string }).id)

/** Every row entered, as the server answers a batch where nothing goes wrong. */
const allOk = (req: BatchRequest) =>
  answer('staff', 'enterBatch', {
    results: req.rows.map((x, i) => ({ row: i + 1, ok: true, id: (x as { id: string }).id, duplicate: false })),
    inserted: req.rows.length,
    duplicates: 0,
    failed: 0
  })

async function fillTwo(u: TestUtils) {
  await pick(u, 1, 'who', '6—9岁')
  await pick(u, 1, 'topic', '公园和绿地')
  await type(u, `${row(1)} .batch-row__text`, '公园里想要一个大滑梯')
  await pick(u, 2, 'who', '居民')
  await pick(u, 2, 'topic', '上学路上')
  await type(u, `${row(2)} .batch-row__title`, '学校门口需要护学岗')
  await type(u, `${row(2)} .batch-row__text`, '早上八点前车很多，孩子过马路很危险，希望有人护学。')
}

describe('staff batch entry', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useBatchEntryStore.setState({ channel: 'event', street: undefined, community: undefined })
    useBatchEntryStore.getState().startOver()
  })

  it('sends the written rows as one batch, keeps a refused row with its reason, and resends only that row', async () => {
    let calls = 0
    stubCloud(mockedCall, {
      staff: {
        enterBatch: (req) => {
          calls += 1
          if (calls > 1) return allOk(req)
          return answer('staff', 'enterBatch', {
            results: [
              { row: 1, ok: true, id: ids(req)[0], duplicate: false, visibility: 'visible' },
              { row: 2, ok: false, errors: [{ field: 'text', message: '内容包含不适宜信息，请修改后再提交' }] }
            ],
            inserted: 1,
            duplicates: 0,
            failed: 1
          })
        }
      }
    })
    const u = new TestUtils()
    await u.mount(StaffBatchPage, {})
    await click(u, byText('.staff-batch__channel .ui-chip', '纸质'))
    await click(u, byText('.street-picker__streets .ui-chip', '解放碑'))
    await fillTwo(u)
    // The third row is left blank: it is not sent and not refused.
    await click(u, document.querySelector('.staff-batch__submit'))
    await waitUntil(() => text().includes('1 条没有录入'), 'the per-row result')

    const [first] = requestsTo(mockedCall, 'staff', 'enterBatch')
    expect(first.channel).toBe('paper')
    expect(first.defaults).toEqual({ street: '500103003' })
    expect(first.batchId).toMatch(/^batch-/)
    expect(ids(first)).toEqual([`${first.batchId}-r1`, `${first.batchId}-r2`])
    expect(first.rows[0]).toMatchObject({
      mode: 'child',
      ageGroup: '6to9',
      topic: 'parks_green',
      text: '公园里想要一个大滑梯'
    })
    expect(first.rows[1]).toMatchObject({ mode: 'adult', topic: 'school_way', title: '学校门口需要护学岗' })

    expect(document.querySelector(row(1))?.textContent).toContain('已录入')
    expect(document.querySelector(`${row(1)} .batch-row__text`)).toBeNull() // entered: one line, no field
    expect(document.querySelector(row(2))?.textContent).toContain('内容包含不适宜信息')
    expect(document.querySelector(row(2))?.textContent).toContain('未录入')

    await type(u, `${row(2)} .batch-row__text`, '早上八点前车很多，过马路很危险，希望早高峰有人护学。')
    expect(document.querySelector(row(2))?.textContent).not.toContain('内容包含不适宜信息')
    await click(u, document.querySelector('.staff-batch__submit'))
    await waitUntil(() => text().includes('这一批 2 条都已录入'), 'all rows in')
    const second = requestsTo(mockedCall, 'staff', 'enterBatch')[1]
    expect(second.batchId).toBe(first.batchId)
    expect(ids(second)).toEqual([`${first.batchId}-r2`])
    expect(second.rows[0]).toMatchObject({ text: '早上八点前车很多，过马路很危险，希望早高峰有人护学。' })

    // A new batch starts empty, with a new id.
    await click(u, byText('.staff-batch__again', '开始新的一批'))
    await waitUntil(() => document.querySelectorAll('.batch-row').length === 3, 'three empty rows')
    await fillTwo(u)
    await click(u, document.querySelector('.staff-batch__submit'))
    await waitUntil(() => requestsTo(mockedCall, 'staff', 'enterBatch').length === 3, 'the new batch')
    expect(requestsTo(mockedCall, 'staff', 'enterBatch')[2].batchId).not.toBe(first.batchId)
  })

  it('checks every row first, names the wrong ones, sends nothing and keeps what was typed', async () => {
    stubCloud(mockedCall, { staff: { enterBatch: allOk } })
    const u = new TestUtils()
    await u.mount(StaffBatchPage, {})
    await pick(u, 1, 'topic', '玩的地方')
    await type(u, `${row(1)} .batch-row__text`, '想要秋千')
    await pick(u, 2, 'who', '居民')
    await pick(u, 2, 'topic', '安全')
    await type(u, `${row(2)} .batch-row__text`, '路灯坏了')
    await click(u, document.querySelector('.staff-batch__submit'))
    await waitUntil(() => text().includes('第 1、2 行需要修改'), 'the rows named')
    expect(mockedCall).not.toHaveBeenCalled()
    expect(document.querySelector(row(1))?.textContent).toContain('请选择是小朋友（年龄段）还是居民')
    expect(document.querySelector(row(2))?.textContent).toContain('标题请写 4—40 个字')
    expect((document.querySelector(`${row(1)} .batch-row__text textarea`) as HTMLTextAreaElement).value).toBe(
      '想要秋千'
    )

    await pick(u, 1, 'who', '10—13岁')
    await click(u, byText(`${row(2)} .batch-row__remove`, '删除第 2 条'))
    await click(u, document.querySelector('.staff-batch__submit'))
    await waitUntil(() => text().includes('这一批 1 条都已录入'), 'the fixed row in')
    expect(requestsTo(mockedCall, 'staff', 'enterBatch')[0].rows).toHaveLength(1)

    // Back to the inbox it came from (which reloads on show), not a second inbox on the stack.
    const pages = jest
      .spyOn(Taro, 'getCurrentPages')
      .mockReturnValue([{ route: 'pkg-staff/inbox/index' }, { route: 'pkg-staff/batch/index' }] as never)
    const back = jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' })
    await click(u, byText('.staff-batch__done .ui-button', '去建议列表'))
    expect(back).toHaveBeenCalledTimes(1)
    pages.mockRestore()
    back.mockRestore()
  })

  it('after a lost answer, locks the rows and sends exactly the same request again', async () => {
    let calls = 0
    stubCloud(mockedCall, {
      staff: { enterBatch: (req) => (++calls === 1 ? failure('NETWORK') : allOk(req)) }
    })
    const u = new TestUtils()
    await u.mount(StaffBatchPage, {})
    await fillTwo(u)
    await click(u, document.querySelector('.staff-batch__submit'))
    await waitUntil(() => text().includes('已收到的不会重复录入'), 'the retry hint')
    expect(document.querySelector('.staff-batch__submit')?.textContent).toContain('重新提交')
    // Locked: an edit now could be lost under an id the server already has.
    await pick(u, 1, 'who', '14—17岁')
    expect(byText(`${row(1)} .batch-row__who .ui-chip`, '14—17岁')?.getAttribute('aria-checked')).toBe('false')
    expect(document.querySelector('.staff-batch__add')?.className).toContain('ui-button--disabled')

    await click(u, document.querySelector('.staff-batch__submit'))
    await waitUntil(() => text().includes('这一批 2 条都已录入'), 'all rows in')
    const [first, second] = requestsTo(mockedCall, 'staff', 'enterBatch')
    expect(second).toEqual(first)
  })

  it('adds a row with the keyboard’s cursor in its text, and numbers rows as on screen', async () => {
    stubCloud(mockedCall, { staff: { enterBatch: allOk } })
    const u = new TestUtils()
    await u.mount(StaffBatchPage, {})
    expect(document.querySelectorAll('.batch-row')).toHaveLength(3)
    await click(u, document.querySelector('.staff-batch__add'))
    await waitUntil(() => document.querySelectorAll('.batch-row').length === 4, 'a fourth row')
    expect(document.querySelector(row(4))?.textContent).toContain('第 4 条')
    const focused = () =>
      Array.from(document.querySelectorAll('.batch-row textarea, .batch-row taro-textarea-core'))
        .filter((t) => t.getAttribute('focus') === 'true')
        .map((t) => t.closest('.batch-row')?.getAttribute('data-row'))
    expect(focused()).toEqual(['4'])
    await click(u, byText(`${row(2)} .batch-row__remove`, '删除第 2 条'))
    await waitUntil(() => document.querySelectorAll('.batch-row').length === 3, 'three rows')
    expect(Array.from(document.querySelectorAll('.batch-row__number')).map((n) => n.textContent)).toEqual([
      '第 1 条',
      '第 2 条',
      '第 3 条'
    ])
  })

  it('keeps typed rows, and a batch whose answer never came, on the phone across a restart', async () => {
    let calls = 0
    stubCloud(mockedCall, { staff: { enterBatch: (req) => (++calls === 1 ? failure('TIMEOUT') : allOk(req)) } })
    const first = new TestUtils()
    await first.mount(StaffBatchPage, {})
    await fillTwo(first)
    await click(first, document.querySelector('.staff-batch__submit'))
    await waitUntil(() => text().includes('已收到的不会重复录入'), 'the retry hint')
    const stored = JSON.parse(String(Taro.getStorageSync('staff-batch-draft')))
    expect(stored.state.rows[0]).toMatchObject({ who: '6to9', text: '公园里想要一个大滑梯' })
    expect(stored.state.unconfirmed.payload.batchId).toBe(stored.state.batchId)

    // The app starts again from what the phone kept.
    first.unmout()
    const kept = Taro.getStorageSync('staff-batch-draft')
    useBatchEntryStore.setState({ rows: [], unconfirmed: null, batchId: 'batch-other-000000' })
    Taro.setStorageSync('staff-batch-draft', kept)
    await useBatchEntryStore.persist.rehydrate()
    const again = new TestUtils()
    await again.mount(StaffBatchPage, {})
    await waitUntil(() => text().includes('上次提交没有收到回复'), 'the restart hint')
    expect((document.querySelector(`${row(1)} .batch-row__text textarea`) as HTMLTextAreaElement).value).toBe(
      '公园里想要一个大滑梯'
    )
    await click(again, document.querySelector('.staff-batch__submit'))
    await waitUntil(() => text().includes('这一批 2 条都已录入'), 'all rows in')
    const [sent, resent] = requestsTo(mockedCall, 'staff', 'enterBatch')
    expect(resent).toEqual(sent)
  })
})
