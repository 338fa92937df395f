import Taro from '@tarojs/taro'

/**
 * WeChat's own text size (iOS exposes it as fontSizeSetting, in pt; 17 is the default). A larger
 * setting means the user wants larger text: care mode starts on for them.
 */
export function prefersLargeText(): boolean {
  try {
    const info = Taro.getSystemInfoSync() as { fontSizeSetting?: number }
    return typeof info.fontSizeSetting === 'number' && info.fontSizeSetting > 17
  } catch {
    return false
  }
}
