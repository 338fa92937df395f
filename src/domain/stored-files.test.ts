import { picturesGoing } from './stored-files'

describe('staff pictures going', () => {
  it('are those still to delete and those shown before, less those shown now, each once', () => {
    expect(picturesGoing(['old-a'], ['b', 'c'], ['c', 'd'])).toEqual(['old-a', 'b'])
    // A picture put back before its file went is kept, not deleted.
    expect(picturesGoing(['b'], ['c'], ['b'])).toEqual(['c'])
    expect(picturesGoing(undefined, ['b', 'b'], [])).toEqual(['b'])
    expect(picturesGoing(undefined, [], ['x'])).toEqual([])
  })
})
