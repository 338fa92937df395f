// A child's 还没有 with a drawing (解决了吗), kept on the device until the server has it, like a
// suggestion in the outbox: the drawing is copied out of WeChat's temporary folder when queued,
// uploaded once (the upload's file id is kept with the item, so a retry does not upload again),
// then the answer is sent; the server takes a resend as the same answer. Sent on the tap, on app
// start, when the network comes back and on the backoff timer (outbox-runner.ts).
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { cloudError } from '../domain/errors'
import { followUpOutboxId, followUpRequest, type FollowUpDraft } from '../domain/suggestions/followup'
import type { MySuggestion } from '../domain/suggestions/model'
import * as box from '../domain/suggestions/outbox'
import { sendFollowUp } from '../data/suggestions-sync'
import { fileExists, keepFile, removeKeptFile } from '../services/files'
import { taroStorage } from '../services/storage'
import { uploadImage } from '../services/upload'
import { outboxRunner, uploadError } from './outbox-runner'

type Item = box.OutboxItem<FollowUpDraft>

interface FollowUpOutboxState {
  items: Item[]
  /** The suggestion as the server answered, per item id (not persisted: a reopened page asks again). */
  answered: Record<string, MySuggestion>
  /** Queues the answer (a temporary drawing file) and tries to send it now. */
  answer(draft: FollowUpDraft): Promise<void>
  retry(id: string): Promise<void>
  /** Forgets an item that cannot be sent (its drawing is gone): the child may answer again. */
  discard(id: string): void
  resume(): void
}

export const useFollowUpOutboxStore = create<FollowUpOutboxState>()(
  persist(
    (set, get) => {
      const apply = (change: (items: Item[]) => Item[]) => set({ items: change(get().items) })

      const sendOne = async (item: Item) => {
        const path = item.payload.drawingPath
        if (!item.uploaded[path] && !fileExists(path)) {
          const error = cloudError('VALIDATION', '画不见了，请重新画一次', 'drawingFileId')
          apply((items) => box.markFilesMissing(items, item.id, [path], error))
          return
        }
        apply((items) => box.markSending(items, item.id))
        if (!item.uploaded[path]) {
          try {
            const fileId = await uploadImage(path)
            apply((items) => box.markFileUploaded(items, item.id, path, fileId))
          } catch (e) {
            apply((items) => box.markFailed(items, item.id, uploadError(e, '画', 'drawingFileId'), Date.now()))
            return
          }
        }
        const current = get().items.find((i) => i.id === item.id)!
        const r = await sendFollowUp(followUpRequest(current.payload, current.uploaded)!)
        if (r.ok) {
          apply((items) => box.markSent(items, item.id, { status: r.data.status, createdAt: r.data.updatedAt }))
          set({ answered: { ...get().answered, [item.id]: r.data } })
          removeKeptFile(path)
        } else apply((items) => box.markFailed(items, item.id, r.error, Date.now()))
      }
      const runner = outboxRunner(() => get().items, apply, sendOne)

      return {
        items: [],
        answered: {},
        async answer(draft) {
          const id = followUpOutboxId(draft)
          const before = get().items.find((i) => i.id === id)
          if (before && before.state !== 'failed') return // a double tap
          // Answered again after a failure (its drawing was lost): the new drawing replaces it.
          if (before) removeKeptFile(before.payload.drawingPath)
          const drawingPath = await keepFile(draft.drawingPath, `followup-${draft.id}-${Date.now()}`).catch(
            () => draft.drawingPath
          )
          apply((items) => box.enqueue(box.remove(items, id), id, { ...draft, drawingPath }, Date.now()))
          await runner.flush()
        },
        retry: runner.retry,
        discard(id) {
          const item = get().items.find((i) => i.id === id)
          if (!item || item.state === 'sending') return
          apply((items) => box.remove(items, id))
          removeKeptFile(item.payload.drawingPath)
        },
        resume() {
          // What was sent before this start has done its work (the page asks the server).
          apply((items) => items.filter((i) => i.state !== 'sent'))
          runner.resume()
        }
      }
    },
    {
      name: 'followup-outbox',
      storage: createJSONStorage(() => taroStorage),
      partialize: (s) => ({ items: s.items })
    }
  )
)
