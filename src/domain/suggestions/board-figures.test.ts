import { figureSpeech, figuresByMonth, figuresByStreet } from './board-figures'

const rows = [
  { street: '500103003', month: '2026-10', submitted: 4, adopted: 1 },
  { street: '500103003', month: '2026-11', submitted: 2, adopted: 0 },
  { street: '500103005', month: '2026-11', submitted: 5, adopted: 2 },
  { street: 'unknown', month: '2026-11', submitted: 9, adopted: 0 }
]

describe('board figures', () => {
  it('sums the district month by month, newest first', () => {
    expect(figuresByMonth(rows)).toEqual([
      { key: '2026-11', label: '2026年11月', submitted: 16, adopted: 2 },
      { key: '2026-10', label: '2026年10月', submitted: 4, adopted: 1 }
    ])
  })

  it('keeps to one street when one is chosen', () => {
    expect(figuresByMonth(rows, '500103005')).toEqual([
      { key: '2026-11', label: '2026年11月', submitted: 5, adopted: 2 }
    ])
    expect(figuresByMonth(rows, '500103001')).toEqual([])
  })

  it('sums each street over the months, most first, the unknown street last', () => {
    expect(figuresByStreet(rows).map((r) => [r.label, r.submitted, r.adopted])).toEqual([
      ['解放碑', 6, 1],
      ['上清寺', 5, 2],
      ['未填街道', 9, 0]
    ])
  })

  it('says each row in words', () => {
    expect(figureSpeech(figuresByMonth(rows)[1])).toBe('2026年10月：提交 4 条，采纳 1 条')
  })
})
