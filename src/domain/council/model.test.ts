import { quarterBounds, quarterLabel, quarterOf, tallyPicks } from './model'
import { validateCouncilAnswer, validatePicks, validateRepresentative } from './validate'
import { REPRESENTATIVE } from '../../../tests/fixtures/council'

describe('the council’s quarters', () => {
  it('cuts quarters on China dates, not UTC', () => {
    // 2026-12-31 20:00 UTC is already 2027-01-01 in Chongqing.
    expect(quarterOf(Date.parse('2026-12-31T20:00:00Z'))).toMatchObject({
      id: '2027-Q1',
      from: '2027-01-01',
      to: '2027-03-31'
    })
    expect(quarterOf(Date.parse('2026-12-31T15:00:00Z'))).toMatchObject({
      id: '2026-Q4',
      from: '2026-10-01',
      to: '2026-12-31'
    })
    expect(quarterOf(Date.parse('2026-05-15T00:00:00Z'))).toMatchObject({
      id: '2026-Q2',
      from: '2026-04-01',
      to: '2026-06-30'
    })
    expect(quarterBounds({ from: '2026-10-01', to: '2026-12-31' })).toEqual({
      startsAt: '2026-09-30T16:00:00.000Z',
      endsAt: '2026-12-31T16:00:00.000Z'
    })
    expect([quarterLabel('2026-Q4'), quarterLabel('x')]).toEqual(['2026 年第四季度', 'x'])
  })

  it('counts each representative’s pick once per suggestion, most picked first', () => {
    expect(tallyPicks([{ picks: ['a', 'b'] }, { picks: ['b', 'b'] }, { picks: ['c', 'b'] }])).toEqual([
      ['b', 3],
      ['a', 1],
      ['c', 1]
    ])
    expect(tallyPicks([])).toEqual([])
  })
})

describe('what staff write for the council', () => {
  it('a representative needs a nickname, an age group, the guardian’s relation, phone, agreement and date', () => {
    expect(validateRepresentative(REPRESENTATIVE, '2026-12-07')).toMatchObject({
      ok: true,
      value: { nickname: '小星星' }
    })
    const bad = validateRepresentative(
      { id: 'x', street: 'nowhere', nickname: '一个很长很长的昵称啊', guardianPhone: '123', agreedOn: '2026-12-08' },
      '2026-12-07'
    )
    expect(bad.ok ? [] : bad.errors.map((e) => e.field)).toEqual([
      'id',
      'street',
      'nickname',
      'ageGroup',
      'guardianRelation',
      'guardianPhone',
      'consent',
      'agreedOn'
    ])
  })

  it('an answer says when (will) or why not, in adult and child words', () => {
    const will = { plan: 'will', byOn: '2027-03-31', words: '会做', wordsForChildren: '会做哦' }
    expect(validateCouncilAnswer(will, '2026-12-07')).toEqual({ ok: true, value: will })
    expect(validateCouncilAnswer({ ...will, plan: 'not', byOn: 'whatever' }, '2026-12-07')).toEqual({
      ok: true,
      value: { ...will, plan: 'not', byOn: null }
    })
    const late = validateCouncilAnswer({ ...will, byOn: '2026-12-01' }, '2026-12-07')
    expect(late).toEqual({ ok: false, errors: [{ field: 'byOn', message: '预计完成日期不能早于今天' }] })
    const empty = validateCouncilAnswer({ plan: 'not' }, '2026-12-07')
    expect(empty.ok ? [] : empty.errors.map((e) => e.message)).toEqual([
      '请写明为什么暂时做不了',
      '请写一句给小朋友的话'
    ])
  })

  it('picks: distinct, at most three, each one offered in the round', () => {
    const offered = new Set(['a', 'b', 'c', 'd'])
    expect(validatePicks(['a', 'a', 'b'], offered)).toEqual({ ok: true, value: ['a', 'b'] })
    expect(validatePicks([], offered)).toEqual({ ok: true, value: [] })
    expect(validatePicks(['a', 'b', 'c', 'd'], offered).ok).toBe(false)
    expect(validatePicks(['z'], offered).ok).toBe(false)
    expect(validatePicks('a', offered).ok).toBe(false)
  })
})
