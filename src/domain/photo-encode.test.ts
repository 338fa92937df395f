import { MAX_PHOTO_EDGE, decoderTurnedUpright, redrawPlan, redrawPlanFor } from './photo-encode'

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

describe('redrawPlanFor: turned only when the decoder has not turned it already', () => {
  const stored = { width: 4032, height: 3024 }

  it('a sideways photo the decoder handed over as stored is turned upright', () => {
    expect(decoderTurnedUpright(stored, stored, 'right')).toBe(false)
    expect(redrawPlanFor(stored, stored, 'right')).toMatchObject({ width: 1440, height: MAX_PHOTO_EDGE, rotate: 90 })
  })

  it('a sideways photo the decoder turned already (width and height swapped) is drawn as it is', () => {
    const decoded = { width: 3024, height: 4032 }
    expect(decoderTurnedUpright(stored, decoded, 'right')).toBe(true)
    expect(redrawPlanFor(stored, decoded, 'right')).toMatchObject({ width: 1440, height: MAX_PHOTO_EDGE, rotate: 0 })
    expect(redrawPlanFor(stored, decoded, 'left-mirrored')).toMatchObject({ rotate: 0 })
  })

  it('an upright photo is never turned; an upside-down one counts as turned by the decoder', () => {
    expect(redrawPlanFor(stored, stored, 'up')).toMatchObject({ rotate: 0, width: MAX_PHOTO_EDGE })
    expect(decoderTurnedUpright(stored, stored, 'down')).toBe(true)
  })
})
