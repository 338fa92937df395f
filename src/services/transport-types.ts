// What both platform files of ./transport offer: one call of a cloud function by name.
import type { Implements } from '../platform-contract'

export interface TransportPlatform {
  send: (name: string, payload: object) => Promise<unknown>
}

export type TransportPlatforms = [
  Implements<TransportPlatform, typeof import('./transport.weapp')>,
  Implements<TransportPlatform, typeof import('./transport.h5')>
]
