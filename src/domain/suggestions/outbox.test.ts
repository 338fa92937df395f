import { cloudError } from '../errors'
import {
  backoffMs,
  due,
  enqueue,
  markFailed,
  markFilesMissing,
  markSending,
  markSent,
  nextWake,
  outboxLabel,
  markFileUploaded,
  recover,
  remove,
  replacePayload,
  retryNow,
  type OutboxItem
} from './outbox'

type Item = OutboxItem<{ text: string }>
const T0 = 1_000_000

describe('outbox', () => {
  const one = (): Item[] => enqueue<{ text: string }>([], 'sug-0001', { text: '公园里要有秋千' }, T0)

  it('queues a suggestion as 待发送, due at once, and ignores a double tap', () => {
    const items = one()
    expect(items).toHaveLength(1)
    expect(outboxLabel(items[0])).toBe('待发送')
    expect(due(items, T0).map((i) => i.id)).toEqual(['sug-0001'])
    expect(enqueue(items, 'sug-0001', { text: 'again' }, T0 + 5)).toBe(items)
  })

  it('offline: a network failure keeps it pending and backs off, growing with each attempt', () => {
    let items = markSending(one(), 'sug-0001')
    items = markFailed(items, 'sug-0001', cloudError('NETWORK'), T0)
    expect(items[0]).toMatchObject({ state: 'pending', attempts: 1, nextAttemptAt: T0 + backoffMs(1) })
    expect(due(items, T0 + backoffMs(1) - 1)).toHaveLength(0)
    expect(due(items, T0 + backoffMs(1))).toHaveLength(1)
    items = markFailed(markSending(items, 'sug-0001'), 'sug-0001', cloudError('TIMEOUT'), T0)
    expect(items[0].nextAttemptAt - T0).toBeGreaterThan(backoffMs(1))
    expect(nextWake(items)).toBe(items[0].nextAttemptAt)
  })

  it('the backoff stops growing at its last step', () => {
    expect(backoffMs(100)).toBe(backoffMs(7))
    expect(backoffMs(0)).toBe(backoffMs(1))
  })

  it('network back: retries every pending item now, but leaves refused ones alone', () => {
    let items = enqueue(one(), 'sug-0002', { text: 'x' }, T0)
    items = markFailed(markSending(items, 'sug-0001'), 'sug-0001', cloudError('NETWORK'), T0)
    items = markFailed(markSending(items, 'sug-0002'), 'sug-0002', cloudError('VALIDATION', '标题太长', 'title'), T0)
    items = retryNow(items, T0 + 10)
    expect(items.map((i) => [i.id, i.state, i.nextAttemptAt])).toEqual([
      ['sug-0001', 'pending', T0 + 10],
      ['sug-0002', 'failed', T0]
    ])
  })

  it('a refusal ends in 发送失败 with the reason, and the retry button sends again', () => {
    let items = markFailed(markSending(one(), 'sug-0001'), 'sug-0001', cloudError('RATE_LIMITED'), T0)
    expect(outboxLabel(items[0])).toBe('发送失败')
    expect(items[0].error?.message).toMatch(/频繁/)
    items = retryNow(items, T0 + 1, 'sug-0001')
    expect(due(items, T0 + 1)).toHaveLength(1)
  })

  it('a duplicate acknowledgement changes nothing', () => {
    const sent = markSent(markSending(one(), 'sug-0001'), 'sug-0001', {
      status: 'submitted',
      createdAt: '2026-11-28T00:00:00Z'
    })
    expect(outboxLabel(sent[0])).toBe('已提交')
    expect(markSent(sent, 'sug-0001', { status: 'accepted', createdAt: 'later' })).toEqual(sent)
    expect(markFailed(sent, 'sug-0001', cloudError('NETWORK'), T0)).toEqual(sent)
  })

  it('app restart mid-send: the item is sent again with the same id', () => {
    const crashed = markSending(one(), 'sug-0001')
    expect(due(crashed, T0)).toHaveLength(0)
    const restarted = recover(crashed, T0 + 50)
    expect(restarted[0]).toMatchObject({ id: 'sug-0001', state: 'pending', nextAttemptAt: T0 + 50, attempts: 1 })
  })

  it('remembers uploads so a retry does not upload twice, and never drops an item in flight', () => {
    let items = markFileUploaded(one(), 'sug-0001', '/tmp/a.png', 'local://files/a.png')
    expect(items[0].uploaded).toEqual({ '/tmp/a.png': 'local://files/a.png' })
    items = markSending(items, 'sug-0001')
    expect(remove(items, 'sug-0001')).toHaveLength(1)
    expect(remove(recover(items, T0), 'sug-0001')).toHaveLength(0)
  })
})

describe('files missing from a queued item', () => {
  it('a missing file ends in 发送失败 until the author changes the payload; then it is due at once', () => {
    const payload = { photoPaths: ['tmp/a.jpg', 'tmp/b.jpg'] }
    let items = markSending(enqueue([], 'sug-files-0001', payload, 1), 'sug-files-0001')
    items = markFilesMissing(items, 'sug-files-0001', ['tmp/a.jpg'], cloudError('VALIDATION', 'gone', 'photos'))
    expect(items[0]).toMatchObject({ state: 'failed', missingFiles: ['tmp/a.jpg'] })
    items = replacePayload(items, 'sug-files-0001', { photoPaths: ['tmp/b.jpg'] }, 50)
    expect(items[0]).toMatchObject({ state: 'pending', nextAttemptAt: 50, missingFiles: undefined, error: undefined })
    expect(items[0].payload.photoPaths).toEqual(['tmp/b.jpg'])
    // A sent item never changes.
    const sent = markSent(items, 'sug-files-0001', { status: 'submitted', createdAt: 'x' })
    expect(replacePayload(sent, 'sug-files-0001', payload, 60)).toEqual(sent)
    expect(markFilesMissing(sent, 'sug-files-0001', ['x'], cloudError('VALIDATION'))).toEqual(sent)
  })
})
