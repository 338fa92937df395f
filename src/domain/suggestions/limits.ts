// The sizes and formats a suggestion's fields and a guardian's contact are held to, apart from the
// whole suggestion check: a sign-up or visit form that only needs a phone rule or a length does not
// carry the suggestion validator into its package (WeChat copies a module into every subpackage
// that uses it).
export interface FieldError {
  field: string
  message: string
}

/** A form checked field by field: its value, or every field's error (said beside the field). */
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] }

export const LIMITS = {
  childTitle: 20,
  adultTitle: { min: 4, max: 40 },
  childText: 200,
  adultText: { min: 10, max: 500 },
  photos: 3,
  name: 20,
  /** A phone number as typed: 11 digits, or a landline with its area code and a hyphen (023-63622984). */
  phone: 13,
  /** The name of the place a suggestion is pinned to, as kept with the location. */
  placeName: 60,
  address: 100
} as const

const MOBILE = /^1[3-9]\d{9}$/
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/

export function isValidPhone(phone: string): boolean {
  const p = phone.replace(/\s/g, '')
  return MOBILE.test(p) || LANDLINE.test(p)
}
