// 预约参观: a parent asks to visit a childcare centre. The request goes to the staff of the
// centre's area (its community's workers, its street, the district), who call the centre and then
// the parent, and write down what was agreed; the parent reads it on the place's page and 我的.
//
// It holds a guardian's name and phone and the child's age group, so it follows the children's
// rules: the guardian agrees to VISIT_CONSENT_TEXT first, staff see the contact masked and the
// whole only in a logged step, and the purge deletes the request VISIT_RETENTION_DAYS after it
// closed (VISIT_UNANSWERED_DAYS after it was made, if nobody answered: ./visit-retention.ts). What
// leaves the server is ./visit-egress.ts.
import { checkGuardianContact } from '../guardian-contact'
import { isClientId } from '../ids'
import type { Checked, FieldError } from '../suggestions/validate'
import { charCount, visibleTextOf } from '../text'
import { isObj } from '../wire'
import { contactIn, freeText } from './corrections'
import { VISIT_RETENTION_DAYS, VISIT_UNANSWERED_DAYS } from './visit-retention'
import {
  VISIT_CHILD_AGES,
  VISIT_SLOTS,
  type VisitChildAge,
  type VisitOutcome,
  type VisitSlot,
  type VisitStatus
} from './visit-words'
import { isKeyOf } from './model'

export * from './visit-words'

export const VISIT_LIMITS = { note: 100, answer: 200 } as const

export const VISIT_CONSENT_VERSION = 1

export const VISIT_CONSENT_TEXT =
  '预约参观需要家长填写称呼和手机号码，和孩子的大致年龄。渝中区的工作人员（这家机构所在社区、街道或区里）先和机构商量时间，再打电话或在这里答复你；' +
  '工作人员看到的手机号是隐去中间几位的，查看完整号码会被记录。预约结束（答复或撤回）' +
  `${VISIT_RETENTION_DAYS} 天后自动删除，没有答复的 ${VISIT_UNANSWERED_DAYS} 天后删除。不问孩子的姓名，不用于其他目的。`

/** A request as stored in `visit_requests`. */
export interface VisitRequest {
  /** The form's id: a retry answers the stored request. */
  _id: string
  placeId: string
  /** The centre's name when asked (the place may be renamed later). */
  placeName: string
  /** The centre's street and community: whose staff see the request. */
  street?: string
  community?: string
  /** The parent's openid: their own view and the answer's message. Never leaves the server. */
  userId: string
  childAge: VisitChildAge
  slot: VisitSlot
  note?: string
  guardianName: string
  guardianPhone: string
  consentVersion: number
  status: VisitStatus
  /** What staff agreed with the centre (the time, who to ask for) or why it cannot be. */
  answer?: string
  createdAt: string
  /** When it closed (answered or withdrawn): the retention clock. */
  closedAt?: string
  /** Name of the staff member who answered (never an openid). */
  answeredBy?: string
  /** The answer's message to the parent (a retried answer sends only what did not go). */
  notification?: 'sent' | 'recorded' | 'skipped' | 'not_subscribed' | 'failed'
  /** The area's staff were told of the request (a retried request does not tell them again). */
  staffTold?: boolean
}

export const isOpenVisit = (r: Pick<VisitRequest, 'status'>) => r.status === 'pending'

/** What the parent's form sends. */
export interface VisitInput {
  id: string
  placeId: string
  childAge: VisitChildAge
  slot: VisitSlot
  note?: string
  guardianName: string
  guardianPhone: string
}

export function validateVisitRequest(raw: unknown): Checked<VisitInput> {
  if (!isObj(raw)) return { ok: false, errors: [{ field: 'form', message: '预约内容为空' }] }
  const errors: FieldError[] = []
  if (!isClientId(raw.id)) errors.push({ field: 'id', message: '预约编号无效，请重新提交' })
  const placeId = typeof raw.placeId === 'string' && raw.placeId.length <= 100 ? raw.placeId : ''
  if (!placeId) errors.push({ field: 'placeId', message: '缺少要参观的机构' })
  if (!isKeyOf(VISIT_CHILD_AGES, raw.childAge)) errors.push({ field: 'childAge', message: '请选择孩子的年龄' })
  if (!isKeyOf(VISIT_SLOTS, raw.slot)) errors.push({ field: 'slot', message: '请选择方便参观的时间' })
  const note = freeText(raw.note, 'note', '想了解的内容', VISIT_LIMITS.note, errors)
  if (note && contactIn(note).length)
    errors.push({ field: 'note', message: '联系方式请填在下面的手机号码里，这里不要写电话或微信号' })
  const contact = checkGuardianContact(raw, '工作人员约好时间后会联系你', errors)
  if (raw.consentVersion !== VISIT_CONSENT_VERSION)
    errors.push({ field: 'consentVersion', message: '请家长先阅读并同意预约信息的使用说明' })
  if (errors.length) return { ok: false, errors }
  return {
    ok: true,
    value: {
      id: raw.id as string,
      placeId,
      childAge: raw.childAge as VisitChildAge,
      slot: raw.slot as VisitSlot,
      ...(note ? { note } : {}),
      ...contact
    }
  }
}

/** Staff's answer: 已约好 with the time and whom to ask for, or 暂不能安排 with why (both required). */
export function validateVisitAnswer(
  status: unknown,
  answer: unknown
): Checked<{ status: VisitOutcome; answer: string }> {
  if (status !== 'arranged' && status !== 'declined')
    return { ok: false, errors: [{ field: 'status', message: '请选择“已约好”或“暂不能安排”' }] }
  const text = visibleTextOf(answer)
  if (!text)
    return {
      ok: false,
      errors: [
        {
          field: 'answer',
          message: status === 'arranged' ? '请写明约好的时间和到了找谁' : '请写明为什么暂时不能安排，家长会看到'
        }
      ]
    }
  if (charCount(text) > VISIT_LIMITS.answer)
    return { ok: false, errors: [{ field: 'answer', message: `答复最多 ${VISIT_LIMITS.answer} 个字` }] }
  return { ok: true, value: { status, answer: text } }
}
