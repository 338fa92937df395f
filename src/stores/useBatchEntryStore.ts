// 批量代录 kept on the device: a worker typing thirty paper forms loses none of them if WeChat
// closes the mini-program, and a batch whose answer never came is resent unchanged after a restart
// (the same batch id, row ids and request: still entered exactly once).
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { newClientId } from '../domain/ids'
import { editRow, newBatchRow, type BatchRow } from '../domain/staff/batch'
import { MAX_BATCH_ROWS } from '../domain/staff/limits'
import type { EntryChannel } from '../domain/suggestions/model'
import { taroStorage } from '../services/storage'

export const FIRST_ROWS = 3

/** A request sent whose answer never came: what was sent, to put the answer back on its rows. */
export interface UnconfirmedBatch {
  sentRows: number[]
  payload: {
    action: 'enterBatch'
    rows: unknown[]
    channel: EntryChannel
    batchId: string
    defaults?: { street?: string; community?: string }
  }
}

interface BatchFields {
  batchId: string
  channel: EntryChannel
  street?: string
  community?: string
  rows: BatchRow[]
  nextN: number
  unconfirmed: UnconfirmedBatch | null
}

interface BatchState extends BatchFields {
  setChannel(channel: EntryChannel): void
  setPlace(street: string | undefined, community: string | undefined): void
  /** Adds an empty row; returns its number, or null when the batch is full. */
  addRow(): number | null
  removeRow(n: number): void
  edit(n: number, patch: Parameters<typeof editRow>[1]): void
  setRows(rows: BatchRow[]): void
  setUnconfirmed(sent: UnconfirmedBatch | null): void
  /** A new batch: new id, empty rows (channel and place stay: the same event goes on). */
  startOver(): void
}

const fresh = () => ({
  batchId: newClientId('batch', Date.now()),
  rows: Array.from({ length: FIRST_ROWS }, (_, i) => newBatchRow(i + 1)),
  nextN: FIRST_ROWS + 1,
  unconfirmed: null
})

export const useBatchEntryStore = create<BatchState>()(
  persist(
    (set, get) => ({
      ...fresh(),
      channel: 'event',
      setChannel: (channel) => set({ channel }),
      setPlace: (street, community) => set({ street, community }),
      addRow() {
        const { rows, nextN } = get()
        if (rows.length >= MAX_BATCH_ROWS) return null
        set({ rows: [...rows, newBatchRow(nextN)], nextN: nextN + 1 })
        return nextN
      },
      removeRow: (n) => set({ rows: get().rows.filter((r) => r.n !== n) }),
      edit: (n, patch) => set({ rows: get().rows.map((r) => (r.n === n ? editRow(r, patch) : r)) }),
      setRows: (rows) => set({ rows }),
      setUnconfirmed: (unconfirmed) => set({ unconfirmed }),
      startOver: () => set(fresh())
    }),
    {
      name: 'staff-batch-draft',
      storage: createJSONStorage(() => taroStorage),
      partialize: ({ batchId, channel, street, community, rows, nextN, unconfirmed }) => ({
        batchId,
        channel,
        street,
        community,
        rows,
        nextN,
        unconfirmed
      })
    }
  )
)
