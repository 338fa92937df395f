// 我的数据: everything the service keeps linked to one person's WeChat account, in one place: their
// suggestions (words, photos, drawings, recordings, contact, position, 解决了吗 answers), the
// suggestions they supported (我也想要), their 纠错 reports, files uploaded but not yet sent and
// their activity sign-ups (活动报名), childcare visit requests (预约参观), their place on the
// children's council and their 快问快答 answers.
// The server lists it (suggestions.myData), the page shows it and saves it as a file, and one
// action after one confirmation deletes all of it (suggestions.deleteAllMyData). What the file and
// the confirmation say is written here, from the same counts, so they cannot disagree.
import { chinaDate, chinaIso } from '../clock'
import type { MyDataSignUp } from '../activities/egress'
import type { MyDataVisit } from '../places/visit-egress'
import { VISIT_RETENTION_DAYS, VISIT_UNANSWERED_DAYS } from '../places/visit-retention'
import { visitChildAgeLabel, visitSlotLabel, visitStatusLabel } from '../places/visit-words'
import type { MyCouncilData } from '../council/model'
import type { MyPollAnswer } from '../polls/egress'
import { pollAnswerDays } from './retention-text'
import { holderStandingLabel } from '../activities/standing-words'
import { SIGNUP_RETENTION_DAYS } from '../activities/retention'
import type { MyCorrection } from '../places/corrections'
import { correctionKindLabel, correctionStatusLabel } from '../places/correction-words'
import { FOLLOW_UP_ANSWERS } from './followup'
import { isPreciseLocation, STATUSES, suggestionTitle, topicLabel, type MySuggestion } from './model'
import { ORPHAN_UPLOAD_DAYS } from './retention'

export interface MySupport {
  /** The supported suggestion's public title, or null when it is no longer on the board. */
  title: string | null
  at: string
}

export interface MyUpload {
  kind: 'image' | 'recording'
  at: string
}

export interface MyDataView {
  generatedAt: string
  suggestions: MySuggestion[]
  supports: MySupport[]
  corrections: MyCorrection[]
  /** Uploaded, never sent with a suggestion (deleted 30 days on anyway). */
  pendingUploads: MyUpload[]
  /** 活动报名: the guardian's name and phone and the child's age given for each activity. */
  activitySignUps: MyDataSignUp[]
  /** 预约参观: the guardian's name and phone, the child's age group, the answer. */
  visitRequests: MyDataVisit[]
  /** 儿童议事会: the caller's place as a representative (their nickname and street) and their picks now. */
  council: MyCouncilData | null
  /** 快问快答: the answers still kept (until the purge after a poll's final count). */
  pollAnswers: MyPollAnswer[]
}

/** What deleteAllMyData did; `busy`: rows a worker was changing just then (ask again). */
export interface MyDataDeleted {
  suggestions: number
  supports: number
  corrections: number
  uploads: number
  activitySignUps: number
  visitRequests: number
  /** 1 when the caller stopped being a representative (their picks deleted). */
  council: number
  pollAnswers: number
  busy: number
  /** Files storage could not delete now: the purge deletes them later. */
  filesFailed: number
}

export interface MyDataCounts {
  suggestions: number
  photos: number
  drawings: number
  recordings: number
  contacts: number
  positions: number
  followUpWords: number
  supports: number
  corrections: number
  pendingUploads: number
  activitySignUps: number
  visitRequests: number
  council: number
  pollAnswers: number
}

const hasPosition = (s: MySuggestion) => isPreciseLocation(s.location)

export function myDataCounts(v: MyDataView): MyDataCounts {
  const rows = v.suggestions
  return {
    suggestions: rows.length,
    photos: rows.reduce((n, s) => n + (s.photoFileIds?.length ?? 0), 0),
    drawings: rows.reduce(
      (n, s) => n + (s.drawingFileId ? 1 : 0) + (s.followUps ?? []).filter((f) => f.drawingFileId).length,
      0
    ),
    recordings: rows.filter((s) => s.audioFileId).length,
    contacts: rows.filter((s) => s.contact).length,
    positions: rows.filter(hasPosition).length,
    followUpWords: rows.reduce((n, s) => n + (s.followUps ?? []).filter((f) => f.text || f.drawingFileId).length, 0),
    supports: v.supports.length,
    corrections: v.corrections.length,
    pendingUploads: v.pendingUploads.length,
    activitySignUps: v.activitySignUps.length,
    visitRequests: v.visitRequests.length,
    council: v.council ? 1 : 0,
    pollAnswers: v.pollAnswers.length
  }
}

export function holdsNothing(c: MyDataCounts): boolean {
  return (
    c.suggestions +
      c.supports +
      c.corrections +
      c.pendingUploads +
      c.activitySignUps +
      c.visitRequests +
      c.council +
      c.pollAnswers ===
    0
  )
}

/** The one confirmation before deleting everything: exactly what goes, and what stays. */
export function deleteAllConfirmation(c: MyDataCounts): { title: string; content: string } {
  const goes = [
    c.suggestions && `${c.suggestions} 条建议里你写的字`,
    c.photos && `${c.photos} 张照片`,
    c.drawings && `${c.drawings} 幅画`,
    c.recordings && `${c.recordings} 段录音`,
    c.contacts && `${c.contacts} 条建议里留的称呼和电话`,
    c.positions && `${c.positions} 个精确位置`,
    c.followUpWords && `${c.followUpWords} 次“解决了吗”回答里写的话和画`,
    c.supports && `${c.supports} 个“我也想要”`,
    c.corrections && `${c.corrections} 条纠错和你的关联`,
    c.pendingUploads && `${c.pendingUploads} 个还没发送的上传`,
    c.activitySignUps && `${c.activitySignUps} 个活动报名（家长称呼、手机和孩子年龄；报名随之取消，名额让给别人）`,
    c.visitRequests && `${c.visitRequests} 个参观预约（家长称呼、手机和孩子年龄；预约随之取消）`,
    c.council && '儿童议事会小代表的身份和你这一季的选择（你将不再是小代表）',
    c.pollAnswers && `${c.pollAnswers} 个快问快答的回答（还在进行的投票不再算你的一票）`
  ].filter(Boolean)
  const stays =
    c.suggestions + c.corrections > 0
      ? '建议的处理进度、工作人员的回复和纠错的地点信息留作区里的记录，但不再和你有关联。'
      : ''
  return {
    title: '删除我的全部数据？',
    content: `将删除：${goes.join('、')}。${stays}删除后不能恢复。`
  }
}

/** The file the citizen saves: their data in words, without internal ids, file names or coordinates. */
export function myDataFile(v: MyDataView): { filename: string; mimeType: string; content: string } {
  // China time throughout (a parent exporting at 04:00 on the 8th must not read the 7th): the
  // file's date, and each instant as ISO 8601 with its +08:00 offset.
  const date = chinaDate(Date.parse(v.generatedAt))
  const data = {
    说明: '这是“渝中 · 一米高度”小程序里和你的微信账号关联的全部数据（照片、画和录音的文件不在这里，可在小程序里查看）。',
    导出时间: chinaIso(v.generatedAt),
    建议: v.suggestions.map((s) => ({
      提交时间: chinaIso(s.createdAt),
      类别: topicLabel(s.topic),
      标题: suggestionTitle(s),
      内容: s.text,
      ...(s.transcript ? { 录音文字: s.transcript } : {}),
      状态: STATUSES[s.status],
      照片: s.photoFileIds?.length ?? 0,
      画: s.drawingFileId ? 1 : 0,
      录音: s.audioFileId ? `${Math.round((s.audioDurationMs ?? 0) / 1000)} 秒` : '无',
      ...(s.contact ? { 联系方式: { 称呼: s.contact.name ?? '', 电话: s.contact.phone } } : {}),
      位置: hasPosition(s) ? '地图上选的点或手机定位（精确位置）' : s.location ? '街道或地点' : '无',
      回复: s.replies.map((r) => r.text),
      解决了吗: (s.followUps ?? []).map((f) => ({
        回答: FOLLOW_UP_ANSWERS[f.answer],
        时间: chinaIso(f.at),
        ...(f.text ? { 写的话: f.text } : {}),
        ...(f.drawingFileId ? { 画: 1 } : {})
      }))
    })),
    我也想要: v.supports.map((s) => ({ 建议: s.title ?? '（已不在公示栏上）', 时间: chinaIso(s.at) })),
    纠错: v.corrections.map((c) => ({
      地点: c.placeName,
      问题: correctionKindLabel(c.kind),
      ...(c.note ? { 说明: c.note } : {}),
      状态: correctionStatusLabel(c.status),
      ...(c.answer ? { 答复: c.answer } : {}),
      提交时间: chinaIso(c.createdAt)
    })),
    还没发送的上传: v.pendingUploads.map((u) => ({
      类型: u.kind === 'image' ? '图片' : '录音',
      上传时间: chinaIso(u.at)
    })),
    活动报名: v.activitySignUps.map((a) => ({
      活动: a.activityTitle,
      开始时间: chinaIso(a.activityStartAt),
      地点: a.activityPlace,
      状态: holderStandingLabel(Boolean(a.activityCancelled), a),
      孩子年龄: a.childAge,
      家长称呼: a.guardianName,
      手机: a.guardianPhone,
      报名时间: chinaIso(a.signedAt),
      ...(a.cancelledAt ? { 取消时间: chinaIso(a.cancelledAt) } : {}),
      ...(typeof a.attended === 'boolean' ? { 签到: a.attended ? '到了' : '没到' } : {})
    })),
    参观预约: v.visitRequests.map((r) => ({
      机构: r.placeName,
      状态: visitStatusLabel(r.status),
      孩子年龄: visitChildAgeLabel(r.childAge),
      方便的时间: visitSlotLabel(r.slot),
      ...(r.note ? { 想了解: r.note } : {}),
      家长称呼: r.guardianName,
      手机: r.guardianPhone,
      ...(r.answer ? { 答复: r.answer } : {}),
      预约时间: chinaIso(r.createdAt),
      ...(r.closedAt ? { 结束时间: chinaIso(r.closedAt) } : {})
    })),
    ...(v.council
      ? {
          儿童议事会: {
            身份: '小代表',
            昵称: v.council.nickname,
            街道: v.council.streetLabel,
            ...(v.council.joinedAt ? { 加入时间: chinaIso(v.council.joinedAt) } : {}),
            这一季选了: `${v.council.picks} 条建议`
          }
        }
      : {}),
    快问快答: v.pollAnswers.map((a) => ({
      问题: a.question,
      你选了: a.option,
      身份: a.as === 'child' ? '小朋友' : '家长',
      回答时间: chinaIso(a.at)
    }))
  }
  return {
    filename: `我的数据-${date}.json`,
    mimeType: 'application/json',
    content: `${JSON.stringify(data, null, 2)}\n`
  }
}

/** What the page lists as kept, one line a kind (only kinds there are). */
export function myDataLines(c: MyDataCounts): string[] {
  const inRows = [
    c.photos && `${c.photos} 张照片`,
    c.drawings && `${c.drawings} 幅画`,
    c.recordings && `${c.recordings} 段录音`,
    c.contacts && `${c.contacts} 个联系方式`,
    c.positions && `${c.positions} 个精确位置`,
    c.followUpWords && `${c.followUpWords} 次“解决了吗”回答`
  ].filter(Boolean)
  return [
    c.suggestions && `建议 ${c.suggestions} 条${inRows.length ? `（含 ${inRows.join('、')}）` : ''}`,
    c.supports && `“我也想要” ${c.supports} 个`,
    c.corrections && `纠错 ${c.corrections} 条`,
    c.pendingUploads && `上传了还没发送的图片或录音 ${c.pendingUploads} 个（${ORPHAN_UPLOAD_DAYS} 天后自动删除）`,
    c.activitySignUps &&
      `活动报名 ${c.activitySignUps} 个（家长称呼、手机和孩子年龄，活动结束 ${SIGNUP_RETENTION_DAYS} 天后自动删除）`,
    c.visitRequests &&
      `参观预约 ${c.visitRequests} 个（家长称呼、手机和孩子年龄，答复或撤回 ${VISIT_RETENTION_DAYS} 天后、没有答复的 ${VISIT_UNANSWERED_DAYS} 天后自动删除）`,
    c.council && '儿童议事会小代表（昵称、街道和这一季的选择；选择只有你看得到）',
    c.pollAnswers &&
      `快问快答的回答 ${c.pollAnswers} 个（选了哪一项只有你看得到；投票结束、最后一次计票后${pollAnswerDays()}删除，只留票数）`
  ].filter((line): line is string => Boolean(line))
}

/** What the page says after deleting. */
export function deletedMessage(d: MyDataDeleted): string {
  return [
    '已删除，和你的微信账号关联的数据不再保留。',
    d.busy ? `有 ${d.busy} 条建议工作人员正在处理，这次没有删，请稍后再删一次。` : '',
    d.filesFailed ? '有文件暂时没删掉，系统会在稍后自动删除。' : ''
  ].join('')
}
