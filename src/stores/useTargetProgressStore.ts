// How far the district has come toward each 2026 target (policy.progress), for the 政策 tab and
// home. Nothing is bundled or cached as a figure: until the cloud answers, the rows say so, and a
// target nobody entered a value for says 暂无数据.
import { create } from 'zustand'
import type { ProgressBoard } from '../domain/policy/progress'
import { policyCalls } from '../data/policy'
import { singleFlight } from './single-flight'

export type ProgressStatus = 'idle' | 'loading' | 'ready' | 'offline'

interface TargetProgressState {
  board: ProgressBoard | null
  status: ProgressStatus
  refresh(): Promise<void>
}

export const useTargetProgressStore = create<TargetProgressState>((set, get) => ({
  board: null,
  status: 'idle',
  refresh: singleFlight(async () => {
    // A board already shown stays while it is asked again.
    if (!get().board) set({ status: 'loading' })
    const r = await policyCalls.progress({})
    if (r.ok) set({ board: r.data, status: 'ready' })
    else set({ status: get().board ? 'ready' : 'offline' })
  })
}))
