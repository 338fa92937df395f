// Browser: Taro's tab bar is a DOM element outside every page, so the care-mode class on the
// page root cannot reach it; the document root carries one for it (PageShell/h5.scss sizes the
// labels).
const CLASS = 'care-mode-chrome'

export function applyCareModeToChrome(on: boolean): void {
  if (typeof document === 'undefined') return
  document.documentElement.classList.toggle(CLASS, on)
}
