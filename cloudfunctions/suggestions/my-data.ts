// 我的数据 (src/domain/suggestions/my-data.ts): everything linked to the caller's account, listed;
// and all of it deleted in one call. Only the caller's own data, found by their openid: their rows
// (never a worker's assisted rows), their supports, the 纠错 they reported, their unsent uploads,
// their activity sign-ups, their childcare visit requests, their place on the children's council,
// their 快问快答 answers.
// Each row goes through the author's own deletion (the row's revision claim, files deleted as the
// purge does) and loses its link to the account; a row a worker is changing at that moment is
// left for the next try and counted as busy.
import { fail, ok, type CloudResult } from '../../src/domain/errors'
import { toMyCorrection, type CorrectionRecord } from '../../src/domain/places/corrections'
import type { MySuggestion, Suggestion } from '../../src/domain/suggestions/model'
import type { MyDataDeleted, MySupport, MyUpload } from '../../src/domain/suggestions/my-data'
import { isLinkedToAuthor } from '../../src/domain/suggestions/retention'
import { toMine, toPublic } from '../../src/domain/suggestions/egress'
import { isOwnRow } from '../../src/domain/suggestions/rules'
import { IMAGE_EXTS, type UploadRecord } from '../../server/adapters/file-storage'
import type { Context, Handler } from '../../server/function'
import type { Doc, Filter } from '../../server/adapters/repository'
import { deleteUploads } from '../../server/services/uploads'
import { forgetSignUps, mySignUpsForData } from '../../server/services/activity-seats'
import { forgetRepresentative, myCouncilForData } from '../../server/services/council'
import { forgetMyPollAnswers, myPollAnswersForData } from '../../server/services/polls'
import { forgetVisits, myVisitsForData } from '../../server/services/visits'

interface SupportRecord {
  _id: string
  suggestionId: string
  openid?: string
  at?: string
}

type AuthorStep = (ctx: Context, id: unknown, step: 'delete', unlink: boolean) => Promise<CloudResult<MySuggestion>>

const PAGE = 200

/** Every record of a collection matching `filter`, in _id order. */
async function all<T extends Doc>(ctx: Context, name: Parameters<Context['repo']['collection']>[0], filter: Filter) {
  const col = ctx.repo.collection<T>(name)
  const out: T[] = []
  for (;;) {
    const after: Filter = out.length ? { _id: { $gt: out[out.length - 1]._id } } : {}
    const page = await col.find({ ...filter, ...after }, { orderBy: [['_id', 'asc']], limit: PAGE })
    out.push(...page)
    if (page.length < PAGE) return out
  }
}

const isImage = (path: string) => IMAGE_EXTS.some((ext) => path.endsWith(`.${ext}`))

export function myDataHandlers(authorStep: AuthorStep) {
  const myData: Handler<'suggestions', 'myData'> = async (_req, ctx) => {
    const openid = ctx.caller.openid
    if (!openid) return fail('UNAUTHENTICATED')
    const rows = (await all<Suggestion>(ctx, 'suggestions', { authorId: openid })).filter((s) => isOwnRow(s, openid))
    const supports: MySupport[] = []
    for (const r of await all<SupportRecord>(ctx, 'supports', { openid })) {
      const s = await ctx.repo.collection<Suggestion>('suggestions').get(r.suggestionId)
      // Only what the board shows of it: a suggestion taken off the board shows no words here.
      supports.push({ title: (s && toPublic(s)?.title) ?? null, at: r.at ?? '' })
    }
    const corrections = await all<CorrectionRecord>(ctx, 'corrections', { reporterId: openid })
    const uploads = await all<UploadRecord>(ctx, 'uploads', { owner: openid, claimedAt: null })
    const pendingUploads: MyUpload[] = uploads.map((u) => ({ kind: isImage(u.path) ? 'image' : 'recording', at: u.at }))
    return ok({
      generatedAt: ctx.now().toISOString(),
      suggestions: rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map(toMine),
      supports: supports.sort((a, b) => b.at.localeCompare(a.at)),
      corrections: corrections.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map(toMyCorrection),
      pendingUploads,
      activitySignUps: await mySignUpsForData(ctx, openid),
      visitRequests: await myVisitsForData(ctx, openid),
      council: await myCouncilForData(ctx, openid),
      pollAnswers: await myPollAnswersForData(ctx, openid)
    })
  }

  const deleteAllMyData: Handler<'suggestions', 'deleteAllMyData'> = async (req, ctx) => {
    const openid = ctx.caller.openid
    if (!openid) return fail('UNAUTHENTICATED')
    if (req.confirmed !== true) return fail('VALIDATION', '请先确认要删除的内容', 'confirmed')
    const at = ctx.now().toISOString()
    const done: MyDataDeleted = {
      suggestions: 0,
      supports: 0,
      corrections: 0,
      uploads: 0,
      activitySignUps: 0,
      visitRequests: 0,
      council: 0,
      pollAnswers: 0,
      busy: 0,
      filesFailed: 0
    }

    const rows = (await all<Suggestion>(ctx, 'suggestions', { authorId: openid })).filter((s) => isOwnRow(s, openid))
    for (const s of rows) {
      const r = await authorStep(ctx, s._id, 'delete', true)
      if (!r.ok) done.busy += 1
      else if (isLinkedToAuthor((await ctx.repo.collection<Suggestion>('suggestions').get(s._id)) ?? s))
        done.filesFailed += 1
      else done.suggestions += 1
    }

    // 我也想要: the person's support goes; each count is recounted from the records that stay,
    // before the record goes: a call that dies in between leaves the record for its retry to
    // find, where the other order would leave a count no retry corrects.
    const supports = ctx.repo.collection<SupportRecord>('supports')
    for (const r of await all<SupportRecord>(ctx, 'supports', { openid })) {
      const supportCount = await supports.count({ suggestionId: r.suggestionId, _id: { $ne: r._id } })
      await ctx.repo.collection<Suggestion>('suggestions').update(r.suggestionId, { supportCount })
      if (await supports.remove(r._id)) done.supports += 1
    }

    // 纠错: the report stays with the district (it is about a place); who sent it does not.
    const corrections = ctx.repo.collection<CorrectionRecord>('corrections')
    for (const r of await all<CorrectionRecord>(ctx, 'corrections', { reporterId: openid }))
      if (await corrections.update(r._id, { reporterId: null, reporterPurgedAt: at })) done.corrections += 1

    // 活动报名: deleted outright (the activity stays the district's record); a seat passes on.
    done.activitySignUps = await forgetSignUps(ctx, openid)

    // 预约参观: deleted outright (nothing of a request is the district's record).
    done.visitRequests = await forgetVisits(ctx, openid)

    // 儿童议事会: their picks go, then they stop being a representative (the record of the
    // council keeps the nickname; the guardian's phone goes by the retention table).
    done.council = await forgetRepresentative(ctx, openid, at)

    // 快问快答: the answers go; a running poll counts without them, a counted one keeps its counts.
    done.pollAnswers = await forgetMyPollAnswers(ctx, openid)

    const uploads = await deleteUploads(ctx.repo, ctx.services.files, openid)
    done.uploads = uploads.deleted
    done.filesFailed += uploads.failed
    return ok(done)
  }

  return { myData, deleteAllMyData }
}
