// The result after 提交 tells one story per state: waiting for a connection is said once (the
// outbox retries by itself), a failure says what went wrong and offers 重试.
import TestUtils from '@tarojs/test-utils-react'
import { ERROR_MESSAGES } from '../../domain/errors'
import { useOutboxStore } from '../../stores/useOutboxStore'
import { SubmitResult } from './index'

const base = {
  id: 'sug-result-0001',
  payload: { input: { id: 'sug-result-0001', mode: 'adult', topic: 'play', title: '秋千', text: '想要秋千' } },
  uploaded: {},
  attempts: 1,
  nextAttemptAt: Date.now() + 60_000,
  createdAt: Date.now()
}
const networkError = { code: 'NETWORK' as const, message: ERROR_MESSAGES.NETWORK }

async function show(item: object) {
  useOutboxStore.setState({ items: [item] as never, progress: {} })
  const u = new TestUtils()
  await u.mount(SubmitResult, { props: { id: base.id, child: false, onAnother: jest.fn(), onMine: jest.fn() } })
  return document.querySelector('.submit-result')!.textContent ?? ''
}

describe('SubmitResult', () => {
  it('waiting after a network error: says it is kept and will send by itself, not “check and retry”', async () => {
    const text = await show({ ...base, state: 'pending', error: networkError })
    expect(text).toContain('待发送')
    expect(text).toContain('已保存在手机里，联网后会自动发送，不会重复。')
    expect(text).not.toContain(ERROR_MESSAGES.NETWORK)
    expect(document.querySelector('.submit-result__retry')).toBeNull()
  })

  it('failed for good: the reason and a 重试 button, without the waiting promise', async () => {
    const text = await show({ ...base, state: 'failed', error: { code: 'VALIDATION', message: '标题太长了' } })
    expect(text).toContain('发送失败')
    expect(text).toContain('标题太长了')
    expect(text).not.toContain('联网后会自动发送')
    expect(document.querySelector('.submit-result__retry')).not.toBeNull()
  })

  it('sent: thanks, no retry', async () => {
    const text = await show({ ...base, state: 'sent' })
    expect(text).toContain('已提交，社区会尽快受理。')
    expect(document.querySelector('.submit-result__retry')).toBeNull()
  })
})
