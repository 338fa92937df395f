// The suggestions outbox, persisted on the device: what is written is kept until the server
// has it. Sending happens on submit, on app start, when the network comes back, and on a
// backoff timer (outbox-runner.ts); the same id is sent every time, so the server stores it once. Its images and
// recording are copied out of WeChat's temporary folder when queued (temporary files may vanish on a restart)
// and deleted once the server has the suggestion.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { cloudError } from '../domain/errors'
import {
  isRecording,
  localFiles,
  mapFiles,
  missingFilesMessage,
  pendingUploads,
  toSubmission,
  withoutFiles,
  type SuggestionDraft
} from '../domain/suggestions/draft'
import { VOICE_CONSENT_VERSION } from '../domain/suggestions/consent-rule'
import { migrateOutboxState } from '../domain/migrations/device-migrations'
import * as box from '../domain/suggestions/outbox'
import { needsGuardianForVoice } from '../domain/suggestions/outbox'
import { submitSuggestion } from '../data/suggestions-sync'
import { fileExists, keepFile, removeKeptFile } from '../services/files'
import { taroStorage } from '../services/storage'
import { uploadAudio, uploadImage } from '../services/upload'
import { outboxRunner, uploadError } from './outbox-runner'

type Item = box.OutboxItem<SuggestionDraft>

interface OutboxState {
  items: Item[]
  /** Upload progress per item id, 0–100 (not persisted). */
  progress: Record<string, number>
  submit(draft: SuggestionDraft): Promise<void>
  flush(): Promise<void>
  retry(id: string): Promise<void>
  discard(id: string): void
  /** Sends without the files that are gone from the phone. */
  sendWithout(id: string): Promise<void>
  /** Puts a newly chosen photo where a lost one was, and sends. */
  replaceFile(id: string, lostPath: string, newTempPath: string): Promise<void>
  /**
   * A child's recording the server would not take without the guardian's agreement (queued by an
   * app from before the rule): the guardian has now agreed to the current text; send again.
   */
  agreeToVoice(id: string): Promise<void>
  /** The same, the guardian choosing to send the suggestion without the recording. */
  sendWithoutVoice(id: string): Promise<void>
  /** On app start: resend what was cut off, and resend when the network returns. */
  resume(): void
}

/** Copies each temporary file to the user folder; a copy that fails keeps the original path. */
async function keepFiles(draft: SuggestionDraft): Promise<SuggestionDraft> {
  const kept = new Map<string, string>()
  await Promise.all(
    localFiles(draft).map(async (path, i) => {
      kept.set(path, await keepFile(path, `outbox-${draft.input.id}-${i}-${Date.now()}`).catch(() => path))
    })
  )
  return mapFiles(draft, (p) => kept.get(p) ?? p)
}

const errorOf = (e: unknown, recording: boolean) =>
  recording ? uploadError(e, '录音', 'audioFileId') : uploadError(e, '图片', 'photos')

export const useOutboxStore = create<OutboxState>()(
  persist(
    (set, get) => {
      const apply = (change: (items: Item[]) => Item[]) => set({ items: change(get().items) })

      const sendOne = async (item: Item) => {
        const gone = pendingUploads(item.payload, item.uploaded).filter((p) => !fileExists(p))
        if (gone.length) {
          const message = missingFilesMessage(item.payload, gone)
          apply((items) => box.markFilesMissing(items, item.id, gone, cloudError('VALIDATION', message, 'photos')))
          return
        }
        apply((items) => box.markSending(items, item.id))
        for (const path of pendingUploads(item.payload, item.uploaded)) {
          const recording = isRecording(item.payload, path)
          try {
            const upload = recording ? uploadAudio : uploadImage
            const fileId = await upload(path, (p) => set({ progress: { ...get().progress, [item.id]: p } }))
            apply((items) => box.markFileUploaded(items, item.id, path, fileId))
          } catch (e) {
            apply((items) => box.markFailed(items, item.id, errorOf(e, recording), Date.now()))
            return
          }
        }
        const current = get().items.find((i) => i.id === item.id)!
        const suggestion = toSubmission(current.payload, current.uploaded)!
        const r = await submitSuggestion({ suggestion })
        if (r.ok) {
          apply((items) => box.markSent(items, item.id, { status: r.data.status, createdAt: r.data.createdAt }))
          // The server has the files now: free the kept copies.
          localFiles(current.payload).forEach(removeKeptFile)
        } else apply((items) => box.markFailed(items, item.id, r.error, Date.now()))
      }

      const runner = outboxRunner(() => get().items, apply, sendOne)

      return {
        items: [],
        progress: {},
        async submit(draft) {
          if (get().items.some((i) => i.id === draft.input.id)) return // a double tap on 提交
          const kept = await keepFiles(draft)
          apply((items) => box.enqueue(items, draft.input.id, kept, Date.now()))
          await get().flush()
        },
        flush: runner.flush,
        retry: runner.retry,
        discard(id) {
          const item = get().items.find((i) => i.id === id)
          if (!item || item.state === 'sending') return
          apply((items) => box.remove(items, id))
          localFiles(item.payload).forEach(removeKeptFile)
        },
        async sendWithout(id) {
          const item = get().items.find((i) => i.id === id)
          if (!item?.missingFiles) return
          apply((items) => box.replacePayload(items, id, withoutFiles(item.payload, item.missingFiles!), Date.now()))
          await get().flush()
        },
        async replaceFile(id, lostPath, newTempPath) {
          const item = get().items.find((i) => i.id === id)
          if (!item?.missingFiles?.includes(lostPath)) return
          const kept = await keepFile(newTempPath, `outbox-${id}-r-${Date.now()}`).catch(() => newTempPath)
          const payload = mapFiles(item.payload, (p) => (p === lostPath ? kept : p))
          apply((items) => box.replacePayload(items, id, payload, Date.now()))
          // Another lost file, if any, is found again by the send and asked about again.
          await get().flush()
        },
        async agreeToVoice(id) {
          const item = get().items.find((i) => i.id === id)
          if (!item || !needsGuardianForVoice(item)) return
          const payload = {
            ...item.payload,
            input: { ...item.payload.input, voiceConsent: { version: VOICE_CONSENT_VERSION } }
          }
          apply((items) => box.replacePayload(items, id, payload, Date.now()))
          await get().flush()
        },
        async sendWithoutVoice(id) {
          const item = get().items.find((i) => i.id === id)
          if (!item?.payload.audioPath || !needsGuardianForVoice(item)) return
          apply((items) =>
            box.replacePayload(items, id, withoutFiles(item.payload, [item.payload.audioPath!]), Date.now())
          )
          await get().flush()
        },
        resume: runner.resume
      }
    },
    {
      name: 'suggestion-outbox',
      storage: createJSONStorage(() => taroStorage),
      partialize: (s) => ({ items: s.items }),
      // 1: items queued with a community code of the old list get the current one.
      version: 1,
      migrate: (persisted, version) => migrateOutboxState(persisted, version) as { items: Item[] }
    }
  )
)
