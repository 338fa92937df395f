// Scrolling the page from code: WeChat's pageScrollTo, which Taro's browser build maps to the page.
import Taro from '@tarojs/taro'

/** Back to the top of the page (a route tapped in the list is framed on the map up there). */
export function scrollToTop(): void {
  void Promise.resolve(Taro.pageScrollTo({ scrollTop: 0, duration: 300 })).catch(() => undefined)
}
