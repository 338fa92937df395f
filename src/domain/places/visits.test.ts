import { DAY_MS } from '../clock'
import { validateSignUp } from '../activities/validate'
import { visitCutoffs, visitDue, VISIT_RETENTION_DAYS, VISIT_UNANSWERED_DAYS } from './visit-retention'
import { validateVisitAnswer, validateVisitRequest, VISIT_CONSENT_TEXT } from './visits'

const form = {
  id: 'visit-0001-abcd',
  placeId: 'cc-1',
  childAge: 'expecting',
  slot: 'any',
  guardianName: ' 王女士 ',
  guardianPhone: '138 1234 5678',
  consentVersion: 1
}

describe('预约参观: the parent’s form', () => {
  it('keeps the known fields, trimmed; a phone with spaces is the number it is', () => {
    expect(validateVisitRequest({ ...form, extra: 'x', userId: 'o-someone' })).toEqual({
      ok: true,
      value: {
        id: 'visit-0001-abcd',
        placeId: 'cc-1',
        childAge: 'expecting',
        slot: 'any',
        guardianName: '王女士',
        guardianPhone: '13812345678'
      }
    })
  })

  it('names each problem beside its field, in Chinese', () => {
    const r = validateVisitRequest({ id: 'x', childAge: 7, slot: '', note: 42, guardianName: '', consentVersion: 2 })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(Object.fromEntries(r.errors.map((e) => [e.field, e.message]))).toEqual({
      id: '预约编号无效，请重新提交',
      placeId: '缺少要参观的机构',
      childAge: '请选择孩子的年龄',
      slot: '请选择方便参观的时间',
      note: '想了解的内容格式不正确',
      guardianName: '请填写家长的称呼，如“王女士”',
      guardianPhone: '请填写家长的手机号码，工作人员约好时间后会联系你',
      consentVersion: '请家长先阅读并同意预约信息的使用说明'
    })
    expect(validateVisitRequest(null)).toEqual({ ok: false, errors: [{ field: 'form', message: '预约内容为空' }] })
  })

  it('keeps contact data out of the note (it belongs in the phone field, which staff see masked)', () => {
    for (const note of ['电话 138 1234 5678', '微信 wxid_abc123', '１３８１２３４５６７８'])
      expect(validateVisitRequest({ ...form, note })).toMatchObject({ ok: false, errors: [{ field: 'note' }] })
    expect(validateVisitRequest({ ...form, note: '想看看午睡的地方，孩子 2 岁' })).toMatchObject({ ok: true })
    expect(validateVisitRequest({ ...form, note: '字'.repeat(101) })).toMatchObject({
      ok: false,
      errors: [{ field: 'note', message: '想了解的内容最多 100 个字' }]
    })
  })

  it('checks the guardian’s name and phone as an activity sign-up does (one rule)', () => {
    const bad = { guardianName: '王'.repeat(21), guardianPhone: '12345' }
    const visit = validateVisitRequest({ ...form, ...bad })
    const signUp = validateSignUp({ childAge: 4, consentVersion: 1, ...bad }, { ageMin: 3, ageMax: 6 })
    const of = (r: typeof visit | typeof signUp) => (r.ok ? [] : r.errors.filter((e) => e.field.startsWith('guardian')))
    expect(of(visit)).toEqual(of(signUp))
    expect(of(visit)).toHaveLength(2)
  })

  it('tells the parent what is kept and for how long, from the same figures the purge uses', () => {
    expect(VISIT_CONSENT_TEXT).toContain(`${VISIT_RETENTION_DAYS} 天后自动删除`)
    expect(VISIT_CONSENT_TEXT).toContain(`没有答复的 ${VISIT_UNANSWERED_DAYS} 天后删除`)
    expect(VISIT_CONSENT_TEXT).toContain('查看完整号码会被记录')
  })
})

describe('预约参观: the staff answer', () => {
  it('needs an outcome and words the parent can act on', () => {
    expect(validateVisitAnswer('pending', 'x')).toMatchObject({ ok: false, errors: [{ field: 'status' }] })
    expect(validateVisitAnswer('declined', '')).toMatchObject({
      ok: false,
      errors: [{ field: 'answer', message: '请写明为什么暂时不能安排，家长会看到' }]
    })
    expect(validateVisitAnswer('arranged', '字'.repeat(201))).toMatchObject({
      ok: false,
      errors: [{ field: 'answer' }]
    })
    expect(validateVisitAnswer('arranged', ' 12月10日上午10点 ')).toEqual({
      ok: true,
      value: { status: 'arranged', answer: '12月10日上午10点' }
    })
  })
})

describe('预约参观: retention', () => {
  const made = '2026-12-01T00:00:00.000Z'
  const at = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY_MS)

  it(`a closed request goes ${VISIT_RETENTION_DAYS} days after it closed, an unanswered one ${VISIT_UNANSWERED_DAYS} days after it was made`, () => {
    const closed = { status: 'arranged' as const, createdAt: made, closedAt: '2026-12-03T00:00:00.000Z' }
    expect(visitDue(closed, at(closed.closedAt, VISIT_RETENTION_DAYS - 0.01))).toBe(false)
    expect(visitDue(closed, at(closed.closedAt, VISIT_RETENTION_DAYS))).toBe(true)
    const open = { status: 'pending' as const, createdAt: made }
    expect(visitDue(open, at(made, VISIT_UNANSWERED_DAYS - 0.01))).toBe(false)
    expect(visitDue(open, at(made, VISIT_UNANSWERED_DAYS))).toBe(true)
  })

  it('the purge’s query bounds find every due request', () => {
    const now = new Date('2027-03-01T00:00:00.000Z')
    const { closedBefore, openMadeBefore } = visitCutoffs(now)
    expect(visitDue({ createdAt: made, closedAt: closedBefore }, now)).toBe(true)
    expect(visitDue({ createdAt: openMadeBefore }, now)).toBe(true)
  })
})
