// Exports of the (filtered) inbox, as pure functions of the rows: a CSV that Excel opens with
// Chinese intact (UTF-8 with a byte-order mark), and Open311 GeoReport v2 JSON for systems that
// speak it. Both are written from ExportRow only (egress/outbound.ts: toExportRow decides what of
// a row may leave — approved words, no personal data, street level for a child, contacts masked).
import { chinaIso, chinaDateTime } from '../clock'
import { gcj02ToWgs84 } from '../places/datum'
import { findCommunity, findStreet } from '../streets'
import { PUBLIC_STATE_LABELS } from '../suggestions/egress/approval'
import type { ExportRow } from '../suggestions/egress/outbound'
import { FOLLOW_UP_ANSWERS } from '../suggestions/followup'
import { AGE_GROUPS, ENTRY_CHANNELS, STATUSES, topicLabel, type Visibility } from '../suggestions/model'
import { open311Status } from '../suggestions/status'

export const CSV_BOM = '\uFEFF'
export const EXPORT_FORMATS = ['csv', 'open311'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** The content review's verdict (staff screens); whether a row is on the board is PUBLIC_STATE_LABELS. */
export const VISIBILITY_LABELS: Record<Visibility, string> = {
  visible: '已通过审核',
  pending_review: '待审核',
  blocked: '未通过审核',
  hidden: '已隐藏'
}

const streetName = (code?: string) => (code ? (findStreet(code)?.name ?? '') : '')
const communityName = (code?: string) => (code ? (findCommunity(code)?.community.name ?? '') : '')

// A cell starting with one of these is run as a formula by Excel (CSV injection): prefix a quote.
const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  let s = typeof value === 'boolean' ? (value ? '是' : '否') : String(value)
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** What a cell says while the author's words wait for a person's 公开 (they are not in the file). */
export const WORDS_WAITING = '（待公开审核，未导出；请在工作台查看）'

/**
 * The author's answers to 解决了吗, oldest first: "2026-11-30 10:00 还没有：滑梯还是坏的". The
 * sentence only where the author's words may go out, never the drawing (a child's drawing stays
 * in the district's private storage).
 */
export function followUpAnswers(s: Pick<ExportRow, 'followUps'>): string {
  return s.followUps
    .map((f) => `${chinaDateTime(f.at)} ${FOLLOW_UP_ANSWERS[f.answer]}${f.text ? `：${f.text}` : ''}`)
    .join('；')
}

const AUTHORS: Record<ExportRow['author'], string> = { child: '小朋友', for_child: '家长（代孩子）', adult: '居民' }

/** The newest reply that may go out, and a note when a newer one still waits for approval. */
function replyCell(s: ExportRow): string {
  if (!s.reply) return ''
  return s.reply.waiting ? `${s.reply.text}（有一条更新的回复待公开审核）` : s.reply.text
}

interface Column {
  header: string
  value(s: ExportRow): string | number | boolean | null | undefined
}

export const CSV_COLUMNS: readonly Column[] = [
  { header: '编号', value: (s) => s.id },
  { header: '提交时间', value: (s) => chinaDateTime(s.createdAt) },
  { header: '状态', value: (s) => STATUSES[s.status] },
  { header: '类别', value: (s) => topicLabel(s.topic) },
  { header: '标题', value: (s) => (s.words ? s.words.title : WORDS_WAITING) },
  { header: '内容', value: (s) => (s.words ? s.words.text : WORDS_WAITING) },
  { header: '提出人', value: (s) => AUTHORS[s.author] },
  { header: '年龄段', value: (s) => AGE_GROUPS.find((a) => a.key === s.ageGroup)?.label ?? '' },
  { header: '街道', value: (s) => streetName(s.street) },
  { header: '社区', value: (s) => communityName(s.community) },
  { header: '地点', value: (s) => s.placeName ?? '' },
  { header: '纬度(GCJ-02)', value: (s) => s.point?.latitude },
  { header: '经度(GCJ-02)', value: (s) => s.point?.longitude },
  { header: '支持数', value: (s) => s.supportCount },
  { header: '照片数', value: (s) => s.photoCount },
  { header: '有画作', value: (s) => s.hasDrawing },
  {
    header: '联系方式(已隐去)',
    value: (s) => (s.contact ? [s.contact.name, s.contact.phone].filter(Boolean).join(' ') : '')
  },
  { header: '录入方式', value: (s) => (s.channel ? `代录·${ENTRY_CHANNELS[s.channel]}` : '本人提交') },
  { header: '公开状态', value: (s) => PUBLIC_STATE_LABELS[s.publicState] },
  { header: '最新回复', value: (s) => replyCell(s) },
  { header: '解决了吗', value: (s) => followUpAnswers(s) },
  { header: '最后更新', value: (s) => chinaDateTime(s.updatedAt) }
]

/** RFC 4180 with CRLF line ends, preceded by the BOM Excel needs to read UTF-8. */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [CSV_COLUMNS.map((c) => csvCell(c.header)).join(',')]
  for (const s of rows) lines.push(CSV_COLUMNS.map((c) => csvCell(c.value(s))).join(','))
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`
}

/** GeoReport v2 service request (https://wiki.open311.org/GeoReport_v2/#get-service-requests). */
export interface Open311Request {
  service_request_id: string
  status: 'open' | 'closed'
  status_notes: string | null
  service_name: string
  service_code: string
  description: string
  agency_responsible: string
  service_notice: string | null
  requested_datetime: string
  updated_datetime: string
  expected_datetime: string | null
  address: string | null
  address_id: string | null
  zipcode: string | null
  lat: number | null
  long: number | null
  media_url: string | null
}

/** GCJ-02 (everything in the app) → WGS-84 (what Open311 consumers expect), to 6 decimals. */
export function toWgs84(latitude: number, longitude: number): { lat: number; long: number } {
  const [lat, lng] = gcj02ToWgs84(latitude, longitude)
  return { lat: Math.round(lat * 1e6) / 1e6, long: Math.round(lng * 1e6) / 1e6 }
}

function statusNotes(s: ExportRow): string {
  const detail = s.status === 'rejected' ? s.refusal : s.reply?.text
  return detail ? `${STATUSES[s.status]}：${detail}` : STATUSES[s.status]
}

function address(s: ExportRow): string | null {
  const area = `${streetName(s.street) ? `${streetName(s.street)}街道` : ''}${communityName(s.community) ? `${communityName(s.community)}社区` : ''}`
  const place = s.placeName ?? ''
  if (!area && !place) return null
  return `重庆市渝中区${area}${place ? ` ${place}` : ''}`
}

export function toOpen311Request(s: ExportRow): Open311Request {
  const point = s.point ? toWgs84(s.point.latitude, s.point.longitude) : null
  return {
    service_request_id: s.id,
    status: open311Status(s.status),
    status_notes: statusNotes(s),
    service_name: topicLabel(s.topic),
    service_code: s.topic,
    description: !s.words ? WORDS_WAITING : s.words.title ? `${s.words.title}：${s.words.text}` : s.words.text,
    agency_responsible: streetName(s.street)
      ? `渝中区${streetName(s.street)}街道办事处`
      : '渝中区妇女儿童工作委员会办公室',
    service_notice: null,
    requested_datetime: chinaIso(s.createdAt),
    updated_datetime: chinaIso(s.updatedAt),
    expected_datetime: null,
    address: address(s),
    address_id: null,
    zipcode: null,
    lat: point?.lat ?? null,
    long: point?.long ?? null,
    // Storage is private and a link in a file that leaves the system would show a child's
    // picture to whoever holds it: exports carry no image links.
    media_url: null
  }
}

export function toOpen311(rows: readonly ExportRow[]): string {
  return JSON.stringify(rows.map((s) => toOpen311Request(s)))
}

/** File name for a download: yimi-suggestions-2026-11-28.csv */
export function exportFilename(format: ExportFormat, nowIso: string): string {
  return `yimi-suggestions-${chinaDateTime(nowIso, false)}.${format === 'csv' ? 'csv' : 'json'}`
}
