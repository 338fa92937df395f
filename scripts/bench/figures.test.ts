// The bench's comparison with the saved run: a saved figure of a section that ran but was not
// measured this time is named (the saved file keys figures by id; the values carry none).
import figures from './figures.cjs'

const saved = {
  'suggestions.rate': { section: 'suggestions', label: 'submissions/s ÷ health/s', value: 0.4 },
  'suggestions.old': { section: 'suggestions', label: 'a figure since renamed', value: 1 },
  'places.counted': { section: 'places', label: 'places counted', value: 10 }
}

describe('bench figures: what the saved run had and this one did not measure', () => {
  it('names only figures of the sections that ran, and none that were measured', () => {
    const measured = [{ id: 'suggestions.rate', section: 'suggestions' }]
    expect(figures.notMeasured(saved, measured)).toEqual([
      { id: 'suggestions.old', section: 'suggestions', label: 'a figure since renamed', value: 1 }
    ])
    expect(figures.notMeasured(saved, [...measured, { id: 'suggestions.old', section: 'suggestions' }])).toEqual([])
  })
})
