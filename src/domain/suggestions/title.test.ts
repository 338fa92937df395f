import { suggestionTitle } from './model'

describe('suggestionTitle', () => {
  const base = { title: '', text: '', topic: 'parks_green' as const }
  it('uses the title, else the start of the words', () => {
    expect(suggestionTitle({ ...base, title: '想要秋千' })).toBe('想要秋千')
    expect(suggestionTitle({ ...base, text: '公园里想要一个秋千' })).toBe('公园里想要一个秋千')
  })

  it('names a drawing as a drawing and a recording as a recording', () => {
    expect(suggestionTitle(base)).toBe('关于“公园和绿地”的画')
    // On the server (audioFileId) and still in the outbox (audioPath).
    expect(suggestionTitle({ ...base, audioFileId: 'cloud://voice.mp3' })).toBe('关于“公园和绿地”的录音')
    expect(suggestionTitle({ ...base, audioPath: 'wxfile://tmp/v.mp3' })).toBe('关于“公园和绿地”的录音')
  })
})
