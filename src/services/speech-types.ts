// What both platform files of ./speech offer: 读给我听, where the platform can read aloud.
import type { Implements } from '../platform-contract'

export interface SpeechPlatform {
  canSpeak: () => boolean
  speak: (text: string) => Promise<void>
  stopSpeaking: () => void
}

export type SpeechPlatforms = [
  Implements<SpeechPlatform, typeof import('./speech.weapp')>,
  Implements<SpeechPlatform, typeof import('./speech.h5')>
]
