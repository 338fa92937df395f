import Taro from '@tarojs/taro'

/** Lets the user pick or take up to `count` photos, compressed by the platform. */
export async function choosePhotos(count: number): Promise<string[]> {
  if (count <= 0) return []
  try {
    const r = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
    return r.tempFilePaths.slice(0, count)
  } catch {
    return [] // cancelled
  }
}

export function toast(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 2500 })
}

/** Asks before something that cannot be undone; true only when the user confirmed. */
export async function confirm(options: { title: string; content: string; confirmText: string }): Promise<boolean> {
  try {
    const r = await Taro.showModal({ ...options, cancelText: '取消', confirmColor: '#c0392b' })
    return r.confirm
  } catch {
    return false
  }
}
