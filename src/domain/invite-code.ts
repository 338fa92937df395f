// One-time invitation codes (a children's council representative joining, a staff member taking
// up the place a district admin prepared): eight characters without the ones that read alike
// (0/O, 1/I/L), shown as ABCD-EFGH; 31⁸ codes and ten tries an hour per account make guessing
// hopeless. The server draws the bytes (crypto); this module only spells them.
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const INVITE_CODE_LENGTH = 8

/** A code from random bytes (the server passes crypto's; tests pass their own). */
export function inviteCodeFrom(bytes: ArrayLike<number>): string {
  let code = ''
  for (let i = 0; i < INVITE_CODE_LENGTH; i++) code += CODE_ALPHABET[(bytes[i] ?? 0) % CODE_ALPHABET.length]
  return code
}

/** What a person typed, as a stored code: case, spaces and the hyphen do not matter. */
export function normalizeInviteCode(typed: unknown): string | null {
  if (typeof typed !== 'string') return null
  const code = typed.toUpperCase().replace(/[\s-]/g, '')
  return code.length === INVITE_CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null
}

/** ABCDEFGH → ABCD-EFGH, easier to read out on the phone. */
export const formatInviteCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`
