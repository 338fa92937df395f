import { SPEECH_CHUNK_BYTES, speakableText, speechChunks } from './speech'

const bytes = (s: string) => Buffer.byteLength(s, 'utf8')

describe('text for reading aloud', () => {
  it('drops emoji and decoration, keeps the words and punctuation', () => {
    expect(speakableText('🛝 玩的地方  ›\n你想说哪件事？✏️')).toBe('玩的地方 你想说哪件事？')
    expect(speakableText('👍 我也想要 · 5')).toBe('我也想要 5')
    expect(speakableText('🎨')).toBe('')
  })

  it('keeps short text in one piece', () => {
    expect(speechChunks('公园里有滑梯。你想去吗？')).toEqual(['公园里有滑梯。你想去吗？'])
    expect(speechChunks('  ')).toEqual([])
  })

  it('cuts long text at sentence ends under the plugin’s byte limit, losing nothing', () => {
    const sentence = '渝中区在建设儿童友好城市，'.repeat(5) + '每个小朋友都可以提建议。'
    const text = sentence.repeat(12)
    const chunks = speechChunks(text)
    expect(chunks.length).toBeGreaterThan(1)
    for (const c of chunks) {
      expect(bytes(c)).toBeLessThanOrEqual(SPEECH_CHUNK_BYTES)
      expect(c.endsWith('。')).toBe(true)
    }
    expect(chunks.join('')).toBe(text)
  })

  it('cuts a single overlong sentence by characters', () => {
    const long = '很'.repeat(400)
    const chunks = speechChunks(long, 300)
    expect(chunks.map(bytes).every((b) => b <= 300)).toBe(true)
    expect(chunks.join('')).toBe(long)
  })
})
