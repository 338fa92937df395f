// Assisted entry: suggestions a worker collected offline (a child at a community event, an elder
// on the phone, a paper form) typed in one by one or as a batch. Each row goes through the same
// validateSuggestion as the citizen form. Its author is a marker, not the worker (the worker must
// not read the citizen's contact data through the citizen functions); enteredBy and the channel
// let the inbox and reports tell these rows apart.
import { fail, ok } from '../../src/domain/errors'
import type { BatchRowResult } from '../../src/domain/staff/api'
import { inScope } from '../../src/domain/staff/permissions'
import { findCommunity } from '../../src/domain/streets'
import type { SubmitAck } from '../../src/domain/suggestions/api'
import { recordConsent } from '../../src/domain/suggestions/consent'
import { toAck } from '../../src/domain/suggestions/egress'
import { ENTRY_CHANNELS, type EntryChannel, type Suggestion } from '../../src/domain/suggestions/model'
import { assistedAuthorId, publicationAtSubmit, initialVisibility } from '../../src/domain/suggestions/rules'
import { validateSuggestion, type FieldError } from '../../src/domain/suggestions/validate'
import { CLEAN_RETRY_MESSAGE, claimFiles, cleanImages, notOwnUploadError } from '../../server/adapters/file-storage'
import type { Context, Handler } from '../../server/function'
import { MAX_BATCH_ROWS } from '../../src/domain/staff/limits'
import { audit, denied, staffName, suggestions } from './access'

const BATCH_ID = /^[A-Za-z0-9_-]{6,40}$/
// Content checks are network calls on WeChat: a few at a time keeps a batch within the timeout.
const PARALLEL = 5

type Row = { ok: true; ack: SubmitAck } | { ok: false; errors: FieldError[] }
type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

const channelOf = (raw: unknown): EntryChannel | undefined =>
  (Object.keys(ENTRY_CHANNELS) as EntryChannel[]).find((c) => c === raw)
const CHANNEL_MESSAGE = `请选择收集方式：${Object.values(ENTRY_CHANNELS).join('、')}`

interface Place {
  street?: string
  community?: string
}

/** A worker with exactly one community needs no picker: rows without a place land there. */
function defaultPlace(ctx: Context, requested: unknown): Place {
  if (isObj(requested)) {
    const street = typeof requested.street === 'string' ? requested.street : undefined
    const community = typeof requested.community === 'string' ? requested.community : undefined
    if (street || community) return { ...(street ? { street } : {}), ...(community ? { community } : {}) }
  }
  const own = ctx.caller.scope.communities ?? []
  if (ctx.caller.role === 'community_worker' && own.length === 1)
    return { street: own[0].slice(0, 9), community: own[0] }
  if (ctx.caller.role === 'street_admin' && ctx.caller.scope.street) return { street: ctx.caller.scope.street }
  return {}
}

function withPlace(raw: unknown, place: Place, id?: string): unknown {
  if (!isObj(raw)) return raw
  const out: Obj = { ...raw }
  if (id && (out.id === undefined || out.id === '')) out.id = id
  if (!out.street && !out.community) Object.assign(out, place)
  return out
}

async function enterOne(ctx: Context, raw: unknown, channel: EntryChannel): Promise<Row> {
  const openid = ctx.caller.openid!
  const checked = validateSuggestion(raw)
  if (!checked.ok) return { ok: false, errors: checked.errors }
  const { id, consent, voiceConsent, ...content } = checked.value
  // The street follows from the community, so the street admin sees the row too.
  const street = content.street ?? (content.community ? findCommunity(content.community)?.street.code : undefined)
  if (!inScope(ctx.caller, { street, community: content.community })) {
    const field = ctx.caller.role === 'community_worker' ? 'community' : 'street'
    return {
      ok: false,
      errors: [{ field, message: field === 'community' ? '请选择你负责的社区' : '请选择你负责的街道' }]
    }
  }
  const replay = async (): Promise<Row> => {
    const existing = await suggestions(ctx).get(id)
    if (existing && existing.enteredById === openid) return { ok: true, ack: toAck(existing, true) }
    return { ok: false, errors: [{ field: 'id', message: '建议编号已被使用，请重新生成' }] }
  }
  if (await suggestions(ctx).get(id)) return replay()
  // Images only if this worker uploaded them here (a photo of the paper form, say).
  const notOwn = await notOwnUploadError(ctx.services.files, content, openid)
  if (notOwn) return { ok: false, errors: [notOwn] }
  const unclean = await cleanImages(ctx.services.files, content)
  if (unclean)
    return {
      ok: false,
      errors: [unclean === 'retry' ? { field: 'photoFileIds', message: CLEAN_RETRY_MESSAGE } : unclean]
    }

  const verdict = await ctx.services.contentCheck.checkText(`${content.title}\n${content.text}`, openid)
  const at = ctx.now().toISOString()
  const by = staffName(ctx.caller)
  const record: Suggestion = {
    ...content,
    // A guardian's consent given on paper or by phone is recorded when the worker enters it.
    ...recordConsent({ consent, voiceConsent }, ctx.now()),
    ...(street ? { street } : {}),
    _id: id,
    authorId: assistedAuthorId(id),
    visibility: initialVisibility(verdict, content.photoFileIds.length > 0 || Boolean(content.drawingFileId)),
    status: 'submitted',
    history: [{ status: 'submitted', at, by, note: `代录 · ${ENTRY_CHANNELS[channel]}` }],
    replies: [],
    supportCount: 0,
    createdAt: at,
    updatedAt: at,
    enteredBy: by,
    enteredById: openid,
    channel
  }
  // Assisted: its words wait for a person's 公开 like a child's (needsPublicationApproval).
  Object.assign(record, publicationAtSubmit(record))
  if ((await suggestions(ctx).insert(record)) === 'exists') return replay()
  await claimFiles(ctx.services.files, content, ctx.now())
  return { ok: true, ack: toAck(record, false) }
}

export const enter: Handler<'staff', 'enter'> = async (req, ctx) => {
  const refused = denied(ctx, 'enter')
  if (refused) return refused
  const channel = channelOf(req.channel)
  if (!channel) return fail('VALIDATION', CHANNEL_MESSAGE, 'channel')
  const row = await enterOne(ctx, withPlace(req.suggestion, defaultPlace(ctx, null)), channel)
  if (!row.ok) return fail('VALIDATION', row.errors[0].message, row.errors[0].field)
  // Keyed by the row: a retry (a duplicate) writes the entry its first call died before.
  await audit(ctx, 'enter', { suggestionId: row.ack.id, detail: { channel } }, row.ack.id)
  return ok(row.ack)
}

/** The first two rows (1-based) with one id and different content; null when there are none. */
function sameIdOtherContent(rows: readonly unknown[]): [number, number] | null {
  const seen = new Map<string, { row: number; content: string }>()
  for (const [i, raw] of rows.entries()) {
    const id = isObj(raw) && typeof raw.id === 'string' ? raw.id : null
    if (!id) continue
    const content = JSON.stringify(raw)
    const first = seen.get(id)
    if (first && first.content !== content) return [first.row, i + 1]
    if (!first) seen.set(id, { row: i + 1, content })
  }
  return null
}

export const enterBatch: Handler<'staff', 'enterBatch'> = async (req, ctx) => {
  const refused = denied(ctx, 'enter')
  if (refused) return refused
  const channel = channelOf(req.channel)
  if (!channel) return fail('VALIDATION', CHANNEL_MESSAGE, 'channel')
  if (typeof req.batchId !== 'string' || !BATCH_ID.test(req.batchId))
    return fail('VALIDATION', '批次编号无效，请重新生成', 'batchId')
  if (!Array.isArray(req.rows) || req.rows.length === 0) return fail('VALIDATION', '没有要录入的建议', 'rows')
  if (req.rows.length > MAX_BATCH_ROWS)
    return fail('VALIDATION', `一次最多录入 ${MAX_BATCH_ROWS} 条，请分批提交`, 'rows')
  const place = defaultPlace(ctx, req.defaults)
  const batchId = req.batchId
  // Rows without an id get one from the batch, so sending the same batch again adds nothing.
  const rows = req.rows.map((raw, i) => withPlace(raw, place, `${batchId}-${String(i + 1).padStart(3, '0')}`))
  const clash = sameIdOtherContent(rows)
  if (clash)
    return fail(
      'VALIDATION',
      `第 ${clash[0]} 行和第 ${clash[1]} 行的编号相同，内容却不一样：请给其中一行换一个编号`,
      'rows'
    )
  const results: BatchRowResult[] = new Array(rows.length)
  for (let start = 0; start < rows.length; start += PARALLEL) {
    await Promise.all(
      rows.slice(start, start + PARALLEL).map(async (raw, k) => {
        const i = start + k
        const r = await enterOne(ctx, raw, channel)
        results[i] = r.ok
          ? { row: i + 1, ok: true, id: r.ack.id, duplicate: r.ack.duplicate, visibility: r.ack.visibility }
          : { row: i + 1, ok: false, errors: r.errors }
      })
    )
  }
  const inserted = results.filter((r) => r.ok && !r.duplicate).length
  const duplicates = results.filter((r) => r.ok && r.duplicate).length
  const failed = results.filter((r) => !r.ok).length
  if (inserted > 0) await audit(ctx, 'enter', { detail: { channel, batchId, inserted, failed } })
  return ok({ results, inserted, duplicates, failed })
}
