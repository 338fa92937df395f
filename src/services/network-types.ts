// What both platform files of ./network offer: a call when the connection comes back.
import type { Implements } from '../platform-contract'

export interface NetworkPlatform {
  /** Returns the function that stops listening. */
  onNetworkBack: (listener: () => void) => () => void
}

export type NetworkPlatforms = [
  Implements<NetworkPlatform, typeof import('./network.weapp')>,
  Implements<NetworkPlatform, typeof import('./network.h5')>
]
