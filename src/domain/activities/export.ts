// The staff export of one activity's sign-ups (CSV, opened in Excel): built from the masked staff
// rows (toStaffSignUp), so a file that travels never holds a whole phone number.
import { chinaDateTime } from '../clock'
import { CSV_BOM, csvCell } from '../staff/export'
import type { StaffSignUp } from './egress'
import { STANDING_LABELS } from './model'

const HEADERS = ['序号', '状态', '候补顺序', '孩子年龄', '家长称呼', '手机（已隐去部分）', '报名时间', '签到'] as const

export function signUpsCsv(rows: readonly StaffSignUp[]): string {
  const lines = [HEADERS.map((h) => csvCell(h)).join(',')]
  rows.forEach((r, i) =>
    lines.push(
      [
        i + 1,
        STANDING_LABELS[r.standing],
        r.waitlistPosition ?? '',
        r.childAge,
        r.guardianName,
        r.guardianPhone,
        chinaDateTime(r.signedAt),
        r.attended === null ? '' : r.attended ? '已到' : '未到'
      ]
        .map((v) => csvCell(v))
        .join(',')
    )
  )
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`
}
