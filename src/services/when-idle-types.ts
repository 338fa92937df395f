// What the two platform files of ./when-idle answer.
import type { Implements } from '../platform-contract'

/** Runs `task` soon, when nothing more urgent is waiting (never within the caller's turn). */
export type WhenIdle = (task: () => void) => void

export interface WhenIdlePlatform {
  whenIdle: WhenIdle
}

export type WhenIdlePlatforms = [
  Implements<WhenIdlePlatform, typeof import('./when-idle.weapp')>,
  Implements<WhenIdlePlatform, typeof import('./when-idle.h5')>
]
