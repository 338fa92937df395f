// Assisted entry: the citizen form's validation reused per row, a marker as author (never the
// worker) with the channel marked, batches with a per-row report and idempotent retries.
import { INVALID_CASES, adultBase, childBase } from '../../tests/fixtures/validation-cases'
import { COMMUNITY_A, COMMUNITY_B, STREET, staffKit, type StaffKit } from '../../tests/server/test-kit'

// childBase names another street (上清寺); rows from a 解放碑 event leave the place to the defaults.
const row = (n: number, extra: object = {}) => ({
  ...childBase,
  id: undefined,
  street: undefined,
  text: `活动现场第 ${n} 位小朋友：想要更多长椅`,
  ...extra
})

describe('assisted entry', () => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
  })
  afterEach(() => k.cleanup())

  it('stores one suggestion with a marker as author, the channel and who entered it', async () => {
    const suggestion = { ...childBase, id: 'phone-call-0001', street: undefined }
    const r = await k.call('workerA', 'enter', { channel: 'phone', suggestion })
    expect(r).toMatchObject({
      ok: true,
      data: { id: 'phone-call-0001', status: 'submitted', visibility: 'visible', duplicate: false }
    })
    // A worker with one community: the row lands there (and in its street) without a picker.
    expect(await k.stored('phone-call-0001')).toMatchObject({
      authorId: 'assisted:phone-call-0001',
      enteredById: 'dev-worker-jiefangbei',
      enteredBy: '示例社工 · 大井巷',
      channel: 'phone',
      street: STREET,
      community: COMMUNITY_A,
      history: [{ status: 'submitted', by: '示例社工 · 大井巷', note: '代录 · 电话' }]
    })
    expect(await k.call('workerA', 'enter', { channel: 'phone', suggestion })).toMatchObject({
      ok: true,
      data: { duplicate: true }
    })
    expect(await k.call('street', 'inbox', { filter: { assisted: true } })).toMatchObject({
      ok: true,
      data: { items: [{ id: 'phone-call-0001', channel: 'phone' }] }
    })
    expect(await k.repo.collection('audit_log').count({ kind: 'enter' })).toBe(1)
  })

  it('never hands the worker the citizen’s contact or location through the citizen functions', async () => {
    const suggestion = { ...adultBase, id: 'phone-call-0002', street: undefined, community: undefined }
    expect(await k.call('workerA', 'enter', { channel: 'phone', suggestion })).toMatchObject({ ok: true })
    // The worker as a citizen: not "mine", not readable by id.
    const mine = await k.citizen('dev-worker-jiefangbei', 'listMine')
    expect(mine).toEqual({ ok: true, data: { items: [] } })
    expect(await k.citizen('dev-worker-jiefangbei', 'get', { id: 'phone-call-0002' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
    // The staff functions mask it like any other row; the full number needs the logged step.
    const seen = await k.call('workerA', 'get', { id: 'phone-call-0002' })
    expect(JSON.stringify(seen)).not.toContain('13800138000')
    expect(seen).toMatchObject({ ok: true, data: { contact: { phone: '138****8000' } } })
    expect(JSON.stringify(seen)).not.toContain('dev-worker-jiefangbei')
    // Rows entered before the marker kept the worker as author: still never the worker's own.
    await k.repo.collection('suggestions').update('phone-call-0002', { authorId: 'dev-worker-jiefangbei' })
    expect(await k.citizen('dev-worker-jiefangbei', 'listMine')).toEqual({ ok: true, data: { items: [] } })
    expect(await k.citizen('dev-worker-jiefangbei', 'get', { id: 'phone-call-0002' })).toMatchObject({ ok: false })
    // And a worker's retry of the same id is still a repeat, not a conflict.
    expect(await k.call('workerA', 'enter', { channel: 'phone', suggestion })).toMatchObject({
      ok: true,
      data: { duplicate: true }
    })
  })

  it.each(INVALID_CASES.filter(([, payload]) => typeof payload === 'object'))(
    'refuses %s with the form’s own field error',
    async (_name, payload, field) => {
      const r = await k.call('district', 'enter', { channel: 'paper', suggestion: payload })
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', field } })
    }
  )

  it('keeps workers to their own communities and needs a channel', async () => {
    expect(
      await k.call('workerA', 'enter', {
        channel: 'event',
        suggestion: { ...childBase, id: 'other-comm-0001', street: STREET, community: COMMUNITY_B }
      })
    ).toMatchObject({ ok: false, error: { field: 'community', message: '请选择你负责的社区' } })
    expect(
      await k.call('street', 'enter', {
        channel: 'event',
        suggestion: { ...childBase, id: 'other-street-01', street: '500103004' }
      })
    ).toMatchObject({ ok: false, error: { field: 'street' } })
    expect(await k.call('workerA', 'enter', { channel: 'wechat', suggestion: childBase })).toMatchObject({
      ok: false,
      error: { field: 'channel' }
    })
    expect(await k.repo.collection('suggestions').count()).toBe(0)
  })

  it('enters a batch with a per-row report; sending it again adds nothing', async () => {
    const rows = [
      row(1),
      row(2, { ageGroup: undefined }),
      row(3, { topic: 'weather' }),
      row(4, { community: COMMUNITY_B, street: STREET }),
      row(5),
      'not a row'
    ]
    const body = { channel: 'event', batchId: 'event-20261128', rows }
    const first = await k.call('workerA', 'enterBatch', body)
    expect(first).toMatchObject({ ok: true, data: { inserted: 2, duplicates: 0, failed: 4 } })
    expect(first.ok && first.data.results).toEqual([
      { row: 1, ok: true, id: 'event-20261128-001', duplicate: false, visibility: 'visible' },
      { row: 2, ok: false, errors: [{ field: 'ageGroup', message: '告诉我们你几岁吧' }] },
      { row: 3, ok: false, errors: [{ field: 'topic', message: '选一个你想说的事情吧' }] },
      { row: 4, ok: false, errors: [{ field: 'community', message: '请选择你负责的社区' }] },
      { row: 5, ok: true, id: 'event-20261128-005', duplicate: false, visibility: 'visible' },
      { row: 6, ok: false, errors: [{ field: 'form', message: '建议内容为空' }] }
    ])
    const again = await k.call('workerA', 'enterBatch', body)
    expect(again).toMatchObject({ ok: true, data: { inserted: 0, duplicates: 2, failed: 4 } })
    expect(await k.repo.collection('suggestions').count()).toBe(2)
    expect(await k.repo.collection('audit_log').find({ kind: 'enter' })).toEqual([
      expect.objectContaining({ detail: { channel: 'event', batchId: 'event-20261128', inserted: 2, failed: 4 } })
    ])
  })

  it('refuses a batch where two rows share an id but say different things (nothing is dropped silently)', async () => {
    const body = {
      channel: 'event',
      batchId: 'event-20261206',
      rows: [row(1, { id: 'same-id-00001' }), row(2), row(3, { id: 'same-id-00001' })]
    }
    expect(await k.call('workerA', 'enterBatch', body)).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'VALIDATION',
        field: 'rows',
        message: '第 1 行和第 3 行的编号相同，内容却不一样：请给其中一行换一个编号'
      })
    })
    expect(await k.repo.collection('suggestions').count()).toBe(0)
    // The same row twice is one row (a pasted line repeated).
    const twice = { ...body, rows: [row(1, { id: 'same-id-00001' }), row(1, { id: 'same-id-00001' })] }
    expect(await k.call('workerA', 'enterBatch', twice)).toMatchObject({
      ok: true,
      data: { inserted: 1, duplicates: 1 }
    })
  })

  it('applies batch defaults and limits the batch size', async () => {
    const r = await k.call('street', 'enterBatch', {
      channel: 'visit',
      batchId: 'visit-0001',
      defaults: { community: COMMUNITY_B },
      rows: [row(1), row(2)]
    })
    expect(r).toMatchObject({ ok: true, data: { inserted: 2 } })
    expect(await k.stored('visit-0001-002')).toMatchObject({ community: COMMUNITY_B, street: STREET, channel: 'visit' })
    expect(
      await k.call('street', 'enterBatch', {
        channel: 'visit',
        batchId: 'visit-0002',
        rows: Array.from({ length: 101 }, (_, i) => row(i))
      })
    ).toMatchObject({ ok: false, error: { field: 'rows' } })
    expect(await k.call('street', 'enterBatch', { channel: 'visit', batchId: 'x', rows: [row(1)] })).toMatchObject({
      ok: false,
      error: { field: 'batchId' }
    })
  })
})
