// The red badge on the 我的 tab (news about my suggestions): Taro's tab bar badge on both builds.
import Taro from '@tarojs/taro'

/** Position of pages/mine/index in app.config.ts's tabBar list (a test checks it). */
export const MINE_TAB_INDEX = 4

let shown: string | null = null

/** Shows `text` on the 我的 tab, or removes the badge for null. Failures (no tab bar yet) are ignored. */
export async function showMineBadge(text: string | null): Promise<void> {
  if (text === shown) return
  try {
    if (text) await Taro.setTabBarBadge({ index: MINE_TAB_INDEX, text })
    else await Taro.removeTabBarBadge({ index: MINE_TAB_INDEX })
    shown = text
  } catch {
    // Not on a tab page yet, or the browser build's tab bar not mounted: the next change tries again.
  }
}
