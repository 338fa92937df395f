// What both platform files of ./dev-identity offer: the developer-only identity switch of the
// browser build (npm start); WeChat builds have none.
import type { DevIdentity } from '../domain/roles'
import type { Implements } from '../platform-contract'

export interface DevIdentityPlatform {
  devIdentityAvailable: boolean
  getDevIdentity: () => DevIdentity | null
  setDevIdentity: (identity: DevIdentity) => void
}

export type DevIdentityPlatforms = [
  Implements<DevIdentityPlatform, typeof import('./dev-identity.weapp')>,
  Implements<DevIdentityPlatform, typeof import('./dev-identity.h5')>
]
