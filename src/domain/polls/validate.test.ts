import { STREET_POLL } from '../../../tests/fixtures/polls'
import { validatePoll } from './validate'

const TODAY = '2026-12-07'
const good = STREET_POLL
const errorsOf = (over: Record<string, unknown>) => {
  const r = validatePoll({ ...good, ...over }, TODAY)
  return r.ok ? [] : r.errors
}

describe('validatePoll', () => {
  it('accepts a poll and trims its words; an empty street is the whole district', () => {
    const r = validatePoll({ ...good, question: ' 放学后你最想去哪里？ ', questionForChildren: '', street: '' }, TODAY)
    expect(r).toEqual({
      ok: true,
      value: { ...good, question: '放学后你最想去哪里？', questionForChildren: null, street: null }
    })
  })

  it.each([
    [{ question: '  ' }, 'question', '请填写问题'],
    [{ question: '问'.repeat(61) }, 'question', '问题最多 60 个字'],
    [{ options: [good.options[0]] }, 'options', '请给 2 到 5 个选项'],
    [{ options: Array(6).fill(good.options[0]) }, 'options', '请给 2 到 5 个选项'],
    [
      { options: [good.options[0], { picture: 'park', label: '公园' }] },
      'options.1.label',
      '第 2 个选项和前面的重复了'
    ],
    [
      { options: [good.options[0], { picture: 'rocket', label: '火箭' }] },
      'options.1.picture',
      '请给第 2 个选项选一张图'
    ],
    [{ options: [good.options[0], { picture: 'park', label: '' }] }, 'options.1.label', '请填写第 2 个选项的文字'],
    [{ audience: 'everyone' }, 'audience', '请选择问谁：小朋友、家长或都问'],
    [{ street: '110101001' }, 'street', '请选择一个渝中区的街道，或全区'],
    [{ startsOn: '2026-12-06' }, 'startsOn', '开始日期不能早于今天'],
    [{ startsOn: '明天' }, 'startsOn', '“开始日期”应为日期，如 2026-11-28（现为“明天”）'],
    [{ endsOn: '2026-12-06', startsOn: '2026-12-07' }, 'endsOn', '结束日期不能早于开始日期'],
    [{ endsOn: '2027-02-05' }, 'endsOn', '一次投票最长 60 天'],
    [{ id: 'x' }, 'id', '保存编号有误，请重新打开页面再试']
  ])('refuses %j with a Chinese error beside %s', (over, field, message) => {
    expect(errorsOf(over)).toContainEqual({ field, message })
  })

  it('takes a poll of exactly 60 days and one of a single day', () => {
    expect(errorsOf({ endsOn: '2027-02-04' })).toEqual([])
    expect(errorsOf({ endsOn: '2026-12-07' })).toEqual([])
  })

  it('refuses what is not an object at all with every field named', () => {
    const r = validatePoll('x', TODAY)
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.errors.map((e) => e.field)).toEqual(['id', 'question', 'options', 'audience', 'startsOn', 'endsOn'])
  })
})
