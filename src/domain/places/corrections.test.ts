import {
  DEFAULT_ANSWERS,
  REPORTER_RETENTION_DAYS,
  contactIn,
  correctionKindLabel,
  reporterDue,
  toCorrectionView,
  toMyCorrection,
  validateCorrection,
  type CorrectionRecord
} from './corrections'
import { DAY_MS } from '../clock'

describe('validateCorrection', () => {
  const base = { id: 'corr-abcdefgh', placeId: 'demo-corr-1', kind: 'phone' }

  it('accepts a kind with an optional note, trimmed', () => {
    expect(validateCorrection(base)).toEqual({ ok: true, value: base })
    expect(validateCorrection({ ...base, note: '  打过去是空号 ' })).toEqual({
      ok: true,
      value: { ...base, note: '打过去是空号' }
    })
    expect(correctionKindLabel('hours')).toBe('开放时间不对')
  })

  // However the number is written: full-width digits (a Chinese keyboard), dots, middle dots, spaces.
  it.each([
    ['full-width digits', '新电话是１３９００１３９０００'],
    ['dots between groups', '电话139.0013.9000打得通'],
    ['middle dots and ideographic commas', '请打 139·0013·9000、谢谢'],
    ['full-width dots and spaces', '号码：１３９．００１３ ９０００'],
    ['a landline with a dotted area code', '座机023.6362.2984']
  ])('refuses a contact in the note written with %s', (_how, note) => {
    expect(contactIn(note)).not.toEqual([])
    const r = validateCorrection({ ...base, note })
    expect(r).toMatchObject({ ok: false, errors: [expect.objectContaining({ field: 'note' })] })
  })

  it('keeps an address with a number in it (搬到了某某路 12 号)', () => {
    expect(contactIn('搬到了中山四路１２号')).toEqual([])
  })

  it.each([
    [{ ...base, kind: undefined }, 'kind', '请选择哪里不对'],
    [{ ...base, kind: 'nope' }, 'kind', '请选择哪里不对'],
    [{ ...base, id: 'x' }, 'id', '纠错编号无效，请重新提交'],
    [{ ...base, placeId: '' }, 'placeId', '缺少地点 id'],
    [{ ...base, note: '字'.repeat(201) }, 'note', '补充说明最多 200 个字'],
    [{ ...base, note: '空号\u200b' }, 'note', '补充说明里有看不见的字符，请删除后重新输入'],
    [{ ...base, kind: 'other' }, 'note', '选了“其他”，请写一句哪里不对'],
    [{ ...base, note: 123 }, 'note', '补充说明格式不正确']
  ])('refuses %j', (raw, field, message) => {
    const r = validateCorrection(raw)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors).toContainEqual({ field, message })
  })

  it('counts an emoji as one character', () => {
    expect(validateCorrection({ ...base, note: '😀'.repeat(200) }).ok).toBe(true)
  })

  it('refuses contact data in the note, but not a street address or a school name', () => {
    const r = validateCorrection({ ...base, note: '新号码是 13800138000' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[0].message).toContain('不要写电话号码')
    expect(contactIn('加我微信 abcdef123')).toHaveLength(1)
    expect(contactIn('座机 023-63622984')).toHaveLength(1)
    expect(contactIn('搬到了民生路 12 号，示例幼儿园旁边')).toEqual([])
    expect(validateCorrection({ ...base, kind: 'moved', note: '搬到了示例路12号' }).ok).toBe(true)
  })

  it('refuses what is not an object', () => {
    expect(validateCorrection(null)).toEqual({ ok: false, errors: [{ field: 'form', message: '纠错内容为空' }] })
  })
})

describe('records and views', () => {
  const record: CorrectionRecord = {
    _id: 'corr-abcdefgh',
    placeId: 'demo-corr-1',
    placeName: '示例托育中心（纠错）',
    street: '500103001',
    kind: 'phone',
    status: 'pending',
    reporterId: 'openid-x',
    reporterPurgedAt: null,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z'
  }

  it('never shows the reporter; an answered report always has an answer line', () => {
    expect(toCorrectionView(record)).not.toHaveProperty('reporterId')
    expect(toMyCorrection(record)).not.toHaveProperty('answer')
    const done = { ...record, status: 'no_change' as const, resolvedAt: '2026-11-02T00:00:00.000Z' }
    expect(toMyCorrection(done).answer).toBe(DEFAULT_ANSWERS.no_change)
    expect(toMyCorrection({ ...done, answer: '电话已核实无误' }).answer).toBe('电话已核实无误')
  })

  it('drops the reporter REPORTER_RETENTION_DAYS after the answer, an unanswered one after a year', () => {
    const resolvedAt = '2026-11-02T00:00:00.000Z'
    const done = { ...record, status: 'corrected' as const, resolvedAt }
    const at = (days: number) => new Date(Date.parse(resolvedAt) + days * DAY_MS)
    expect(reporterDue(done, at(REPORTER_RETENTION_DAYS - 1))).toBe(false)
    expect(reporterDue(done, at(REPORTER_RETENTION_DAYS))).toBe(true)
    expect(reporterDue({ ...done, reporterId: null }, at(400))).toBe(false)
    expect(reporterDue(record, at(300))).toBe(false)
    expect(reporterDue(record, at(366))).toBe(true)
  })
})
