import Taro from '@tarojs/taro'

// What a tap says back: a short toast, or a question before something that cannot be undone.
// Apart from services/media (photos), so every screen that toasts does not carry the photo
// redrawing with it into the main package (npm run bench -- sizes).

export function toast(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 2500 })
}

/**
 * Asks before something that cannot be undone; true only when the user confirmed. `cancelText`
 * (at most 4 characters, as confirmText) where 取消 would read as the action itself.
 */
export async function confirm(options: {
  title: string
  content: string
  confirmText: string
  cancelText?: string
}): Promise<boolean> {
  try {
    const r = await Taro.showModal({ cancelText: '取消', ...options, confirmColor: '#c0392b' })
    return r.confirm
  } catch {
    return false
  }
}
