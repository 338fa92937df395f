// 纠错: reports about a place's information (src/domain/places/corrections.ts). Anyone signed in
// reports (rate-limited; the client's id makes a retry answer the stored report); the reporter
// reads their own; district admins read the queue and answer, fixing the place in the same step.
// The place's fix and the answer are written once: the report's pending → answered switch is an
// atomic updateIf, so two admins answering at once cannot both write. Every answer is in the
// audit log (who, when, which place, what changed; never the reporter).
import { fail, ok, type CloudResult } from '../../src/domain/errors'
import { chinaDate } from '../../src/domain/clock'
import {
  CORRECTION_LIMITS,
  isCorrectionStatus,
  toCorrectionMessageRow,
  toCorrectionView,
  toMyCorrection,
  validateCorrection,
  type CorrectionRecord
} from '../../src/domain/places/corrections'
import { applyPlaceEdit, editMisfit, validatePlaceEdit } from '../../src/domain/places/place-edit'
import { fromPlaceDoc, toPlaceDoc, type Place, type PlaceDoc } from '../../src/domain/places/model'
import { RATE_LIMITS } from '../../src/domain/rate-limits'
import { ROLE_LABELS } from '../../src/domain/roles'
import { newClientId } from '../../src/domain/ids'
import { correctionMessage } from '../../src/domain/staff/message'
import { can } from '../../src/domain/staff/permissions'
import { charCount, visibleText } from '../../src/domain/text'
import type { Filter } from '../../server/adapters/repository'
import { claimRateSlot } from '../../server/services/rate-limit'
import type { Context, Handlers } from '../../server/function'
import type { AuditEntry } from '../staff/access'
import { forgetPlaces } from './place-cache'

const PAGE = 50
const corrections = (ctx: Context) => ctx.repo.collection<CorrectionRecord>('corrections')
const places = (ctx: Context) => ctx.repo.collection<PlaceDoc>('places')

function refusedStaff(ctx: Context): CloudResult<never> | null {
  if (!ctx.caller.openid) return fail('UNAUTHENTICATED')
  if (can(ctx.caller, 'correctPlaces')) return null
  return fail('FORBIDDEN', '只有区级管理员可以处理地点纠错')
}

async function replay(ctx: Context, id: string, openid: string) {
  const existing = await corrections(ctx).get(id)
  if (!existing) return null
  return existing.reporterId === openid
    ? ok({ id, status: existing.status, createdAt: existing.createdAt, duplicate: true })
    : fail<never>('CONFLICT', '纠错编号已被使用，请重新提交')
}

type CorrectionHandlers = Pick<
  Handlers<'places'>,
  'reportCorrection' | 'myCorrections' | 'listCorrections' | 'getCorrection' | 'resolveCorrection'
>

export const correctionHandlers: CorrectionHandlers = {
  async reportCorrection(req, ctx) {
    const openid = ctx.caller.openid
    if (!openid) return fail('UNAUTHENTICATED')
    const checked = validateCorrection(req.correction)
    if (!checked.ok) return fail('VALIDATION', checked.errors[0].message, checked.errors[0].field)
    const input = checked.value
    const repeated = await replay(ctx, input.id, openid)
    if (repeated) return repeated
    const place = await places(ctx).get(input.placeId)
    if (!place) return fail('NOT_FOUND', '没有找到这个地点，它可能已被删除', 'placeId')
    const now = ctx.now()
    if (!(await claimRateSlot(ctx.repo, RATE_LIMITS.correction, openid, now, input.id)))
      return fail('RATE_LIMITED', RATE_LIMITS.correction.message)
    const at = now.toISOString()
    const record: CorrectionRecord = {
      _id: input.id,
      placeId: place._id,
      placeName: place.name,
      ...(place.street ? { street: place.street } : {}),
      kind: input.kind,
      ...(input.note ? { note: input.note } : {}),
      status: 'pending',
      reporterId: openid,
      reporterPurgedAt: null,
      createdAt: at,
      updatedAt: at
    }
    // Two copies of one retry can race past replay(): the database keeps the first.
    if ((await corrections(ctx).insert(record)) === 'exists') return (await replay(ctx, input.id, openid))!
    return ok({ id: record._id, status: record.status, createdAt: at, duplicate: false })
  },

  async myCorrections(_req, ctx) {
    const openid = ctx.caller.openid
    if (!openid) return fail('UNAUTHENTICATED')
    const rows = await corrections(ctx).find(
      { reporterId: openid },
      {
        orderBy: [
          ['createdAt', 'desc'],
          ['_id', 'desc']
        ],
        limit: PAGE
      }
    )
    return ok({ items: rows.map(toMyCorrection) })
  },

  async listCorrections(req, ctx) {
    const refused = refusedStaff(ctx)
    if (refused) return refused
    const status = req.status ?? 'pending'
    if (!isCorrectionStatus(status)) return fail('VALIDATION', '状态应为 待处理、已更正 或 无需更正', 'status')
    if (req.cursor !== undefined && req.cursor !== null && typeof req.cursor !== 'string')
      return fail('VALIDATION', '翻页参数不正确', 'cursor')
    const filter: Filter = { status, ...(req.cursor ? { createdAt: { $lt: req.cursor } } : {}) }
    const [rows, pending] = await Promise.all([
      corrections(ctx).find(filter, {
        orderBy: [
          ['createdAt', 'desc'],
          ['_id', 'desc']
        ],
        limit: PAGE
      }),
      corrections(ctx).count({ status: 'pending' })
    ])
    return ok({
      items: rows.map(toCorrectionView),
      next: rows.length === PAGE ? rows[rows.length - 1].createdAt : null,
      pending
    })
  },

  async getCorrection(req, ctx) {
    const refused = refusedStaff(ctx)
    if (refused) return refused
    const record = typeof req.id === 'string' && req.id ? await corrections(ctx).get(req.id) : null
    if (!record) return fail('NOT_FOUND', '没有找到这条纠错', 'id')
    const place = await places(ctx).get(record.placeId)
    return ok({ correction: toCorrectionView(record), place: place ? fromPlaceDoc(place) : null })
  },

  async resolveCorrection(req, ctx) {
    const refused = refusedStaff(ctx)
    if (refused) return refused
    if (req.status !== 'corrected' && req.status !== 'no_change')
      return fail('VALIDATION', '请选择“已更正”或“无需更正”', 'status')
    if (req.answer !== undefined && typeof req.answer !== 'string')
      return fail('VALIDATION', '答复格式不正确', 'answer')
    const answer = visibleText(req.answer ?? '')
    if (charCount(answer) > CORRECTION_LIMITS.answer)
      return fail('VALIDATION', `答复最多 ${CORRECTION_LIMITS.answer} 个字`, 'answer')
    if (req.update !== undefined && req.status !== 'corrected')
      return fail('VALIDATION', '修改了地点信息，请选择“已更正”', 'status')
    const record = typeof req.id === 'string' && req.id ? await corrections(ctx).get(req.id) : null
    if (!record) return fail('NOT_FOUND', '没有找到这条纠错', 'id')
    if (record.status !== 'pending') {
      // A retried answer gets what is stored (and its message, if the first call never sent it);
      // a different one is told someone answered first.
      if (record.status !== req.status)
        return fail('CONFLICT', `这条纠错已经处理过了（${record.resolvedBy ?? '其他工作人员'}）`)
      return ok({ correction: toCorrectionView(await tellReporter(ctx, record)) })
    }
    const now = ctx.now()
    const at = now.toISOString()
    let fixed: { place: Place; changed: string[] } | undefined
    if (req.update !== undefined) {
      const edit = validatePlaceEdit(req.update, chinaDate(now.getTime()))
      if (!edit.ok) return fail('VALIDATION', edit.errors[0].message, `update.${edit.errors[0].field}`)
      const stored = await places(ctx).get(record.placeId)
      if (!stored) return fail('NOT_FOUND', '这个地点已被删除，无法修改；请选择“无需更正”并答复', 'placeId')
      const misfit = editMisfit(stored, edit.value)
      if (misfit) return fail('VALIDATION', misfit.message, `update.${misfit.field}`)
      fixed = applyPlaceEdit(fromPlaceDoc(stored), edit.value, at)
    }
    const resolvedBy = ctx.caller.name ?? ROLE_LABELS[ctx.caller.role]
    const patch = {
      status: req.status,
      ...(answer ? { answer } : {}),
      resolvedAt: at,
      resolvedBy,
      updatedAt: at,
      ...(fixed ? { changed: fixed.changed } : {})
    }
    if (!(await corrections(ctx).updateIf(record._id, { status: 'pending' }, patch)))
      return fail('CONFLICT', '这条纠错刚被其他工作人员处理，请刷新后再看')
    if (fixed) {
      try {
        await places(ctx).put(toPlaceDoc(fixed.place))
      } catch (e) {
        // The report goes back to the queue: its answer must not claim a fix that is not there.
        await corrections(ctx).put(record)
        throw e
      }
      forgetPlaces(ctx.repo)
    }
    const entry: AuditEntry = {
      _id: newClientId('correct_place', now.getTime()),
      kind: 'correct_place',
      at,
      actor: ctx.caller.openid,
      actorName: resolvedBy,
      actorRole: ctx.caller.role,
      detail: {
        correctionId: record._id,
        placeId: record.placeId,
        status: req.status,
        changed: fixed?.changed.join('、') ?? '',
        source: fixed?.place.source ?? null,
        verifiedOn: fixed?.place.verifiedAt ?? null
      }
    }
    await ctx.repo.collection<AuditEntry>('audit_log').insert(entry)
    const stored = await tellReporter(ctx, { ...record, ...patch })
    return ok({ correction: toCorrectionView(stored), ...(fixed ? { place: fixed.place } : {}) })
  }
}

/**
 * 纠错 outcomes are told like a suggestion's steps: one subscribe message to the reporter where
 * they allowed one (the report's tap asks). The outcome is kept on the record, so a retried answer
 * sends only a message that did not go. Nothing once the reporter's link is purged.
 */
async function tellReporter(ctx: Context, r: CorrectionRecord): Promise<CorrectionRecord> {
  const row = toCorrectionMessageRow(r)
  if (!row || !r.reporterId || (r.notification && r.notification !== 'failed')) return r
  let notification: NonNullable<CorrectionRecord['notification']>
  try {
    notification = (
      await ctx.services.notifier.send(
        { kind: 'reply', touser: r.reporterId, suggestionId: r._id, ...correctionMessage(row) },
        row.at
      )
    ).status
  } catch (e) {
    console.error('[places] correction outcome message', e)
    notification = 'failed'
  }
  await corrections(ctx).update(r._id, { notification })
  return { ...r, notification }
}
