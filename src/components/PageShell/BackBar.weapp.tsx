// WeChat draws the back arrow in its own navigation bar.
export function BackBar() {
  return null
}
