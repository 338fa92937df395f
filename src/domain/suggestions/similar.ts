// 先看看有没有人提过: before sending, the suggest flow shows up to three public suggestions about
// the same topic nearby (the same place, else the same street), open or taken up, each with
// 我也想要, so a duplicate becomes a vote. Only rows on the public board (publicBoardWhere), only their public
// view (toPublic), from a bounded read; sending anyway is always possible.
import { findStreet } from '../streets'
import { TOPICS, type Suggestion, type Topic } from './model'
import { publicBoardWhere } from './rules'

/** At most `max` shown, ranked from at most `candidates` rows read (newest first). */
export const SIMILAR = { max: 3, candidates: 30 } as const

export interface SimilarQuery {
  topic: Topic
  street?: string
  placeId?: string
}

const PLACE_ID = /^[\w:.-]{1,64}$/

/** The request checked: a topic, and a street or a place to be near. */
export function parseSimilar(raw: {
  topic?: unknown
  street?: unknown
  placeId?: unknown
}): { ok: true; value: SimilarQuery } | { ok: false; field: string; message: string } {
  const topic = TOPICS.find((t) => t.key === raw.topic)?.key
  if (!topic) return { ok: false, field: 'topic', message: '请选择建议类别' }
  const street = raw.street === undefined || raw.street === null || raw.street === '' ? undefined : raw.street
  if (street !== undefined && (typeof street !== 'string' || !findStreet(street)))
    return { ok: false, field: 'street', message: '请选择渝中区的街道' }
  const placeId = raw.placeId === undefined || raw.placeId === null || raw.placeId === '' ? undefined : raw.placeId
  if (placeId !== undefined && (typeof placeId !== 'string' || !PLACE_ID.test(placeId)))
    return { ok: false, field: 'placeId', message: '地点编号无效' }
  if (!street && !placeId) return { ok: false, field: 'street', message: '请先选择街道或地点' }
  return { ok: true, value: { topic, ...(street ? { street } : {}), ...(placeId ? { placeId } : {}) } }
}

/**
 * The database reads (each of at most SIMILAR.candidates rows, newest first): public rows of
 * this topic in the street; with a place, also the topic's rows anywhere (a place's neighbours
 * may have filed it under another street, or none); each for the taken-up rows and the open ones.
 */
export function similarReads(q: SimilarQuery) {
  // Open ones too: the usual duplicate is one the district has not answered yet.
  return (['taken', 'open'] as const).flatMap((state) => {
    const base = { ...publicBoardWhere(state), topic: q.topic }
    return [...(q.street ? [{ ...base, street: q.street }] : []), ...(q.placeId ? [base] : [])]
  })
}

type Candidate = Pick<Suggestion, '_id' | 'topic' | 'street' | 'location' | 'supportCount' | 'createdAt'>

/** 2: about the same place; 1: in the same street; 0: not nearby (not shown). */
export function nearness(s: Candidate, q: SimilarQuery): number {
  if (q.placeId && s.location?.placeId === q.placeId) return 2
  if (q.street && s.street === q.street) return 1
  return 0
}

/**
 * The ones to show: same topic and nearby, the same place before the same street, then the most
 * supported (what neighbours already want), then the newest. At most SIMILAR.max.
 */
export function rankSimilar<T extends Candidate>(rows: readonly T[], q: SimilarQuery, max: number = SIMILAR.max): T[] {
  return rows
    .filter((s) => s.topic === q.topic && nearness(s, q) > 0)
    .sort(
      (a, b) =>
        nearness(b, q) - nearness(a, q) ||
        b.supportCount - a.supportCount ||
        b.createdAt.localeCompare(a.createdAt) ||
        a._id.localeCompare(b._id)
    )
    .slice(0, max)
}
