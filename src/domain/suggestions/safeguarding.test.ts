import { DANGER_EXAMPLES, ORDINARY_EXAMPLES } from '../../../tests/fixtures/safeguarding-examples'
import { dangerReason, findDanger, normaliseForSafety } from './safeguarding'

describe('findDanger on held-out examples', () => {
  it.each(DANGER_EXAMPLES.map((e) => [e.text, e.kind]))('catches “%s” (%s)', (text, kind) => {
    expect(findDanger(text)).toContain(kind)
  })

  it.each(ORDINARY_EXAMPLES.map((t) => [t]))('leaves the ordinary “%s” alone', (text) => {
    expect(findDanger(text)).toEqual([])
  })
})

describe('normaliseForSafety', () => {
  it('reads full-width, spaced, dotted, traditional and doubled characters as one word', () => {
    expect(normaliseForSafety('ＳＯＳ 自 殺 . 想*死 爸爸 救救我')).toBe('sos自杀想死爸救我')
  })

  it('finds words split across the title and the text', () => {
    expect(findDanger('我不想', '活了')).toEqual([])
    expect(findDanger('求助', '我不想活了')).toEqual(['self_harm'])
  })
})

it('names kinds for staff, never the words', () => {
  expect(dangerReason(findDanger('爸爸打我，我想死'))).toBe('文字提示：可能伤害自己、可能被伤害')
})
