import { excerpt } from './excerpt'

describe('excerpt', () => {
  const text = '一二三四五六七八九十'.repeat(10) // 100 characters

  it('returns short texts whole', () => {
    expect(excerpt('托育服务', [{ start: 0, end: 2 }])).toEqual({ text: '托育服务', ranges: [{ start: 0, end: 2 }] })
  })

  it('opens a window around the first hit and shifts the ranges into it', () => {
    const r = excerpt(
      text,
      [
        { start: 50, end: 52 },
        { start: 95, end: 97 }
      ],
      20
    )
    expect(r.text.startsWith('…')).toBe(true)
    expect(r.text.endsWith('…')).toBe(true)
    expect(r.ranges).toHaveLength(1)
    const hit = r.ranges[0]
    expect(r.text.slice(hit.start, hit.end)).toBe(text.slice(50, 52))
  })

  it('clips at the end and keeps hits that overlap the window edge', () => {
    const r = excerpt(text, [{ start: 98, end: 100 }], 20)
    expect(r.text.endsWith('…')).toBe(false)
    expect(r.text.slice(r.ranges[0].start, r.ranges[0].end)).toBe(text.slice(98, 100))
  })

  it('shows the opening when nothing matched', () => {
    const r = excerpt(text, [], 10)
    expect(r).toEqual({ text: text.slice(0, 10) + '…', ranges: [] })
  })
})
