// npm run deploy:db [-- --dry-run]
//
// Creates the missing collections of src/domain/collections.ts with their indexes and custom
// security rules, and sets cloud storage to private, through @cloudbase/manager-node. Reads
// what exists first and changes only what differs (idempotent); prints each change.
// --dry-run prints the plan and changes nothing; without credentials it plans for an empty
// environment, so the full plan can be reviewed anywhere.
import CloudBase from '@cloudbase/manager-node'
import { COLLECTIONS } from '../src/domain/collections'
import { describeStep, formatPlan, planDatabase, ruleText, type DatabaseState, type Step } from './db-plan'
import { CLOUD_ENV, SECRET_ID, SECRET_KEY, resolve, type Env } from './deploy-env'

/** The few console operations the plan needs; tests pass an in-memory one. */
export interface CloudAdmin {
  readState(collections: string[]): Promise<DatabaseState>
  apply(step: Step): Promise<void>
}

const direction = (d: unknown): 'asc' | 'desc' => (String(d) === '-1' ? 'desc' : 'asc')

export function managerAdmin(app: CloudBase): CloudAdmin {
  return {
    async readState(names) {
      const collections: DatabaseState['collections'] = new Map()
      const permissions = await app.permission.describeResourcePermission({
        resourceType: 'collection',
        resources: names
      })
      for (const name of names) {
        if (!(await app.database.checkCollectionExists(name)).Exists) continue
        const table = await app.database.describeCollection(name)
        const permission = permissions.Data.PermissionList.find((p) => p.Resource === name)
        collections.set(name, {
          indexes: (table.Indexes ?? []).map((i) => ({
            name: i.Name,
            unique: Boolean(i.Unique),
            fields: (i.Keys ?? []).map((k) => ({ field: k.Name ?? '', direction: direction(k.Direction) }))
          })),
          rule: permission?.Permission === 'CUSTOM' ? permission.SecurityRule : undefined
        })
      }
      return { collections, storageAcl: await app.storage.getStorageAcl() }
    },
    async apply(step) {
      switch (step.kind) {
        case 'createCollection':
          await app.database.createCollectionIfNotExists(step.collection)
          return
        case 'createIndex':
        case 'replaceIndex':
          await app.database.updateCollection(step.collection, {
            ...(step.kind === 'replaceIndex' ? { DropIndexes: [{ IndexName: step.index.name }] } : {}),
            CreateIndexes: [
              {
                IndexName: step.index.name,
                MgoKeySchema: {
                  MgoIsUnique: Boolean(step.index.unique),
                  MgoIndexKeys: step.index.fields.map((f) => ({
                    Name: f.field,
                    Direction: f.direction === 'asc' ? '1' : '-1'
                  }))
                }
              }
            ]
          })
          return
        case 'setRule':
          await app.permission.modifyResourcePermission({
            resourceType: 'collection',
            resource: step.collection,
            permission: 'CUSTOM',
            securityRule: ruleText(step.rule)
          })
          return
        case 'setStorageAcl':
          await app.storage.setStorageAcl(step.acl as 'PRIVATE')
          return
      }
    }
  }
}

export interface DeployDbResult {
  code: number
  output: string
}

export async function runDeployDb(
  args: string[],
  env: Env,
  connect: (c: { envId: string; secretId: string; secretKey: string; token?: string }) => CloudAdmin = (c) =>
    managerAdmin(new CloudBase(c))
): Promise<DeployDbResult> {
  const dryRun = args.includes('--dry-run')
  const names = Object.values(COLLECTIONS).map((c) => c.name)
  const creds = resolve(env, { envId: CLOUD_ENV, secretId: SECRET_ID, secretKey: SECRET_KEY }, 'deploy:db')
  if (!creds.ok) {
    if (!dryRun)
      return { code: 1, output: `${creds.message}\n（不带凭据时可用 npm run deploy:db -- --dry-run 查看完整计划）` }
    const plan = planDatabase({ collections: new Map() })
    return {
      code: 0,
      output: `演练（--dry-run）：没有凭据，按空环境计划，不连接云端。\n${formatPlan(plan)}`
    }
  }
  const { envId, secretId, secretKey } = creds.values
  const admin = connect({ envId, secretId, secretKey, token: env.TENCENTCLOUD_SESSIONTOKEN || undefined })
  const plan = planDatabase(await admin.readState(names))
  const header = `环境 ${envId}${dryRun ? '（演练，不做变更）' : ''}`
  if (dryRun) return { code: 0, output: `${header}\n${formatPlan(plan)}` }
  const done: string[] = [header]
  for (const step of plan.steps) {
    try {
      await admin.apply(step)
      done.push(`  ✔ ${describeStep(step)}`)
    } catch (e) {
      done.push(`  ✖ ${describeStep(step)}：${(e as Error).message}`, '已停止；修正后再运行一次（已完成的不会重复）。')
      return { code: 1, output: done.join('\n') }
    }
  }
  done.push(plan.steps.length ? `完成：${plan.steps.length} 项变更` : '没有需要变更的内容')
  if (plan.undeclared.length) done.push(`云端有、collections.ts 未声明的索引（保留）：${plan.undeclared.join(', ')}`)
  return { code: 0, output: done.join('\n') }
}

if (/deploy-db\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  runDeployDb(process.argv.slice(2), process.env).then(
    ({ code, output }) => {
      console.log(output)
      process.exit(code)
    },
    (e) => {
      console.error(`deploy:db 失败：${(e as Error).message}`)
      process.exit(1)
    }
  )
}
