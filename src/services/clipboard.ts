import Taro from '@tarojs/taro'

/** Copies text and shows the platform's own "copied" toast; false when the platform refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text })
    return true
  } catch {
    return false
  }
}
