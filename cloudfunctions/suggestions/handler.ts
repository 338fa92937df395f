// suggestions: 一米建议. Identity is always the caller's openid from the platform; the client's
// id is the idempotency key, so a retried submit returns what was stored instead of a second row.
import { fail, ok } from '../../src/domain/errors'
import { RATE_LIMITS } from '../../src/domain/rate-limits'
import { findStreet } from '../../src/domain/streets'
import { recordConsent } from '../../src/domain/suggestions/consent'
import type { SuggestionOriginal } from '../../src/domain/staff/api'
import type { StreetMonthTally, SubmitAck } from '../../src/domain/suggestions/api'
import type { BoardItem, MySuggestion, PublicSuggestion, Suggestion } from '../../src/domain/suggestions/model'
import { toAck, toImageFiles, toMine, toPublic, toStatsRow, type StatsRow } from '../../src/domain/suggestions/egress'
import {
  RETENTION_KINDS,
  UNLINKED_AUTHOR,
  imageFiles,
  type RetainedSuggestion
} from '../../src/domain/suggestions/retention'
import {
  AUTHOR_RULE,
  authorEntry,
  canWithdraw,
  holdsAuthorData,
  withoutAuthorData
} from '../../src/domain/suggestions/withdraw'
import { appendHistory } from '../../src/domain/staff/workflow'
import type { CloudResult } from '../../src/domain/errors'
import {
  PUBLIC_BOARD,
  PUBLIC_STATS,
  boardSkip,
  statsSince,
  tallyStreetMonths,
  publicationAtSubmit,
  initialVisibility,
  isOnPublicBoard,
  isOwnRow,
  publicBoardWhere
} from '../../src/domain/suggestions/rules'
import { SIMILAR, parseSimilar, rankSimilar, similarReads } from '../../src/domain/suggestions/similar'
import { BOARD_FILTERS, boardFilter, isWithdrawn } from '../../src/domain/suggestions/status'
import { validateSuggestion } from '../../src/domain/suggestions/validate'
import { notifyStaffOfNew, notifyUrgent } from '../../server/services/staff-notice'
import { dangerReason, findDanger } from '../../src/domain/suggestions/safeguarding'
import { auditEntry, type AuditEntry } from '../../server/services/audit'
import { claimRateSlot } from '../../server/services/rate-limit'
import {
  CLEAN_RETRY_MESSAGE,
  claimFiles,
  type FileFields,
  cleanImages,
  notOwnUploadError
} from '../../server/adapters/file-storage'
import { reserveUpload } from '../../server/services/uploads'
import { imageUrlsOf } from '../../server/adapters/file-urls'
import { defineFunction, type Context } from '../../server/function'
import { claimRevision, deleteStoredData } from '../../server/services/personal-data'
import { authorClaim } from './author-claim'
import { followUp } from './follow-up'
import { myDataHandlers } from './my-data'
import { recordAudioVerdict, rememberAudioCheck, startAudioCheck } from './media-check'

interface SupportRecord {
  _id: string
  suggestionId: string
  openid: string
  at: string
}

// One statistics answer per database for PUBLIC_STATS.cacheMs: repeated anonymous calls cost nothing.
const statsCache = new WeakMap<object, { until: number; value: StreetMonthTally }>()

const suggestions = (ctx: Context) => ctx.repo.collection<Suggestion>('suggestions')

/**
 * The public view of rows, each with whether the caller supported it (已支持 on the board and in
 * the similar ones before sending); nobody's openid leaves the server.
 */
async function asBoardItems(ctx: Context, rows: readonly Suggestion[]): Promise<BoardItem[]> {
  const openid = ctx.caller.openid
  // The board's projection again, whatever the query read: a row not on the board is dropped.
  const shown = rows.map(toPublic).filter((p): p is PublicSuggestion => p !== null)
  const mine =
    openid && shown.length
      ? await ctx.repo
          .collection<SupportRecord>('supports')
          .find({ openid, suggestionId: { $in: shown.map((s) => s.id) } }, { limit: shown.length })
      : []
  const supported = new Set(mine.map((r) => r.suggestionId))
  return shown.map((s) => ({ ...s, supportedByMe: supported.has(s.id) }))
}

/**
 * The stored suggestion answers a repeat of its id, for its author only. What the first call was
 * to do after storing the row is done now if it died before (each step is idempotent): its
 * files claimed, and the staff of its area told.
 */
async function replay(ctx: Context, input: FileFields & { id: string }, openid: string) {
  const existing = await suggestions(ctx).get(input.id)
  if (!existing) return null
  if (!isOwnRow(existing, openid)) return fail<SubmitAck>('CONFLICT', '建议编号已被使用，请重新提交')
  await afterStored(ctx, existing, input, new Date(existing.createdAt))
  return ok(toAck(existing, true))
}

async function afterStored(ctx: Context, record: Suggestion, input: FileFields, at: Date) {
  await claimFiles(ctx.services.files, input, at)
  if (record.urgent) await flagUrgentAtSubmit(ctx, record)
  // 新建议提醒 to the staff of its area (a child in danger: the street admin and the district's
  // safeguarding contacts first, without the hourly cap); whatever happens there, the suggestion is in.
  const told = record.urgent ? await urgentNotices(ctx, record) : new Set<string>()
  await notifyStaffOfNew(ctx, record, told).catch((e) => console.error('[suggestions.submit] staff notice', e))
}

/**
 * The author's withdraw / delete: under the row's revision claim like any staff change, so a
 * worker's redaction cannot write the words back; files deleted as the purge does. Repeating it
 * answers the row as it is. The audit entry names what kinds went, never the data or the openid.
 */
async function authorStep(
  ctx: Context,
  id: unknown,
  step: 'withdraw' | 'delete',
  /** Deleting all their data (我的数据): the row's link to their account goes too. */
  unlink = false
): Promise<CloudResult<MySuggestion>> {
  const openid = ctx.caller.openid
  if (!openid) return fail('UNAUTHENTICATED')
  const s = typeof id === 'string' && id ? ((await suggestions(ctx).get(id)) as RetainedSuggestion | null) : null
  // Someone else's suggestion answers exactly like a missing one.
  if (!s || !isOwnRow(s, openid)) return fail('NOT_FOUND')
  if (step === 'withdraw') {
    if (isWithdrawn(s.status) && !holdsAuthorData(s)) return ok(toMine(s))
    if (!isWithdrawn(s.status) && !canWithdraw(s))
      return fail('VALIDATION', '已办结的建议不能撤回；你可以删除里面的个人信息')
  } else if (!holdsAuthorData(s) && !unlink) return ok(toMine(s))

  const at = ctx.now().toISOString()
  const entry = authorClaim(s, step === 'withdraw' ? 'withdraw' : 'delete_data', at, {
    from: s.status,
    contact: Boolean(s.contact),
    location: Boolean(s.location),
    images: imageFiles(s).length,
    voice: Boolean(s.audioFileId),
    unlinked: unlink
  })
  const { rev } = entry
  if (!(await claimRevision(ctx.repo, entry))) return fail('CONFLICT', '工作人员正在处理这条建议，请稍后再试')
  const due = RETENTION_KINDS.map((kind) => ({ kind, rule: AUTHOR_RULE }))
  // Words a redaction took out may still be quoted in a reply: read before the originals go.
  const original = s.redactedAt
    ? await ctx.repo.collection<SuggestionOriginal & { _id: string }>('suggestion_originals').get(s._id)
    : null
  const { fresh, removed, effective } = await deleteStoredData(ctx.repo, ctx.services.files, s, due, at)
  if (removed.failed.length) console.error('[suggestions.' + step + '] files not deleted', s._id, removed.failed.length)
  const keepOriginals = !effective.some((d) => d.kind === 'originals')
  const redacted = [original?.title ?? '', original?.text ?? ''].filter(Boolean)
  const next = withoutAuthorData(fresh, at, removed.failed, keepOriginals, redacted)
  const withdrawing = step === 'withdraw' && !isWithdrawn(fresh.status)
  const stored: RetainedSuggestion = {
    ...next,
    ...(withdrawing ? { status: 'withdrawn' as const } : {}),
    history: appendHistory(next.history, authorEntry(fresh, withdrawing ? 'withdraw' : 'delete', at)),
    // A file storage could not delete keeps the link: the purge finds it through its uploader.
    ...(unlink && removed.failed.length === 0 ? { authorId: UNLINKED_AUTHOR } : {}),
    rev,
    updatedAt: at
  }
  await suggestions(ctx).put(stored)
  return ok(toMine(stored))
}

/** The urgent flag's audit entry: the kinds only (the reason), never the words or the author. */
async function flagUrgentAtSubmit(ctx: Context, s: Suggestion): Promise<void> {
  const entry: AuditEntry = {
    ...auditEntry(ctx, 'urgent', s.urgent!.at, {
      suggestionId: s._id,
      detail: { source: 'words', reason: s.urgent!.reason }
    }),
    // One entry per suggestion: a retried submission (replay) finds it there.
    _id: `urgent-${s._id}`,
    actor: null,
    actorName: '系统',
    actorRole: 'system'
  }
  await ctx.repo.collection<AuditEntry>('audit_log').insert(entry)
}

/** The urgent notices (no hourly cap); the staff record ids told, so nobody gets a second message. */
async function urgentNotices(ctx: Context, s: Suggestion): Promise<Set<string>> {
  const results = await notifyUrgent(ctx, s).catch((e) => {
    console.error('[suggestions.submit] urgent notice', e)
    return []
  })
  return new Set(results.filter((r) => r.status === 'sent' || r.status === 'recorded').map((r) => r.staffId))
}

export const suggestionsFunction = defineFunction('suggestions', {
  async submit(req, ctx) {
    const openid = ctx.caller.openid
    if (!openid) return fail('UNAUTHENTICATED')
    const checked = validateSuggestion(req.suggestion)
    if (!checked.ok) return fail('VALIDATION', checked.errors[0].message, checked.errors[0].field)
    const input = checked.value

    const repeated = await replay(ctx, input, openid)
    if (repeated) return repeated
    // Only images this caller uploaded here: never someone else's file, nor another environment's.
    const notOwn = await notOwnUploadError(ctx.services.files, input, openid)
    if (notOwn) return fail('VALIDATION', notOwn.message, notOwn.field)
    // Whatever the phone did, the server's copy carries no EXIF/GPS and is the image it says.
    const unclean = await cleanImages(ctx.services.files, input)
    if (unclean === 'retry') return fail('INTERNAL', CLEAN_RETRY_MESSAGE)
    if (unclean) return fail('VALIDATION', unclean.message, unclean.field)

    const now = ctx.now()
    // Claimed before the content check (a paid network call) and never given back.
    if (!(await claimRateSlot(ctx.repo, RATE_LIMITS.submit, openid, now, input.id)))
      return fail('RATE_LIMITED', RATE_LIMITS.submit.message)

    const verdict = await ctx.services.contentCheck.checkText(`${input.title}\n${input.text}`, openid)
    const at = now.toISOString()
    const { id, consent, voiceConsent, ...content } = input
    // A recording's check answers later (media-check.ts): the row waits for it, or for a person.
    const audio = input.audioFileId ? await startAudioCheck(ctx, input.audioFileId, openid, verdict, at) : null
    // A child may be in danger (safeguarding.ts): flagged before the row is stored, so no read of
    // it, however early, can put it on the board.
    const danger = findDanger(input.title, input.text)
    const record: Suggestion = {
      ...content,
      ...recordConsent({ consent, voiceConsent }, now),
      _id: id,
      authorId: openid,
      visibility: initialVisibility(
        verdict,
        input.photoFileIds.length > 0 || Boolean(input.drawingFileId),
        Boolean(audio)
      ),
      ...(audio ? { audioCheck: audio.record } : {}),
      status: 'submitted',
      history: [{ status: 'submitted', at, by: 'author' }],
      replies: [],
      supportCount: 0,
      createdAt: at,
      updatedAt: at,
      ...(danger.length ? { urgent: { at, source: 'words' as const, by: '系统', reason: dangerReason(danger) } } : {})
    }
    // A child's words (and words about a child) wait for a person's 公开 before anyone else reads them.
    Object.assign(record, publicationAtSubmit(record))
    // Before the row: the trace id is kept nowhere else, so a row stored without it would wait
    // for a verdict nobody can record. (A check whose row never came finds no row to decide.)
    if (audio?.traceId) await rememberAudioCheck(ctx, audio.traceId, id, at)
    // Two copies of one retry can race past replay(): the database keeps the first.
    if ((await suggestions(ctx).insert(record)) === 'exists') return (await replay(ctx, input, openid))!
    await afterStored(ctx, record, input, now)
    return ok(toAck(record, false))
  },

  /** WeChat's push of an audio check's verdict (content-check.ts: mediaCheckPush), or the local stand-in's. */
  async mediaChecked(req, ctx) {
    return recordAudioVerdict(ctx, req.traceId, req.suggest)
  },

  /** WeChat: where the client may upload one image or recording (server/adapters/file-storage.ts). */
  async uploadSlot(req, ctx) {
    if (!ctx.caller.openid) return fail('UNAUTHENTICATED')
    return reserveUpload(ctx, ctx.caller.openid, req.ext)
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

  async imageUrls(req, ctx) {
    const s = typeof req.id === 'string' ? await suggestions(ctx).get(req.id) : null
    // The author only, as for get: storage is private, so these links are the only way in.
    if (!s || !isOwnRow(s, ctx.caller.openid)) return fail('NOT_FOUND')
    return ok(await imageUrlsOf(ctx.services.fileUrls, toImageFiles(s), ctx.now()))
  },

  async withdraw(req, ctx) {
    return authorStep(ctx, req.id, 'withdraw')
  },

  async deleteMyData(req, ctx) {
    return authorStep(ctx, req.id, 'delete')
  },

  ...myDataHandlers(authorStep),

  followUp,

  async support(req, ctx) {
    const openid = ctx.caller.openid
    if (!openid) return fail('UNAUTHENTICATED')
    const s = typeof req.id === 'string' ? await suggestions(ctx).get(req.id) : null
    if (!s || !isOnPublicBoard(s)) return fail('NOT_FOUND')
    const supports = ctx.repo.collection<SupportRecord>('supports')
    const record: SupportRecord = {
      _id: `${s._id}:${openid}`,
      suggestionId: s._id,
      openid,
      at: ctx.now().toISOString()
    }
    // Only a new support spends a slot: tapping again on one already supported stays free.
    const already = Boolean(await supports.get(record._id))
    if (!already && !(await claimRateSlot(ctx.repo, RATE_LIMITS.support, openid, ctx.now(), record._id)))
      return fail('RATE_LIMITED', RATE_LIMITS.support.message)
    const added = !already && (await supports.insert(record)) === 'inserted'
    // The count is recomputed from the support records, so it can never drift from them.
    const supportCount = await ctx.repo.collection('supports').count({ suggestionId: s._id })
    if (supportCount !== s.supportCount) await suggestions(ctx).update(s._id, { supportCount })
    return ok({ supportCount, added })
  },

  async similar(req, ctx) {
    const parsed = parseSimilar(req)
    if (!parsed.ok) return fail('VALIDATION', parsed.message, parsed.field)
    const reads = similarReads(parsed.value).map((where) =>
      suggestions(ctx).find(where, { orderBy: [['createdAt', 'desc']], limit: SIMILAR.candidates })
    )
    const rows = new Map((await Promise.all(reads)).flat().map((s) => [s._id, s]))
    return ok({ items: await asBoardItems(ctx, rankSimilar([...rows.values()], parsed.value)) })
  },

  async listPublic(req, ctx) {
    if (req.street !== undefined && !findStreet(String(req.street)))
      return fail('VALIDATION', '请选择渝中区的街道', 'street')
    const skip = boardSkip(req.skip)
    if (skip === null) return fail('VALIDATION', `只能往前翻 ${PUBLIC_BOARD.maxSkip} 条`, 'skip')
    const state = req.state === undefined ? BOARD_FILTERS[0] : boardFilter(req.state)
    if (!state) return fail('VALIDATION', '请选择要看的建议状态', 'state')
    const filter = { ...publicBoardWhere(state.key), ...(req.street ? { street: String(req.street) } : {}) }
    const page = await suggestions(ctx).find(filter, {
      orderBy: [['createdAt', 'desc']],
      skip,
      limit: PUBLIC_BOARD.page + 1
    })
    const shown = page.slice(0, PUBLIC_BOARD.page)
    return ok({
      items: await asBoardItems(ctx, shown),
      // The board ends where deep paging would be refused.
      hasMore: page.length > PUBLIC_BOARD.page && skip + PUBLIC_BOARD.page <= PUBLIC_BOARD.maxSkip
    })
  },

  async stats(_req, ctx) {
    const now = ctx.now().getTime()
    const cached = statsCache.get(ctx.repo)
    if (cached && cached.until > now) return ok(cached.value)
    const since = statsSince(ctx.now())
    const rows: StatsRow[] = []
    // Newest first in pages, to a fixed cap: a large table costs the same as a full one.
    while (rows.length < PUBLIC_STATS.maxRows) {
      const page = await suggestions(ctx).find(
        { visibility: 'visible', urgent: null, createdAt: { $gte: since } },
        { orderBy: [['createdAt', 'desc']], skip: rows.length, limit: PUBLIC_STATS.page }
      )
      rows.push(...page.map(toStatsRow).filter((r): r is StatsRow => r !== null))
      if (page.length < PUBLIC_STATS.page) break
    }
    const value = tallyStreetMonths(rows, since, rows.length >= PUBLIC_STATS.maxRows)
    statsCache.set(ctx.repo, { until: now + PUBLIC_STATS.cacheMs, value })
    return ok(value)
  }
})
