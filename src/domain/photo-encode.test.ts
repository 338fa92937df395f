import { MAX_PHOTO_EDGE, redrawPlan } from './photo-encode'

describe('redrawPlan', () => {
  it('keeps a small upright photo as it is', () => {
    expect(redrawPlan(800, 600)).toEqual({ width: 800, height: 600, rotate: 0, drawWidth: 800, drawHeight: 600 })
  })

  it('caps the longest side', () => {
    expect(redrawPlan(4032, 3024)).toMatchObject({ width: MAX_PHOTO_EDGE, height: 1440 })
  })

  it('turns a sideways phone photo upright (the new file has no orientation tag)', () => {
    expect(redrawPlan(4032, 3024, 'right')).toEqual({
      width: 1440,
      height: MAX_PHOTO_EDGE,
      rotate: 90,
      drawWidth: MAX_PHOTO_EDGE,
      drawHeight: 1440
    })
    expect(redrawPlan(100, 50, 'left-mirrored')).toMatchObject({ width: 50, height: 100, rotate: 270 })
    expect(redrawPlan(100, 50, 'down')).toMatchObject({ width: 100, height: 50, rotate: 180 })
    expect(redrawPlan(100, 50, 'unknown')).toMatchObject({ rotate: 0 })
  })
})
