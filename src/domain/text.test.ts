// Text that shows nothing is no text: every form the server checks (suggestions, 解决了吗, 纠错,
// news) sees a field as people see it.
import { hasInvisible, visibleText } from './text'
import { checkFollowUp } from './suggestions/followup'
import { validateNews } from './news'
import { validateCorrection } from './places/corrections'

const SHOWS_NOTHING = [
  ['Hangul filler U+3164', '\u3164\u3164\u3164'],
  ['halfwidth Hangul filler U+FFA0', '\uFFA0'],
  ['Hangul choseong/jungseong fillers', '\u115F\u1160'],
  ['braille blank U+2800', '\u2800\u2800'],
  ['combining marks only (Zalgo without a letter)', '\u0301\u0308\u0336\u0489'],
  ['the combining grapheme joiner', '\u034F'],
  ['bidi embedding, override and isolates', '\u202A\u202E\u2066\u2067\u2068\u2069'],
  ['the Arabic letter mark', '\u061C'],
  ['Mongolian and Khmer invisibles', '\u180B\u180E\u17B4\u17B5'],
  ['spaces and zero-widths', ' \u200B\u200C\u2060\uFEFF ']
] as const

describe('visible text', () => {
  it.each(SHOWS_NOTHING)('%s is empty', (_name, s) => {
    expect(visibleText(s)).toBe('')
    expect(visibleText(`${s}想要秋千`)).toBe('想要秋千')
    expect(visibleText(`想要 ${s}秋千`).replace(/ +/g, ' ')).toBe('想要 秋千')
  })

  it('keeps what shows: accents on letters, emoji with joiners and variation selectors', () => {
    expect(visibleText('Cafe\u0301')).toBe('Cafe\u0301')
    expect(visibleText('👨‍👧 ❤️')).toBe('👨‍👧 ❤️')
    expect(visibleText('公园')).toBe('公园')
    expect(hasInvisible('公\u202E园')).toBe(true)
    expect(visibleText('公\u202E园')).toBe('公园')
  })

  it('解决了吗: a sentence of invisible or bidi characters is no sentence; one with them is cleaned', () => {
    const closed = { status: 'closed', closedAt: '2026-11-29T02:00:00Z', mode: 'adult', history: [] } as never
    for (const [, s] of SHOWS_NOTHING) {
      const r = checkFollowUp(closed, { answer: 'solved', text: s, closedAt: '2026-11-29T02:00:00Z' }, 'x')
      expect(r).toMatchObject({ ok: true, followUp: expect.not.objectContaining({ text: expect.anything() }) })
    }
    const r = checkFollowUp(
      closed,
      { answer: 'not_yet', text: '\u202E还没修好\u2066', closedAt: '2026-11-29T02:00:00Z' },
      'x'
    )
    expect(r).toMatchObject({ ok: true, followUp: { text: '还没修好' } })
  })

  it('纠错 notes and news refuse text that shows nothing', () => {
    const note = validateCorrection({ id: 'corr-00000001', placeId: 'p1', kind: 'other', note: '\u3164\u2800' })
    expect(note).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([expect.objectContaining({ field: 'note' })])
    })
    const news = validateNews([
      { id: 'n1', date: '2026-11-01', title: '\u3164\u3164', text: '\u2800', source: '渝中区' }
    ])
    expect(news.ok).toBe(false)
  })
})
