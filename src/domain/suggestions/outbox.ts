// The outbox: every suggestion waits here until the server has acknowledged it. Pure state
// transitions (the store persists them, the service does the sending), so each rule is testable:
// a network failure keeps the item and retries with backoff; a restart mid-send resends the same
// id (the server answers a repeat with the stored result); only a refusal that a retry cannot fix
// ends in 发送失败, with a manual retry.
import type { CloudError, ErrorCode } from '../errors'

export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed'

export interface OutboxItem<P> {
  /** The suggestion's client-generated id: also the server's idempotency key. */
  id: string
  payload: P
  /** Local file path → uploaded file id, so a retry never uploads the same image twice. */
  uploaded: Record<string, string>
  state: OutboxState
  attempts: number
  nextAttemptAt: number
  createdAt: number
  error?: CloudError
  ack?: { status: string; createdAt: string }
  /** Local files the payload names that the phone no longer has: the author decides. */
  missingFiles?: string[]
}

/** Waits between attempts (ms); the last value repeats. */
export const BACKOFF_MS = [2_000, 5_000, 15_000, 30_000, 60_000, 120_000, 300_000] as const

const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['NETWORK', 'TIMEOUT', 'INTERNAL'])

function isRetryable(code: ErrorCode): boolean {
  return RETRYABLE.has(code)
}

export function backoffMs(attempts: number): number {
  return BACKOFF_MS[Math.min(Math.max(attempts, 1), BACKOFF_MS.length) - 1]
}

const update = <P>(items: OutboxItem<P>[], id: string, change: (item: OutboxItem<P>) => OutboxItem<P>) =>
  items.map((item) => (item.id === id ? change(item) : item))

export function enqueue<P>(items: OutboxItem<P>[], id: string, payload: P, now: number): OutboxItem<P>[] {
  // Enqueuing an id twice (a double tap on 提交) keeps the first.
  if (items.some((i) => i.id === id)) return items
  return [...items, { id, payload, uploaded: {}, state: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now }]
}

/** Items to send now, oldest first. */
export function due<P>(items: OutboxItem<P>[], now: number): OutboxItem<P>[] {
  return items.filter((i) => i.state === 'pending' && i.nextAttemptAt <= now).sort((a, b) => a.createdAt - b.createdAt)
}

/** When the next pending item becomes due (for a timer), or null. */
export function nextWake<P>(items: OutboxItem<P>[]): number | null {
  const times = items.filter((i) => i.state === 'pending').map((i) => i.nextAttemptAt)
  return times.length ? Math.min(...times) : null
}

export function markSending<P>(items: OutboxItem<P>[], id: string): OutboxItem<P>[] {
  return update(items, id, (i) => (i.state === 'pending' ? { ...i, state: 'sending', attempts: i.attempts + 1 } : i))
}

export function markFileUploaded<P>(
  items: OutboxItem<P>[],
  id: string,
  localPath: string,
  fileId: string
): OutboxItem<P>[] {
  return update(items, id, (i) => ({ ...i, uploaded: { ...i.uploaded, [localPath]: fileId } }))
}

/** The server has the suggestion. A second acknowledgement (a duplicate reply) changes nothing. */
export function markSent<P>(
  items: OutboxItem<P>[],
  id: string,
  ack: { status: string; createdAt: string }
): OutboxItem<P>[] {
  return update(items, id, (i) => (i.state === 'sent' ? i : { ...i, state: 'sent', ack, error: undefined }))
}

export function markFailed<P>(items: OutboxItem<P>[], id: string, error: CloudError, now: number): OutboxItem<P>[] {
  return update(items, id, (i) => {
    if (i.state === 'sent') return i
    return isRetryable(error.code)
      ? { ...i, state: 'pending', error, nextAttemptAt: now + backoffMs(i.attempts) }
      : { ...i, state: 'failed', error }
  })
}

/** On app start: a send that was cut off may or may not have arrived; send again (same id). */
export function recover<P>(items: OutboxItem<P>[], now: number): OutboxItem<P>[] {
  return items.map((i) => (i.state === 'sending' ? { ...i, state: 'pending', nextAttemptAt: now } : i))
}

/** The network is back, or the user tapped 重试: try now. */
export function retryNow<P>(items: OutboxItem<P>[], now: number, id?: string): OutboxItem<P>[] {
  return items.map((i) =>
    (id === undefined || i.id === id) && (i.state === 'pending' || (i.state === 'failed' && id !== undefined))
      ? { ...i, state: 'pending', nextAttemptAt: now }
      : i
  )
}

/**
 * Files the item needs are gone (WeChat deletes temporary files; the user may clear its data):
 * no retry can bring them back, so it waits in 发送失败 for the author.
 */
export function markFilesMissing<P>(
  items: OutboxItem<P>[],
  id: string,
  paths: string[],
  error: CloudError
): OutboxItem<P>[] {
  return update(items, id, (i) => (i.state === 'sent' ? i : { ...i, state: 'failed', error, missingFiles: paths }))
}

/** The author changed what is sent (without a lost file, or with a new one): queue it now. */
export function replacePayload<P>(items: OutboxItem<P>[], id: string, payload: P, now: number): OutboxItem<P>[] {
  return update(items, id, (i) =>
    i.state === 'sent' || i.state === 'sending'
      ? i
      : { ...i, payload, state: 'pending', nextAttemptAt: now, error: undefined, missingFiles: undefined }
  )
}

export function remove<P>(items: OutboxItem<P>[], id: string): OutboxItem<P>[] {
  return items.filter((i) => i.id !== id || i.state === 'sending')
}

/**
 * The server refused a child's recording for want of the guardian's agreement (an app from before
 * that rule queued it): only the guardian can decide, so it waits for the author like lost files.
 */
export function needsGuardianForVoice(item: Pick<OutboxItem<unknown>, 'state' | 'error'>): boolean {
  return item.state === 'failed' && item.error?.field === 'voiceConsent'
}

/** The author has to decide something before it can go (lost files, or the guardian's agreement). */
export function needsAuthor(item: Pick<OutboxItem<unknown>, 'state' | 'error' | 'missingFiles'>): boolean {
  return Boolean(item.missingFiles?.length) || needsGuardianForVoice(item)
}

export type OutboxLabel = '待发送' | '发送中' | '已提交' | '发送失败'

/** The chip tone that goes with each label (the label's text carries the meaning). */
export const OUTBOX_TONE: Record<OutboxLabel, 'waiting' | 'active' | 'good' | 'bad'> = {
  待发送: 'waiting',
  发送中: 'active',
  已提交: 'good',
  发送失败: 'bad'
}

export function outboxLabel(item: Pick<OutboxItem<unknown>, 'state'>): OutboxLabel {
  return item.state === 'sent'
    ? '已提交'
    : item.state === 'failed'
      ? '发送失败'
      : item.state === 'sending'
        ? '发送中'
        : '待发送'
}
