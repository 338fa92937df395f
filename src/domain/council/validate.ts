// Checks what staff write for the council (policy.addRepresentative, policy.answerCouncilItem;
// the staff page runs the same checks so each error shows beside its field) and a
// representative's picks (policy.pickCouncil). Who may do it, and where, is the server's question.
import { isClientId } from '../ids'
import { readDate } from '../places/import-cells'
import { findStreet } from '../streets'
import { AGE_GROUPS, type AgeGroup } from '../suggestions/model'
import { isValidPhone, type FieldError } from '../suggestions/limits'
import { charCount, visibleTextOf } from '../text'
import { isObj } from '../wire'
import { COUNCIL_LIMITS, isCouncilPlan, isGuardianRelation, type CouncilPlan, type GuardianRelation } from './model'

const isAgeGroup = (v: unknown): v is AgeGroup => AGE_GROUPS.some((g) => g.key === v)

export interface RepresentativeInput {
  id: string
  street: string
  nickname: string
  ageGroup: AgeGroup
  guardianRelation: GuardianRelation
  guardianPhone: string
  /** The China date the guardian agreed. */
  agreedOn: string
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] }

/** `today`: the China date it is written on (a consent cannot come from the future). */
export function validateRepresentative(raw: unknown, today: string): Checked<RepresentativeInput> {
  const input = isObj(raw) ? raw : {}
  const errors: FieldError[] = []
  const err = (field: string, message: string) => errors.push({ field, message })
  if (!isClientId(input.id)) err('id', '保存编号有误，请重新打开页面再试')
  if (typeof input.street !== 'string' || !findStreet(input.street)) err('street', '请选择小代表所在的街道')
  const nickname = visibleTextOf(input.nickname)
  if (!nickname) err('nickname', '请填写小代表的昵称（不用真名）')
  else if (charCount(nickname) > COUNCIL_LIMITS.nickname) err('nickname', `昵称最多 ${COUNCIL_LIMITS.nickname} 个字`)
  if (!isAgeGroup(input.ageGroup)) err('ageGroup', '请选择小代表的年龄段')
  if (!isGuardianRelation(input.guardianRelation)) err('guardianRelation', '请选择是谁同意的：妈妈、爸爸或其他监护人')
  const phone = visibleTextOf(input.guardianPhone).replace(/\s/g, '')
  if (!phone) err('guardianPhone', '请填写监护人的手机号码：联系小代表只通过监护人')
  else if (!isValidPhone(phone)) err('guardianPhone', '监护人手机号码格式不对')
  const agreed = readDate(visibleTextOf(input.agreedOn) || undefined, '监护人同意的日期')
  if (input.consent !== true) err('consent', '请确认监护人已经同意孩子担任小代表')
  if (!agreed.value) err('agreedOn', agreed.error ?? '请填写监护人同意的日期')
  else if (agreed.value > today) err('agreedOn', '同意的日期不能晚于今天')
  if (errors.length) return { ok: false, errors }
  return {
    ok: true,
    value: {
      id: input.id as string,
      street: input.street as string,
      nickname,
      ageGroup: input.ageGroup as AgeGroup,
      guardianRelation: input.guardianRelation as GuardianRelation,
      guardianPhone: phone,
      agreedOn: agreed.value!
    }
  }
}

export interface CouncilAnswerInput {
  plan: CouncilPlan
  byOn: string | null
  words: string
  wordsForChildren: string
}

/** The district's answer to a picked suggestion: what will be done and by when, or why not. */
export function validateCouncilAnswer(raw: unknown, today: string): Checked<CouncilAnswerInput> {
  const input = isObj(raw) ? raw : {}
  const errors: FieldError[] = []
  const err = (field: string, message: string) => errors.push({ field, message })
  if (!isCouncilPlan(input.plan)) err('plan', '请选择：会做，还是暂时做不了')
  const words = visibleTextOf(input.words)
  const kids = visibleTextOf(input.wordsForChildren)
  const what = input.plan === 'not' ? '为什么暂时做不了' : '会怎么做'
  if (!words) err('words', `请写明${what}`)
  else if (charCount(words) > COUNCIL_LIMITS.answer) err('words', `答复最多 ${COUNCIL_LIMITS.answer} 个字`)
  if (!kids) err('wordsForChildren', '请写一句给小朋友的话')
  else if (charCount(kids) > COUNCIL_LIMITS.answerForChildren)
    err('wordsForChildren', `给小朋友的话最多 ${COUNCIL_LIMITS.answerForChildren} 个字`)
  let byOn: string | null = null
  if (input.plan === 'will') {
    const by = readDate(visibleTextOf(input.byOn) || undefined, '预计完成日期')
    if (!by.value) err('byOn', by.error ?? '请填写预计什么时候做好')
    else if (by.value < today) err('byOn', '预计完成日期不能早于今天')
    byOn = by.value ?? null
  }
  if (errors.length) return { ok: false, errors }
  return { ok: true, value: { plan: input.plan as CouncilPlan, byOn, words, wordsForChildren: kids } }
}

/** A representative's picks: distinct ids, at most COUNCIL_LIMITS.picks, each one of `allowed`. */
export function validatePicks(raw: unknown, allowed: ReadonlySet<string>): Checked<string[]> {
  const list = Array.isArray(raw) ? raw : null
  if (!list || list.some((id) => typeof id !== 'string'))
    return { ok: false, errors: [{ field: 'picks', message: '请选择你想支持的建议' }] }
  const picks = [...new Set(list as string[])]
  if (picks.length > COUNCIL_LIMITS.picks)
    return { ok: false, errors: [{ field: 'picks', message: `最多选 ${COUNCIL_LIMITS.picks} 条哦` }] }
  if (picks.some((id) => !allowed.has(id)))
    return { ok: false, errors: [{ field: 'picks', message: '有一条建议不在这一次议事里了，请刷新后再选' }] }
  return { ok: true, value: picks }
}
