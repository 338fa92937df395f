// The browser exposes no app-level text size setting (its own zoom already applies).
export function prefersLargeText(): boolean {
  return false
}
