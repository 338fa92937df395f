// One set of rules for an activity and for a sign-up, used by the staff and parent forms (each
// error beside its field) and by the activities function (which never trusts a form). The
// results are built from known fields only.
import { CHINA_OFFSET_MS, MINUTE_MS } from '../clock'
import { isClientId } from '../ids'
import { findCommunity, findStreet } from '../streets'
import { isImageFileId } from '../suggestions/file-ids'
import type { Checked, FieldError } from '../suggestions/validate'
import { charCount } from '../text'
import type { Activity, ActivityFee } from './model'
import { isObj } from '../wire'
import { CHILD_MAX_AGE, formText as text, wholeNumber } from './signup-validate'
import { NO_RECOGNISABLE_CHILD } from '../image-consent'

export type { FieldError } from '../suggestions/validate'
export { validateSignUp, type SignUpInput } from './signup-validate'

export const ACTIVITY_LIMITS = {
  title: { min: 4, max: 40 },
  description: 500,
  address: 80,
  howToSignUp: 200,
  notice: 200,
  feeNote: 40,
  /** A fee is a number of yuan with at most two decimals, below this. */
  maxFee: 10_000,
  maxCapacity: 500,
  /** Children's activities: ages 0 to 17 (an adult comes as the guardian). */
  maxAge: CHILD_MAX_AGE,
  /** Published at most this far ahead (a typo in the year is caught). */
  maxDaysAhead: 366
} as const

/** The staff form as typed. place: a place record's id, or '' with an address. */
export interface ActivityForm {
  id: string
  title: string
  description: string
  placeId: string
  address: string
  street: string
  community: string
  date: string
  startTime: string
  endTime: string
  ageMin: string
  ageMax: string
  capacity: string
  /** '' = free (the default). */
  feeYuan: string
  feeNote: string
  howToSignUp: string
  coverFileId: string
  /** Staff confirmed COVER_CONFIRMATION for the cover (asked again for a new picture). */
  coverConfirmed: boolean
}

export const ACTIVITY_FIELD_LABELS: Record<keyof ActivityForm, string> = {
  id: '编号',
  title: '活动名称',
  description: '活动介绍',
  placeId: '地点',
  address: '地址',
  street: '街道',
  community: '社区',
  date: '日期',
  startTime: '开始时间',
  endTime: '结束时间',
  ageMin: '最小年龄',
  ageMax: '最大年龄',
  capacity: '名额',
  feeYuan: '费用',
  feeNote: '费用说明',
  howToSignUp: '报名方式与须知',
  coverFileId: '封面图片',
  coverConfirmed: '封面确认'
}

/** What staff confirm before a cover goes public (a minor's picture needs their guardian). */
export const COVER_CONFIRMATION = `封面可以公开给居民看：${NO_RECOGNISABLE_CHILD}`

/** What a valid form becomes (the place record itself is looked up by the server). */
export type ActivityInput = Pick<
  Activity,
  | 'title'
  | 'description'
  | 'street'
  | 'community'
  | 'startAt'
  | 'endAt'
  | 'ageMin'
  | 'ageMax'
  | 'capacity'
  | 'fee'
  | 'howToSignUp'
  | 'coverFileId'
> & { id: string; place: { placeId: string } | { address: string } }

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

/** The instant of a China date and time, or null when either is not one. */
export function chinaInstant(date: string, time: string): string | null {
  const d = DATE.exec(date)
  const t = TIME.exec(time)
  if (!d || !t) return null
  const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])]
  const utc = Date.UTC(y, m - 1, day, Number(t[1]), Number(t[2]))
  const check = new Date(utc)
  // 2026-02-30 rolls over: not a date.
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== day) return null
  return new Date(utc - CHINA_OFFSET_MS).toISOString()
}

/**
 * Checks the staff form. `nowMs` keeps a new time from being in the past; `keepCapacityAtLeast`
 * (a change) keeps the capacity from dropping below the seats already taken.
 */
export function validateActivity(raw: unknown, nowMs: number, keepCapacityAtLeast = 0): Checked<ActivityInput> {
  if (!isObj(raw)) return { ok: false, errors: [{ field: 'title', message: '活动内容为空' }] }
  const errors: FieldError[] = []
  const err = (field: keyof ActivityForm, message: string) => errors.push({ field, message })

  const id = text(raw.id)
  if (!isClientId(id)) err('id', '编号有误，请重新打开页面再试')

  const title = text(raw.title)
  const tl = charCount(title)
  if (!title) err('title', '请填写活动名称')
  else if (tl < ACTIVITY_LIMITS.title.min) err('title', `活动名称至少 ${ACTIVITY_LIMITS.title.min} 个字`)
  else if (tl > ACTIVITY_LIMITS.title.max) err('title', `活动名称最多 ${ACTIVITY_LIMITS.title.max} 个字`)

  const description = text(raw.description)
  if (!description) err('description', '请写几句活动介绍：做什么、适合谁')
  else if (charCount(description) > ACTIVITY_LIMITS.description)
    err('description', `活动介绍最多 ${ACTIVITY_LIMITS.description} 个字`)

  const placeId = text(raw.placeId)
  const address = text(raw.address)
  if (!placeId && !address) err('address', '请选择一个地点，或填写活动地址')
  else if (!placeId && charCount(address) > ACTIVITY_LIMITS.address)
    err('address', `地址最多 ${ACTIVITY_LIMITS.address} 个字`)

  const street = text(raw.street)
  const community = text(raw.community)
  if (!findStreet(street)) err('street', '请选择活动所在的街道')
  else if (community) {
    const hit = findCommunity(community)
    if (!hit || hit.street.code !== street) err('community', '社区不在所选街道内')
  }

  const date = text(raw.date)
  const startAt = chinaInstant(date, text(raw.startTime))
  const endAt = chinaInstant(date, text(raw.endTime))
  if (!DATE.test(date) || !chinaInstant(date, '00:00')) err('date', '请选择活动日期')
  else if (!startAt) err('startTime', '请选择开始时间')
  else if (!endAt) err('endTime', '请选择结束时间')
  else if (Date.parse(endAt) <= Date.parse(startAt)) err('endTime', '结束时间要晚于开始时间')
  else if (Date.parse(startAt) <= nowMs) err('startTime', '开始时间已经过去了')
  else if (Date.parse(startAt) - nowMs > ACTIVITY_LIMITS.maxDaysAhead * 24 * 60 * MINUTE_MS)
    err('date', '活动日期太远了，请检查年份')

  const ageMin = wholeNumber(text(raw.ageMin), 0, ACTIVITY_LIMITS.maxAge)
  const ageMax = wholeNumber(text(raw.ageMax), 0, ACTIVITY_LIMITS.maxAge)
  if (ageMin === null) err('ageMin', `最小年龄请填 0–${ACTIVITY_LIMITS.maxAge} 的整数`)
  if (ageMax === null) err('ageMax', `最大年龄请填 0–${ACTIVITY_LIMITS.maxAge} 的整数`)
  else if (ageMin !== null && ageMax < ageMin) err('ageMax', '最大年龄不能小于最小年龄')

  const capacity = wholeNumber(text(raw.capacity), 1, ACTIVITY_LIMITS.maxCapacity)
  if (capacity === null) err('capacity', `名额请填 1–${ACTIVITY_LIMITS.maxCapacity} 的整数`)
  else if (capacity < keepCapacityAtLeast)
    err('capacity', `已有 ${keepCapacityAtLeast} 人报上名，名额不能少于 ${keepCapacityAtLeast}`)

  // Free unless staff typed a fee: an empty field is free, never a guessed amount.
  const feeRaw = text(raw.feeYuan)
  const feeNote = text(raw.feeNote)
  let fee: ActivityFee = null
  if (feeRaw && feeRaw !== '0') {
    const n = /^\d+(\.\d{1,2})?$/.test(feeRaw) ? Number(feeRaw) : NaN
    if (!(n > 0 && n < ACTIVITY_LIMITS.maxFee)) err('feeYuan', '费用请填金额（元），免费请留空')
    else fee = { amountYuan: n, ...(feeNote ? { note: feeNote } : {}) }
  } else if (feeNote) err('feeYuan', '写了费用说明，请同时填写金额；免费请清空说明')
  if (charCount(feeNote) > ACTIVITY_LIMITS.feeNote) err('feeNote', `费用说明最多 ${ACTIVITY_LIMITS.feeNote} 个字`)

  const howToSignUp = text(raw.howToSignUp)
  if (charCount(howToSignUp) > ACTIVITY_LIMITS.howToSignUp)
    err('howToSignUp', `报名方式与须知最多 ${ACTIVITY_LIMITS.howToSignUp} 个字`)

  const coverFileId = text(raw.coverFileId)
  if (coverFileId && !isImageFileId(coverFileId)) err('coverFileId', '封面图片没有上传成功，请重新选择')
  else if (coverFileId && raw.coverConfirmed !== true)
    err('coverConfirmed', '请先确认封面里没有能认出来的孩子，或不用封面')

  if (errors.length) return { ok: false, errors }
  return {
    ok: true,
    value: {
      id,
      title,
      description,
      place: placeId ? { placeId } : { address },
      street,
      ...(community ? { community } : {}),
      startAt: startAt!,
      endAt: endAt!,
      ageMin: ageMin!,
      ageMax: ageMax!,
      capacity: capacity!,
      fee,
      howToSignUp,
      ...(coverFileId ? { coverFileId } : {})
    }
  }
}

/** The words staff send with a change or a cancellation: required, so everyone knows why. */
export function validateNotice(raw: unknown, what: 'change' | 'cancel'): Checked<string> {
  const notice = text(raw)
  if (!notice)
    return {
      ok: false,
      errors: [
        { field: 'notice', message: what === 'cancel' ? '请写明取消的原因' : '请写一句改了什么，会发给已报名的家长' }
      ]
    }
  if (charCount(notice) > ACTIVITY_LIMITS.notice)
    return { ok: false, errors: [{ field: 'notice', message: `最多 ${ACTIVITY_LIMITS.notice} 个字` }] }
  return { ok: true, value: notice }
}
