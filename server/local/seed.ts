// Demo data for the local backend, written once when its database is new. Every record is
// marked demo: true and the names say 示例; none of it is part of a production deployment.
import { DEV_IDENTITIES, type StaffRecord } from '../../src/domain/roles'
import type { Repository } from '../adapters/repository'
import { seedPlaces } from './seed-places'
import { seedStaffDemo } from './seed-staff'

export const DEMO_STAFF: StaffRecord[] = [
  {
    _id: 'demo-staff-worker',
    openid: DEV_IDENTITIES.worker.openid,
    role: 'community_worker',
    scope: { street: '500103003', communities: ['500103003019'] },
    name: '示例社工 · 大井巷',
    active: true,
    demo: true
  },
  {
    _id: 'demo-staff-worker-zilixiang',
    openid: 'dev-worker-zilixiang',
    role: 'community_worker',
    scope: { street: '500103003', communities: ['500103003018'] },
    name: '示例社工 · 自力巷',
    active: true,
    demo: true
  },
  {
    _id: 'demo-staff-street',
    openid: DEV_IDENTITIES.street.openid,
    role: 'street_admin',
    scope: { street: '500103003' },
    name: '示例街道管理员 · 解放碑',
    active: true,
    demo: true
  },
  {
    _id: 'demo-staff-district',
    openid: DEV_IDENTITIES.district.openid,
    role: 'district_admin',
    scope: {},
    name: '示例区级管理员',
    active: true,
    demo: true
  }
]

interface SeedEvent {
  _id: string
  kind: 'seeded'
  at: string
  version: number
}

export const SEED_VERSION = 1

/** Seeds once per database; returns whether it wrote anything. */
export async function seedDemoData(repo: Repository, now = new Date()): Promise<boolean> {
  const events = repo.collection<SeedEvent>('app_events')
  const marker: SeedEvent = {
    _id: `seed-v${SEED_VERSION}`,
    kind: 'seeded',
    at: now.toISOString(),
    version: SEED_VERSION
  }
  if ((await events.get(marker._id)) !== null) return false
  for (const staff of DEMO_STAFF) await repo.collection<StaffRecord>('staff').put(staff)
  await seedPlaces(repo)
  await seedStaffDemo(repo, now)
  await events.insert(marker)
  return true
}
