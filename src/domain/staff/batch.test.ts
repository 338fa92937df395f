import {
  answerUnknown,
  applyResults,
  batchRowId,
  checkBatch,
  editRow,
  isBlankRow,
  newBatchRow,
  rowInput,
  summarize,
  type BatchRow
} from './batch'

const BATCH = 'batch-mk1-abcdefghijkl'
const child = (n: number, text = '公园里想要一个大滑梯'): BatchRow => ({
  ...newBatchRow(n, '6to9'),
  topic: 'parks_green',
  text
})
const adult = (n: number): BatchRow => ({
  ...newBatchRow(n, 'adult'),
  topic: 'school_way',
  title: '学校门口需要护学岗',
  text: '早上八点前车很多，孩子过马路很危险，希望有人护学。'
})

describe('batch rows', () => {
  it('gives each row an id from the batch and its own number, valid for the server', () => {
    expect(batchRowId(BATCH, 7)).toBe(`${BATCH}-r7`)
    expect(rowInput(BATCH, child(3))).toEqual({
      id: `${BATCH}-r3`,
      mode: 'child',
      topic: 'parks_green',
      title: '',
      text: '公园里想要一个大滑梯',
      photoFileIds: [],
      ageGroup: '6to9',
      onBehalfOfChild: false
    })
    expect(rowInput(BATCH, adult(4))).toMatchObject({ mode: 'adult', title: '学校门口需要护学岗' })
    expect(rowInput(BATCH, adult(4))).not.toHaveProperty('ageGroup')
  })

  it('sends the written rows only, in order, and the same ids each time', () => {
    const rows = [child(1), newBatchRow(2), adult(5)]
    expect(isBlankRow(rows[1])).toBe(true)
    const first = checkBatch(BATCH, rows)
    const again = checkBatch(BATCH, rows)
    expect(first.ok && first.send.map((r) => r.n)).toEqual([1, 5])
    expect(first.ok && first.inputs.map((i) => i.id)).toEqual([`${BATCH}-r1`, `${BATCH}-r5`])
    expect(again).toEqual(first)
  })

  it('refuses an empty batch', () => {
    expect(checkBatch(BATCH, [newBatchRow(1)])).toMatchObject({
      ok: false,
      message: expect.stringContaining('至少填写一行')
    })
  })

  it('marks each wrong row with the form’s messages, names the rows and keeps every row', () => {
    const rows = [
      child(1),
      { ...newBatchRow(2), topic: 'play' as const, text: '想要秋千' },
      { ...adult(3), title: '短' }
    ]
    const r = checkBatch(BATCH, rows)
    if (r.ok) throw new Error('expected errors')
    expect(r.message).toContain('第 2、3 行')
    expect(r.rows).toHaveLength(3)
    expect(r.rows[0].result).toBeUndefined()
    expect(r.rows[1].result).toEqual({
      ok: false,
      errors: [{ field: 'who', message: '请选择是小朋友（年龄段）还是居民' }]
    })
    expect(r.rows[2].result).toEqual({ ok: false, errors: [{ field: 'title', message: '标题请写 4—40 个字' }] })
  })

  it('puts the server’s answers on the rows sent, by their place in the request', () => {
    const rows = [child(1), newBatchRow(2), child(4, '想要一个图书角'), child(6, '想要喝水的地方')]
    const next = applyResults(
      rows,
      [1, 4, 6],
      [
        { row: 1, ok: true, id: `${BATCH}-r1`, duplicate: false },
        { row: 2, ok: false, errors: [{ field: 'text', message: '内容包含不适宜信息' }] },
        { row: 3, ok: true, id: `${BATCH}-r6`, duplicate: true }
      ]
    )
    expect(next[0].result).toEqual({ ok: true, id: `${BATCH}-r1`, duplicate: false })
    expect(next[1].result).toBeUndefined()
    expect(next[2].result).toEqual({ ok: false, errors: [{ field: 'text', message: '内容包含不适宜信息' }] })
    expect(next[3].result).toEqual({ ok: true, id: `${BATCH}-r6`, duplicate: true })
    expect(summarize(next)).toEqual({ done: 2, failed: 1, waiting: 0 })
    // What is entered is not sent again; the refused row is.
    const retry = checkBatch(BATCH, next)
    expect(retry.ok && retry.send.map((r) => r.n)).toEqual([4])
  })

  it('clears a field’s error when it changes, and never edits an entered row', () => {
    const wrong: BatchRow = {
      ...child(1),
      result: {
        ok: false,
        errors: [
          { field: 'text', message: 'x' },
          { field: 'topic', message: 'y' }
        ]
      }
    }
    expect(editRow(wrong, { text: '新的话' }).result).toEqual({ ok: false, errors: [{ field: 'topic', message: 'y' }] })
    expect(editRow(wrong, { text: 'a', topic: 'play' }).result).toBeUndefined()
    const done: BatchRow = { ...child(2), result: { ok: true, id: 'x', duplicate: false } }
    expect(editRow(done, { text: '改了' })).toBe(done)
  })
})

describe('a failed batch call', () => {
  it('is resent unchanged when rows may have been stored, and editable when the server refused it whole', () => {
    expect(answerUnknown('NETWORK')).toBe(true)
    expect(answerUnknown('TIMEOUT')).toBe(true)
    expect(answerUnknown('INTERNAL')).toBe(true)
    expect(answerUnknown('VALIDATION')).toBe(false)
    expect(answerUnknown('FORBIDDEN')).toBe(false)
  })
})
