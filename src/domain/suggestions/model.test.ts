import { suggestionTitle } from './model'

describe('suggestionTitle: one fallback wherever a suggestion is listed', () => {
  it('is the title when there is one', () => {
    expect(suggestionTitle({ title: '路口需要护学岗', text: '早上车多', topic: 'school_way' })).toBe('路口需要护学岗')
  })

  it('else the start of the words, never half an emoji', () => {
    const text = `${'我'.repeat(23)}😀想要秋千`
    const title = suggestionTitle({ title: '', text, topic: 'play' })
    // Cut, and saying so: 秋千 cut to 秋 would read as the child's own word.
    expect(title).toBe(`${'我'.repeat(23)}😀…`)
    expect(suggestionTitle({ title: '', text: '想要秋千', topic: 'play' })).toBe('想要秋千')
  })

  it('else what it is about, for a drawing or a recording without words', () => {
    expect(suggestionTitle({ title: '', text: '', topic: 'play' })).toBe('关于“玩的地方”')
    expect(suggestionTitle({ title: '', topic: 'play' })).toBe('关于“玩的地方”')
  })

  it('names a drawing as a drawing and a recording as a recording', () => {
    const base = { title: '', text: '', topic: 'parks_green' as const }
    expect(suggestionTitle({ ...base, drawingFileId: 'cloud://d.png' })).toBe('关于“公园和绿地”的画')
    expect(suggestionTitle({ ...base, drawingPath: 'wxfile://tmp/d.png' })).toBe('关于“公园和绿地”的画')
    // On the server (audioFileId) and still in the outbox (audioPath).
    expect(suggestionTitle({ ...base, audioFileId: 'cloud://voice.mp3' })).toBe('关于“公园和绿地”的录音')
    expect(suggestionTitle({ ...base, audioPath: 'wxfile://tmp/v.mp3' })).toBe('关于“公园和绿地”的录音')
  })
})
