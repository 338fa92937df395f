/**
 * Property-based: random rows — a child's, a parent's for a child, a worker's assisted entry, an
 * adult's own; every status, publication and visibility; redactions; photos, drawings and
 * recordings; contacts and positions; replies from templates and in free text, quoting the author
 * or naming a phone, approved or waiting; notes; 解决了吗 sentences; withdrawn or deleted by the
 * author — through every way out (fields.ts). Each row's words carry tokens of their own, so what
 * an answer holds can be traced back to where it came from. What a person approved is decided by
 * the generator (the publication it gives a row or a reply), not by the rules under test.
 */
import fc from 'fast-check'
import { findPersonalInfo, redactText } from '../../staff/mask'
import { newSuggestionMessage, replyMessage } from '../../staff/message'
import { toCsv, toOpen311 } from '../../staff/export'
import { fillTemplate } from '../../staff/templates'
import { STREETS } from '../../streets'
import { STATUSES, type Publication, type Reply, type Status, type Suggestion, type Visibility } from '../model'
import { canWithdraw, withoutAuthorData } from '../withdraw'
import {
  EXPORT_FIELDS,
  INBOX_FIELDS,
  MINE_FIELDS,
  PUBLIC_FIELDS,
  STAFF_FIELDS,
  TARGET_ROW_FIELDS,
  toAck,
  toExportRow,
  toImageFiles,
  toInboxItem,
  toMine,
  toPublic,
  toCouncilRow,
  COUNCIL_ROW_FIELDS,
  toReplyMessageRow,
  toReportRow,
  toStaffNoticeRow,
  toStaffSuggestion,
  toStatsRow,
  toTargetRow
} from '.'
import { countRelated } from '../../policy/related'
import { ALLOWED, CLOCK } from '../../../../tests/fixtures/egress'

type Kind = 'child' | 'for_child' | 'assisted' | 'adult'

/** Things people write that findPersonalInfo is there to catch. */
const PERSONAL = [
  '我叫王小明',
  '电话13900139000',
  '在人和街小学读书',
  '家住民生路12号',
  '3栋2单元501室',
  '微信号 abcdef123'
]

interface ReplySpec {
  how: 'template' | 'quote' | 'personal' | 'plain'
  personal: number
  approved: boolean | 'legacy'
}

interface Spec {
  kind: Kind
  status: Status
  visibility: Visibility
  hiddenFrom: Exclude<Visibility, 'hidden'>
  approved: boolean | 'legacy'
  overrideSpans: boolean
  titlePersonal: number | null
  textPersonal: number | null
  transcript: boolean
  redact: boolean
  replies: ReplySpec[]
  note: 'none' | 'quote' | 'personal'
  followUp: boolean
  contact: boolean
  location: 'none' | 'map' | 'current' | 'street' | 'place'
  images: boolean
  audio: boolean
  authorStep: 'none' | 'withdraw' | 'delete'
  street: string
  urgent: boolean
  /** Written about a policy item (a 2026 target) or a place, from its page. */
  about: 'none' | 'policy' | 'place'
}

const personalIndex = fc.option(fc.integer({ min: 0, max: PERSONAL.length - 1 }), { nil: null })
const spec: fc.Arbitrary<Spec> = fc.record({
  kind: fc.constantFrom<Kind>('child', 'for_child', 'assisted', 'adult'),
  status: fc.constantFrom(...(Object.keys(STATUSES) as Status[])),
  visibility: fc.constantFrom<Visibility>('visible', 'visible', 'pending_review', 'blocked', 'hidden'),
  hiddenFrom: fc.constantFrom<Exclude<Visibility, 'hidden'>>('visible', 'pending_review', 'blocked'),
  approved: fc.constantFrom<boolean | 'legacy'>(true, false, 'legacy'),
  overrideSpans: fc.boolean(),
  titlePersonal: personalIndex,
  textPersonal: personalIndex,
  transcript: fc.boolean(),
  redact: fc.boolean(),
  replies: fc.array(
    fc.record({
      how: fc.constantFrom<ReplySpec['how']>('template', 'quote', 'personal', 'plain'),
      personal: fc.integer({ min: 0, max: PERSONAL.length - 1 }),
      approved: fc.constantFrom<boolean | 'legacy'>(true, false, 'legacy')
    }),
    { maxLength: 3 }
  ),
  note: fc.constantFrom<Spec['note']>('none', 'quote', 'personal'),
  followUp: fc.boolean(),
  contact: fc.boolean(),
  location: fc.constantFrom<Spec['location']>('none', 'map', 'current', 'street', 'place'),
  images: fc.boolean(),
  audio: fc.boolean(),
  authorStep: fc.constantFrom<Spec['authorStep']>('none', 'none', 'withdraw', 'delete'),
  street: fc.constantFrom(...STREETS.map((s) => s.code)),
  urgent: fc.boolean(),
  about: fc.constantFrom<Spec['about']>('none', 'policy', 'place')
})

const AT = '2026-11-28T02:00:00.000Z'
const LAT = 29.556123457
const LNG = 106.571234567

/** The tokens a row's author wrote (tokens avoid every pattern findPersonalInfo knows). */
const authorToken = (n: number, where: string) => `zt${n}${where}`
const staffToken = (n: number, i: number) => `rp${n}k${i}`
const urgentToken = (n: number) => `ug${n}x`
/** The id of what a row was written about (a policy item or a place). */
const aboutToken = (n: number) => `ab${n}ref`

function build(n: number, s: Spec): { row: Suggestion; needsApproval: boolean } {
  const needsApproval = s.kind !== 'adult'
  const publication: Publication | undefined =
    s.approved === 'legacy' ? undefined : needsApproval ? (s.approved ? 'approved' : 'pending') : 'auto'
  const withPersonal = (base: string, i: number | null) => (i === null ? base : `${base}，${PERSONAL[i]}`)
  let title = withPersonal(authorToken(n, 'a'), s.titlePersonal)
  let text = withPersonal(`想要秋千${authorToken(n, 'b')}`, s.textPersonal)
  if (s.redact) {
    title = redactText(title, findPersonalInfo(title)).text
    text = redactText(text, findPersonalInfo(text)).text
  }
  const replyOf = (r: ReplySpec, i: number): Reply => {
    const own = staffToken(n, i)
    const words = {
      template: fillTemplate(`您好，{社区}已收到您关于“{标题}”的建议 ${own}`, { street: s.street, topic: 'play' }),
      // An old template put the title in; a worker may quote the text.
      quote: `关于“${title}”：${own}，你说“${text}”`,
      personal: `${own} 请打${PERSONAL[r.personal]}`,
      plain: `已经转给街道 ${own}`
    }[r.how]
    const state: Publication | undefined =
      r.approved === 'legacy' ? undefined : needsApproval ? (r.approved ? 'approved' : 'pending') : 'auto'
    return {
      id: `reply-${n}-${i}-xx`,
      at: `2026-11-29T0${i}:00:00.000Z`,
      by: '社工',
      text: words,
      textForChildren: `${words}（给小朋友）`,
      ...(state ? { publication: state } : {})
    }
  }
  const words = `${title}\n${text}`
  const row: Suggestion = {
    _id: `row-${n}-xxxx`,
    authorId: s.kind === 'assisted' ? `assisted:row-${n}` : `o-author-${n}`,
    mode: s.kind === 'child' ? 'child' : 'adult',
    topic: 'play',
    title,
    text,
    ...(s.transcript ? { transcript: `录音里说 ${authorToken(n, 'c')}，${PERSONAL[0]}` } : {}),
    photoFileIds: s.images ? [`local://files/p${n}.jpg`] : [],
    ...(s.images ? { drawingFileId: `local://files/d${n}.png` } : {}),
    ...(s.audio ? { audioFileId: `local://files/v${n}.mp3`, audioDurationMs: 3000 } : {}),
    ...(s.location !== 'none'
      ? {
          location: {
            latitude: LAT,
            longitude: LNG,
            source: s.location,
            ...(s.location === 'place' ? { placeId: 'p1', placeName: '鹅岭公园' } : {}),
            ...(s.location === 'map' ? { placeName: `${PERSONAL[3]}` } : {})
          }
        }
      : {}),
    street: s.street,
    ...(s.about !== 'none' ? { prefill: { source: s.about, refId: aboutToken(n) } } : {}),
    ...(s.kind === 'child' || s.kind === 'for_child' ? { ageGroup: '6to9' as const } : {}),
    onBehalfOfChild: s.kind === 'for_child',
    ...(s.contact ? { contact: { name: `联系人${n}`, phone: '13811112222' } } : {}),
    ...(s.kind === 'assisted' ? { channel: 'paper' as const, enteredBy: '社工', enteredById: 'o-worker' } : {}),
    visibility: s.visibility,
    ...(s.visibility === 'hidden' ? { hidden: { at: AT, by: '社工', reason: '先看看', from: s.hiddenFrom } } : {}),
    ...(publication ? { publication } : {}),
    // An admin who published words that still looked personal let exactly those spans out.
    ...(publication === 'approved' && s.overrideSpans ? { approvedSpans: findPersonalInfo(words) } : {}),
    ...(s.redact ? { redactedAt: AT } : {}),
    status: s.status,
    history: [
      { status: 'submitted', at: AT, by: 'author' },
      ...(s.note === 'none'
        ? []
        : [
            {
              status: s.status,
              at: AT,
              by: '社工',
              note: s.note === 'quote' ? `孩子说“${text}”` : `家长${PERSONAL[1]}`
            }
          ])
    ],
    replies: s.replies.map(replyOf),
    supportCount: 2,
    createdAt: AT,
    updatedAt: AT,
    ...(s.urgent ? { urgent: { at: AT, source: 'staff' as const, by: '社工', reason: `紧急 ${urgentToken(n)}` } } : {}),
    ...(s.followUp
      ? {
          followUps: [
            { answer: 'not_yet' as const, at: AT, closedAt: AT, text: `还没好 ${authorToken(n, 'd')} ${PERSONAL[2]}` }
          ]
        }
      : {})
  }
  if (s.authorStep === 'none') return { row, needsApproval }
  const gone = withoutAuthorData(row, AT)
  return {
    row: s.authorStep === 'withdraw' && canWithdraw(row) ? { ...gone, status: 'withdrawn' } : gone,
    needsApproval
  }
}

/** Every string an answer holds. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

const outbound = (row: Suggestion) => ({
  public: toPublic(row),
  council: toCouncilRow(row),
  export: [toCsv([toExportRow(row)]), toOpen311([toExportRow(row)]), toExportRow(row)],
  messages: [
    ...row.replies.map((r) => replyMessage(toReplyMessageRow(row, r))),
    newSuggestionMessage(toStaffNoticeRow(row))
  ],
  figures: [toStatsRow(row), toReportRow(row), toAck(row, false), toTargetRow(row)]
})

describe('every way out, for any row, reply, moderation step and state', () => {
  it('lets out no unreviewed author text, nothing personal, no precise point of a child, no extra key', () => {
    let n = 0
    fc.assert(
      fc.property(spec, (s) => {
        n++
        const { row, needsApproval } = build(n, s)
        const out = outbound(row)
        const words = row.publication === 'approved' || (!needsApproval && row.publication === 'auto')
        const deleted = s.authorStep !== 'none'

        // A row flagged urgent is never public in any form: not on the board (nor the similar ones
        // before sending, which use the same projection), not in the public figures; its reason
        // goes nowhere outside the staff views.
        if (row.urgent) expect([out.public, out.figures[0], out.council]).toEqual([null, null, null])
        // A council sees exactly the rows on the board, in the board's words.
        expect(out.council === null).toBe(out.public === null)
        if (out.council && out.public)
          expect([out.council.title, out.council.text]).toEqual([out.public.title, out.public.text])
        for (const where of [out, toMine(row)]) expect(JSON.stringify(where)).not.toContain(urgentToken(n))

        // On the board only what the district took up, reviewed, approved.
        if (out.public)
          expect([
            ['adopted', 'closed'].includes(row.status),
            row.visibility === 'visible',
            words || (row.publication === 'auto' && !needsApproval)
          ]).toEqual([true, true, true])

        // Author tokens: only where their words were approved, or inside a reply a person approved.
        const approvedReplyText = row.replies
          .filter((r) => r.publication === 'approved' || r.publication === 'auto' || (!r.publication && !needsApproval))
          .map((r) => r.text)
          .join('\n')
        for (const where of ['a', 'b', 'c', 'd']) {
          const token = authorToken(n, where)
          const json = JSON.stringify(out)
          if (!json.includes(token)) continue
          if (deleted) throw new Error(`${token} of a deleted row went out`)
          if (!words && !approvedReplyText.includes(token))
            throw new Error(`unreviewed author words ${token} went out (publication ${row.publication})`)
        }
        // Staff tokens: a reply goes out only once approved where the row's words needed it.
        row.replies.forEach((r, i) => {
          const json = JSON.stringify([out.public, out.export])
          const approved =
            r.publication === 'approved' || r.publication === 'auto' || (!r.publication && !needsApproval)
          if (!approved && json.includes(staffToken(n, i))) throw new Error(`unapproved reply ${i} went out`)
        })

        // Nothing that looks personal, except the spans a person let out with a reason.
        const approvedSpans = row.approvedSpans ?? []
        for (const text of strings([out.public, out.council, out.export.slice(2), out.messages])) {
          const hits = findPersonalInfo(text).filter((h) => !approvedSpans.some((a) => a.includes(h)))
          if (hits.length) throw new Error(`personal data ${hits.join('、')} in “${text}”`)
        }

        // A row about a child leaves at street level: no coordinates in a file.
        const exported = JSON.stringify(out.export)
        if (s.kind === 'child' || s.kind === 'for_child' || deleted)
          expect(exported).not.toContain(String(LAT).slice(0, 8))

        // Whatever the row holds, each answer has only the keys its allow-list names.
        const extra = (o: object | null, list: object) => Object.keys(o ?? {}).filter((k) => !(k in list))
        expect([
          extra(out.public, PUBLIC_FIELDS),
          extra(out.council, COUNCIL_ROW_FIELDS),
          extra(toExportRow(row), EXPORT_FIELDS),
          extra(toMine(row), MINE_FIELDS),
          extra(toInboxItem(row, CLOCK), INBOX_FIELDS),
          extra(toStaffSuggestion(row, { allowed: ALLOWED, clock: CLOCK }), STAFF_FIELDS),
          extra(toTargetRow(row), TARGET_ROW_FIELDS)
        ]).toEqual([[], [], [], [], [], [], []])

        // What a row was about leaves only as a policy reference in the targets' counts (never a
        // place's id); the counts answer holds numbers only, one per target, and counts the row
        // only while the district took it up or finished it.
        const ref = aboutToken(n)
        if (s.about === 'place') expect(JSON.stringify(out)).not.toContain(ref)
        if (s.about === 'policy') expect(JSON.stringify(toTargetRow(row))).toContain(ref)
        const counts = countRelated([toTargetRow(row)], [ref])
        expect(Object.keys(counts)).toEqual([ref])
        expect(Object.values(counts[ref]).every((v) => Number.isInteger(v))).toBe(true)
        const counted = counts[ref].adopted + counts[ref].closed
        expect(counted).toBe(s.about === 'policy' && ['adopted', 'closed'].includes(row.status) ? 1 : 0)

        // After the author's withdraw or delete: none of their words anywhere, staff views included.
        if (deleted) {
          const inside = JSON.stringify([
            toMine(row),
            toStaffSuggestion(row, { allowed: ALLOWED, clock: CLOCK }),
            toInboxItem(row, CLOCK),
            toImageFiles(row)
          ])
          for (const where of ['a', 'b', 'c', 'd']) expect(inside).not.toContain(authorToken(n, where))
          for (const t of strings(JSON.parse(inside))) expect(findPersonalInfo(t)).toEqual([])
        }
      }),
      { numRuns: 400 }
    )
  })
})
