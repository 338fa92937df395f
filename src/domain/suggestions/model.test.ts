import { suggestionTitle } from './model'

describe('suggestionTitle: one fallback wherever a suggestion is listed', () => {
  it('is the title when there is one', () => {
    expect(suggestionTitle({ title: '路口需要护学岗', text: '早上车多', topic: 'school_way' })).toBe('路口需要护学岗')
  })

  it('else the start of the words, never half an emoji', () => {
    const text = `${'我'.repeat(23)}😀想要秋千`
    const title = suggestionTitle({ title: '', text, topic: 'play' })
    expect(title).toBe(`${'我'.repeat(23)}😀`)
  })

  it('else what it is about, for a drawing or a recording without words', () => {
    expect(suggestionTitle({ title: '', text: '', topic: 'play' })).toBe('关于“玩的地方”')
    expect(suggestionTitle({ title: '', topic: 'play' })).toBe('关于“玩的地方”')
  })
})
