// 读给我听 in the browser build: the browser's own speech synthesis in Chinese (zh-CN). Not
// every browser has it (or a Chinese voice); canSpeak() says whether to offer the button.
import { speakableText } from '../domain/speech'

const synth = () => (typeof window !== 'undefined' ? window.speechSynthesis : undefined)

export function canSpeak(): boolean {
  return Boolean(synth()) && typeof SpeechSynthesisUtterance !== 'undefined'
}

/** Reads the text aloud; resolves when it ends or is stopped. Anything already playing stops. */
export function speak(text: string): Promise<void> {
  const s = synth()
  const words = speakableText(text)
  if (!s || !words) return Promise.resolve()
  s.cancel()
  return new Promise((resolve, reject) => {
    const u = new SpeechSynthesisUtterance(words)
    u.lang = 'zh-CN'
    u.rate = 0.9
    u.onend = () => resolve()
    // 'interrupted' / 'canceled': stopped on purpose, not a failure.
    u.onerror = (e) => (e.error === 'interrupted' || e.error === 'canceled' ? resolve() : reject(new Error(e.error)))
    s.speak(u)
  })
}

export function stopSpeaking(): void {
  synth()?.cancel()
}
