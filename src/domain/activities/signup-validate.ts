// A parent's sign-up checked (the same rule on the page and in the activities function), apart
// from the staff form's checks in ./validate: the parent pages carry only this (the WeChat build
// copies a module into each subpackage that imports it).
import type { Checked, FieldError } from '../suggestions/validate'
import { checkGuardianContact } from '../guardian-contact'
import { visibleText } from '../text'
import { isObj } from '../wire'
import { SIGNUP_CONSENT_VERSION } from './consent'
import type { Activity } from './model'

/** Children's activities: ages 0 to 17 (an adult comes as the guardian). */
export const CHILD_MAX_AGE = 17

/** A form value as typed: visible text, trimmed (a number as its digits). */
export const formText = (v: unknown): string =>
  typeof v === 'string' ? visibleText(v).trim() : typeof v === 'number' ? String(v) : ''

export function wholeNumber(raw: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(raw)) return null
  const n = Number(raw)
  return n >= min && n <= max ? n : null
}

export interface SignUpInput {
  childAge: number
  guardianName: string
  guardianPhone: string
  consentVersion: number
}

/**
 * A parent signs a child up: the child's age (in the activity's range) and the guardian's name and
 * phone, after the guardian agreed to SIGNUP_CONSENT (a child's details go in only with a
 * guardian, as with suggestions). No child's name is asked.
 */
export function validateSignUp(raw: unknown, activity: Pick<Activity, 'ageMin' | 'ageMax'>): Checked<SignUpInput> {
  if (!isObj(raw)) return { ok: false, errors: [{ field: 'childAge', message: '报名内容为空' }] }
  const errors: FieldError[] = []
  const err = (field: keyof SignUpInput, message: string) => errors.push({ field, message })
  const age = wholeNumber(formText(raw.childAge), 0, CHILD_MAX_AGE)
  if (age === null) err('childAge', '请选择孩子的年龄')
  else if (age < activity.ageMin || age > activity.ageMax)
    err('childAge', `这个活动适合 ${activity.ageMin}–${activity.ageMax} 岁的孩子`)
  const { guardianName, guardianPhone } = checkGuardianContact(raw, '活动有变化时工作人员会联系', errors)
  if (raw.consentVersion !== SIGNUP_CONSENT_VERSION) err('consentVersion', '请家长先阅读并同意报名信息的使用说明')
  if (errors.length) return { ok: false, errors }
  return { ok: true, value: { childAge: age!, guardianName, guardianPhone, consentVersion: SIGNUP_CONSENT_VERSION } }
}
