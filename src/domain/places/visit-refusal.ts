// Which places take a 预约参观, once: the place page's button, the visit page's words and the
// server's refusal (a module of its own, so the place page does not carry the visit form's rules).
/** Why a place takes no 预约参观 (null: it does): the page's button and words and the server's refusal. */
export function visitRefusal(place: { category: string; closed?: boolean }): string | null {
  if (place.category !== 'childcare') return '只有托育机构可以预约参观。'
  if (place.closed) return '这家机构已停业，不能预约参观。'
  return null
}
