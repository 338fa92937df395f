import { REDACTED } from '../../staff/mask'
import { AUTHOR_WORDS_DELETED, unapprovedHits, withoutPersonal, withoutQuotes } from './words'

describe('what of a text may leave', () => {
  it('takes out what looks personal, except the spans a person approved', () => {
    const text = '我叫王小明，在人和街小学读书，电话13900139000'
    expect(withoutPersonal(text)).toBe(`我叫${REDACTED}，在${REDACTED}读书，电话${REDACTED}`)
    expect(withoutPersonal(text, ['人和街小学'])).toBe(`我叫${REDACTED}，在人和街小学读书，电话${REDACTED}`)
    expect(unapprovedHits(text, ['王小明', '人和街小学', '13900139000'])).toEqual([])
    expect(withoutPersonal('想要秋千')).toBe('想要秋千')
  })

  it('takes out every run of four or more characters a staff text shares with the author’s words', () => {
    const title = '我叫王小明'
    const text = '学校门口的人行道太窄了'
    expect(withoutQuotes('您好，已收到您关于“我叫王小明”的建议。', [title, text], AUTHOR_WORDS_DELETED)).toBe(
      `您好，已收到您关于“${AUTHOR_WORDS_DELETED}”的建议。`
    )
    // Two quotes, two markers; three shared characters are not a quote.
    expect(withoutQuotes('你说人行道太窄了，我们也觉得王小明', [title, text])).toBe(`你说${REDACTED}，我们也觉得王小明`)
    expect(withoutQuotes('门口的车很多', [text])).toBe('门口的车很多')
  })

  it('does not count the app’s own words (topics, streets, communities) as quotes', () => {
    expect(withoutQuotes('关于“玩的地方”的建议，解放碑街道已收到', ['我想要玩的地方，解放碑附近'])).toBe(
      '关于“玩的地方”的建议，解放碑街道已收到'
    )
  })

  it('never takes a marker already there for a quote', () => {
    expect(withoutQuotes(`关于“我叫${REDACTED}”`, [`我叫${REDACTED}`])).toBe(`关于“我叫${REDACTED}”`)
  })
})
