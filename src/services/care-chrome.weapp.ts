// WeChat: the tab bar is native. Its labels' size cannot be set: tabBar in app.json and
// wx.setTabBarStyle take colours and the border only
// (https://developers.weixin.qq.com/miniprogram/dev/api/ui/tab-bar/wx.setTabBarStyle.html).
// WeChat itself enlarges it with the phone's own text size. A custom tabBar could, but it would
// move the tab bar's drawing into the main package, which has no room left (≤ 450 KB).
export function applyCareModeToChrome(on: boolean): void {
  void on
}
