// Back on a page (from a page it opened, or another tab): ask again what the user may have changed
// there. Taro fires useDidShow on the first show too, which is the opening the loader already asks
// for; only the later shows reload.
import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'

export function useReloadOnReturn(reload: () => unknown): void {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void reload()
    shown.current = true
  })
}
