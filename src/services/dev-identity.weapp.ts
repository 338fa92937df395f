// WeChat builds have no identity switch: the caller is whoever WeChat says it is.
import type { DevIdentity } from '../domain/roles'

export const devIdentityAvailable = false

export function getDevIdentity(): DevIdentity | null {
  return null
}

export function setDevIdentity(_identity: DevIdentity): void {}
