// Demo data for the local backend, written once when its database is new. Every record is
// marked demo: true and the names say 示例; none of it is part of a production deployment.
import { DEV_IDENTITIES, type StaffRecord } from '../../src/domain/roles'
import type { Department } from '../../src/domain/staff/routing'
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
  },
  {
    _id: 'demo-staff-department-traffic',
    openid: DEV_IDENTITIES.department.openid,
    role: 'department_staff',
    scope: { department: 'demo-dept-traffic' },
    name: '示例交巡警 · 渝中',
    active: true,
    demo: true
  }
]

/** The departments the issue names as examples; a district admin configures the real ones. */
export const DEMO_DEPARTMENTS: Department[] = [
  { _id: 'demo-dept-education', name: '区教委（示例）', topics: ['school_way', 'learning'], active: true, demo: true },
  { _id: 'demo-dept-health', name: '区卫健委（示例）', topics: ['doctor', 'toilets_water'], active: true, demo: true },
  { _id: 'demo-dept-urban', name: '区城管局（示例）', topics: ['parks_green', 'play'], active: true, demo: true },
  { _id: 'demo-dept-traffic', name: '交巡警（示例）', topics: ['school_way', 'safety'], active: true, demo: true },
  { _id: 'demo-dept-women-children', name: '区妇儿工委办（示例）', topics: ['other'], active: true, demo: true }
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
  const departments = await seedDepartments(repo, now)
  if ((await events.get(marker._id)) !== null) return departments
  for (const staff of DEMO_STAFF) await repo.collection<StaffRecord>('staff').put(staff)
  await seedPlaces(repo)
  await seedStaffDemo(repo, now)
  await events.insert(marker)
  return true
}

/**
 * The demo departments and their demo staff member, once per database: also into a database
 * seeded before departments existed (its own marker), never over what an admin changed since.
 */
async function seedDepartments(repo: Repository, now: Date): Promise<boolean> {
  const events = repo.collection<SeedEvent>('app_events')
  const marker: SeedEvent = { _id: 'seed-departments-v1', kind: 'seeded', at: now.toISOString(), version: 1 }
  if ((await events.get(marker._id)) !== null) return false
  for (const d of DEMO_DEPARTMENTS) await repo.collection<Department>('departments').put(d)
  const staff = repo.collection<StaffRecord>('staff')
  for (const r of DEMO_STAFF.filter((r) => r.role === 'department_staff'))
    if (!(await staff.get(r._id))) await staff.put(r)
  await events.insert(marker)
  return true
}
