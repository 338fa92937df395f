// suggestions: 一米建议. Identity is always the caller's openid from the platform; the client's
// id is the idempotency key, so a retried submit returns what was stored instead of a second row.
import { fail, ok } from '../../src/domain/errors'
import { findStreet } from '../../src/domain/streets'
import type { StreetMonthCount, SubmitAck } from '../../src/domain/suggestions/api'
import type { Suggestion } from '../../src/domain/suggestions/model'
import {
  PUBLIC_BOARD,
  PUBLIC_STATUSES,
  boardSkip,
  RATE_LIMIT,
  initialVisibility,
  isOwnRow,
  toMine,
  toPublic
} from '../../src/domain/suggestions/rules'
import { validateSuggestion } from '../../src/domain/suggestions/validate'
import { defineFunction, type Context } from '../../server/runtime/function'

interface SupportRecord {
  _id: string
  suggestionId: string
  openid: string
  at: string
}

const suggestions = (ctx: Context) => ctx.repo.collection<Suggestion>('suggestions')

const ack = (s: Suggestion, duplicate: boolean): SubmitAck => ({
  id: s._id,
  status: s.status,
  visibility: s.visibility,
  createdAt: s.createdAt,
  duplicate
})

/** The stored suggestion answers a repeat of its id, for its author only. */
async function replay(ctx: Context, id: string, openid: string) {
  const existing = await suggestions(ctx).get(id)
  if (!existing) return null
  return isOwnRow(existing, openid)
    ? ok(ack(existing, true))
    : fail<SubmitAck>('CONFLICT', '建议编号已被使用，请重新提交')
}

export const suggestionsFunction = defineFunction('suggestions', {
  async submit(req, ctx) {
    const openid = ctx.caller.openid
    if (!openid) return fail('UNAUTHENTICATED')
    const checked = validateSuggestion(req.suggestion)
    if (!checked.ok) return fail('VALIDATION', checked.errors[0].message, checked.errors[0].field)
    const input = checked.value

    const repeated = await replay(ctx, input.id, openid)
    if (repeated) return repeated

    const now = ctx.now()
    const since = new Date(now.getTime() - RATE_LIMIT.windowMs).toISOString()
    if ((await suggestions(ctx).count({ authorId: openid, createdAt: { $gte: since } })) >= RATE_LIMIT.max) {
      return fail('RATE_LIMITED', `每小时最多提交 ${RATE_LIMIT.max} 条建议，请稍后再试`)
    }

    const verdict = await ctx.services.contentCheck.checkText(`${input.title}\n${input.text}`, openid)
    const at = now.toISOString()
    const { id, ...content } = input
    const record: Suggestion = {
      ...content,
      _id: id,
      authorId: openid,
      visibility: initialVisibility(verdict, input.photoFileIds.length > 0 || Boolean(input.drawingFileId)),
      status: 'submitted',
      history: [{ status: 'submitted', at, by: 'author' }],
      replies: [],
      supportCount: 0,
      createdAt: at,
      updatedAt: at
    }
    // Two copies of one retry can race past replay(): the database keeps the first.
    if ((await suggestions(ctx).insert(record)) === 'exists') return (await replay(ctx, id, openid))!
    return ok(ack(record, false))
  },

  async listMine(_req, ctx) {
    if (!ctx.caller.openid) return fail('UNAUTHENTICATED')
    const mine = await suggestions(ctx).find(
      { authorId: ctx.caller.openid },
      { orderBy: [['createdAt', 'desc']], limit: 100 }
    )
    // Rows a worker typed in for a citizen are never "mine" for the worker (legacy rows kept the
    // worker as author): their contact data is reached only through the logged openContact step.
    return ok({ items: mine.filter((s) => isOwnRow(s, ctx.caller.openid)).map(toMine) })
  },

  async get(req, ctx) {
    const s = typeof req.id === 'string' ? await suggestions(ctx).get(req.id) : null
    // Someone else's suggestion answers exactly like a missing one.
    if (!s || !isOwnRow(s, ctx.caller.openid)) return fail('NOT_FOUND')
    return ok(toMine(s))
  },

  async support(req, ctx) {
    const openid = ctx.caller.openid
    if (!openid) return fail('UNAUTHENTICATED')
    const s = typeof req.id === 'string' ? await suggestions(ctx).get(req.id) : null
    if (!s || s.visibility !== 'visible' || !PUBLIC_STATUSES.includes(s.status)) return fail('NOT_FOUND')
    const record: SupportRecord = {
      _id: `${s._id}:${openid}`,
      suggestionId: s._id,
      openid,
      at: ctx.now().toISOString()
    }
    const added = (await ctx.repo.collection<SupportRecord>('supports').insert(record)) === 'inserted'
    // The count is recomputed from the support records, so it can never drift from them.
    const supportCount = await ctx.repo.collection('supports').count({ suggestionId: s._id })
    if (supportCount !== s.supportCount) await suggestions(ctx).update(s._id, { supportCount })
    return ok({ supportCount, added })
  },

  async listPublic(req, ctx) {
    if (req.street !== undefined && !findStreet(String(req.street)))
      return fail('VALIDATION', '请选择渝中区的街道', 'street')
    const skip = boardSkip(req.skip)
    if (skip === null) return fail('VALIDATION', `只能往前翻 ${PUBLIC_BOARD.maxSkip} 条`, 'skip')
    const filter = {
      status: { $in: PUBLIC_STATUSES },
      visibility: 'visible',
      ...(req.street ? { street: String(req.street) } : {})
    }
    const page = await suggestions(ctx).find(filter, {
      orderBy: [['createdAt', 'desc']],
      skip,
      limit: PUBLIC_BOARD.page + 1
    })
    return ok({
      items: page.slice(0, PUBLIC_BOARD.page).map(toPublic),
      // The board ends where deep paging would be refused.
      hasMore: page.length > PUBLIC_BOARD.page && skip + PUBLIC_BOARD.page <= PUBLIC_BOARD.maxSkip
    })
  },

  async stats(_req, ctx) {
    const counts = new Map<string, StreetMonthCount>()
    const visible = await suggestions(ctx).find({ visibility: 'visible' }, { limit: 1000 })
    for (const s of visible) {
      const street = s.street ?? 'unknown'
      const month = s.createdAt.slice(0, 7)
      const key = `${street}|${month}`
      const c = counts.get(key) ?? { street, month, submitted: 0, adopted: 0 }
      c.submitted += 1
      if (PUBLIC_STATUSES.includes(s.status)) c.adopted += 1
      counts.set(key, c)
    }
    return ok({
      byStreetMonth: [...counts.values()].sort(
        (a, b) => b.month.localeCompare(a.month) || a.street.localeCompare(b.street)
      )
    })
  }
})
