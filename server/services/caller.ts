import { callerFrom, type Caller, type StaffRecord } from '../../src/domain/roles'
import type { Repository } from '../adapters/repository'

/** Looks the openid up in the staff allowlist; everyone else is a citizen. */
export async function resolveCaller(repo: Repository, openid: string | null): Promise<Caller> {
  if (!openid) return callerFrom(null, null)
  const [staff] = await repo.collection<StaffRecord>('staff').find({ openid, active: true }, { limit: 1 })
  return callerFrom(openid, staff ?? null)
}
