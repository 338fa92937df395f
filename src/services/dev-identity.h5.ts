// Browser development builds only: which demo identity the local backend should treat us as.
import { isDevIdentity, type DevIdentity } from '../domain/roles'
import { env } from '../env'
import { taroStorage } from './storage'

const KEY = 'dev-identity'

export const devIdentityAvailable = env.devTools

export function getDevIdentity(): DevIdentity | null {
  if (!env.devTools) return null
  const value = taroStorage.getItem(KEY)
  return isDevIdentity(value) ? value : null
}

export function setDevIdentity(identity: DevIdentity): void {
  if (env.devTools) void taroStorage.setItem(KEY, identity)
}
