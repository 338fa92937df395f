// What both platform files of ./system offer: whether the user asked for large text.
import type { Implements } from '../platform-contract'

export interface SystemPlatform {
  prefersLargeText: () => boolean
}

export type SystemPlatforms = [
  Implements<SystemPlatform, typeof import('./system.weapp')>,
  Implements<SystemPlatform, typeof import('./system.h5')>
]
