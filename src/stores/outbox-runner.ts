// What every outbox on the device does the same way (the suggestions outbox, the 解决了吗 drawings):
// send what is due, oldest first, one at a time; wake for the next backoff; on app start resend
// what a restart cut off, and resend when the network comes back. The store says how one item
// is sent; the transitions are src/domain/suggestions/outbox.ts.
import { cloudError, type CloudError } from '../domain/errors'
import * as box from '../domain/suggestions/outbox'
import { onNetworkBack } from '../services/network'

export interface OutboxRunner {
  flush(): Promise<void>
  /** The network is back, or the user tapped 重试 on one item: try now. */
  retry(id: string): Promise<void>
  /** On app start: resend what was cut off, and resend when the network returns. */
  resume(): void
}

export function outboxRunner<P>(
  items: () => box.OutboxItem<P>[],
  apply: (change: (items: box.OutboxItem<P>[]) => box.OutboxItem<P>[]) => void,
  sendOne: (item: box.OutboxItem<P>) => Promise<void>
): OutboxRunner {
  let flushing: Promise<void> | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let unsubscribeNetwork: (() => void) | null = null

  const schedule = () => {
    if (timer) clearTimeout(timer)
    const wake = box.nextWake(items())
    if (wake !== null) timer = setTimeout(() => void flush(), Math.max(0, wake - Date.now()))
  }
  const flush = (): Promise<void> => {
    flushing ??= (async () => {
      for (let next = box.due(items(), Date.now())[0]; next; next = box.due(items(), Date.now())[0]) {
        await sendOne(next)
      }
    })().finally(() => {
      flushing = null
      schedule()
    })
    return flushing
  }
  return {
    flush,
    async retry(id) {
      apply((all) => box.retryNow(all, Date.now(), id))
      await flush()
    },
    resume() {
      apply((all) => box.recover(all, Date.now()))
      unsubscribeNetwork ??= onNetworkBack(() => {
        apply((all) => box.retryNow(all, Date.now()))
        void flush()
      })
      void flush()
    }
  }
}

/** An upload that failed: a refusal (VALIDATION) ends in 发送失败, anything else is retried. */
export function uploadError(e: unknown, what: '图片' | '录音' | '画', field: string): CloudError {
  const code = (e as { code?: string })?.code
  return code === 'VALIDATION'
    ? cloudError('VALIDATION', `${what}上传失败：${(e as Error).message}`, field)
    : cloudError('NETWORK', `${what}上传失败，联网后会自动重试`)
}
