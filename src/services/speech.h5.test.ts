// The browser's 读给我听: speechSynthesis in zh-CN with the speakable text; offered only where
// the browser has it; a stop is not an error.
import { canSpeak, speak, stopSpeaking } from './speech.h5'

class FakeUtterance {
  lang = ''
  rate = 1
  onend: (() => void) | null = null
  onerror: ((e: { error: string }) => void) | null = null
  constructor(public text: string) {}
}

describe('speech in the browser', () => {
  const spoken: FakeUtterance[] = []
  const synth = { speak: jest.fn((u: FakeUtterance) => spoken.push(u)), cancel: jest.fn() }

  afterEach(() => {
    delete (window as unknown as Record<string, unknown>).speechSynthesis
    delete (globalThis as unknown as Record<string, unknown>).SpeechSynthesisUtterance
  })

  it('is not offered without speechSynthesis', () => {
    expect(canSpeak()).toBe(false)
  })

  it('speaks the speakable text in zh-CN, resolves at the end, and a stop is not a failure', async () => {
    Object.assign(window, { speechSynthesis: synth })
    Object.assign(globalThis, { SpeechSynthesisUtterance: FakeUtterance })
    expect(canSpeak()).toBe(true)
    const done = speak('🛝 你想说哪件事？')
    expect(spoken[0]).toMatchObject({ text: '你想说哪件事？', lang: 'zh-CN' })
    spoken[0].onend!()
    await expect(done).resolves.toBeUndefined()

    const stopped = speak('在哪个街道？')
    stopSpeaking()
    expect(synth.cancel).toHaveBeenCalled()
    spoken[1].onerror!({ error: 'interrupted' })
    await expect(stopped).resolves.toBeUndefined()

    const broken = speak('你几岁了？')
    spoken[2].onerror!({ error: 'synthesis-failed' })
    await expect(broken).rejects.toThrow('synthesis-failed')
  })
})
