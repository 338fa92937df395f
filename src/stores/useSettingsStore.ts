// App-wide settings, persisted on the device.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { prefersLargeText } from '../services/system'
import { taroStorage } from '../services/storage'

interface SettingsState {
  /** 关怀模式: larger text and targets, more contrast, no animation. null = not chosen yet. */
  careMode: boolean | null
  setCareMode(on: boolean): void
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      careMode: null,
      setCareMode: (on) => set({ careMode: on })
    }),
    { name: 'settings', storage: createJSONStorage(() => taroStorage), partialize: (s) => ({ careMode: s.careMode }) }
  )
)

/** Care mode as applied: the user's choice, or WeChat's large-text setting until they choose. */
export function useCareMode(): boolean {
  const chosen = useSettingsStore((s) => s.careMode)
  return chosen ?? prefersLargeText()
}
