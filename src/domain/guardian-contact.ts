// A guardian's name and phone, as an activity sign-up and a childcare visit request ask for them:
// one check, so both forms and both cloud functions refuse the same things in the same words.
import { isValidPhone, type FieldError } from './suggestions/limits'
import { charCount, visibleTextOf } from './text'

export const GUARDIAN_NAME_MAX = 20

export interface GuardianContact {
  guardianName: string
  guardianPhone: string
}

/**
 * The name and phone from a form (anything may arrive over the wire). `phoneWhy` ends the
 * "please fill in" message with what the phone is for. Problems are pushed to `errors`.
 */
export function checkGuardianContact(
  raw: { guardianName?: unknown; guardianPhone?: unknown },
  phoneWhy: string,
  errors: FieldError[]
): GuardianContact {
  const guardianName = visibleTextOf(raw.guardianName)
  if (!guardianName) errors.push({ field: 'guardianName', message: '请填写家长的称呼，如“王女士”' })
  else if (charCount(guardianName) > GUARDIAN_NAME_MAX)
    errors.push({ field: 'guardianName', message: `称呼最多 ${GUARDIAN_NAME_MAX} 个字` })
  const guardianPhone = visibleTextOf(raw.guardianPhone).replace(/\s/g, '')
  if (!guardianPhone) errors.push({ field: 'guardianPhone', message: `请填写家长的手机号码，${phoneWhy}` })
  else if (!isValidPhone(guardianPhone)) errors.push({ field: 'guardianPhone', message: '手机号码格式不对' })
  return { guardianName, guardianPhone }
}
