import { COLLECTIONS } from '../src/domain/collections'
import { planDatabase, STORAGE_ACL, type DatabaseState, type ExistingCollection, type Step } from './db-plan'
import { runDeployDb, type CloudAdmin } from './deploy-db'

const CREDS = { CLOUDBASE_ENV_ID: 'env-1', TENCENTCLOUD_SECRETID: 'id', TENCENTCLOUD_SECRETKEY: 'key' }

/** An environment in memory that applies the steps as the console would. */
function memoryAdmin(state: DatabaseState = { collections: new Map() }) {
  const applied: Step[] = []
  const admin: CloudAdmin = {
    readState: async () => state,
    async apply(step) {
      applied.push(step)
      const c = step.kind === 'setStorageAcl' ? undefined : state.collections.get(step.collection)
      if (step.kind === 'createCollection') state.collections.set(step.collection, { indexes: [] })
      else if (step.kind === 'createIndex' || step.kind === 'replaceIndex') {
        c!.indexes = c!.indexes.filter((i) => i.name !== step.index.name)
        c!.indexes.push({ name: step.index.name, fields: step.index.fields, unique: Boolean(step.index.unique) })
      } else if (step.kind === 'setRule') c!.rule = JSON.stringify(step.rule)
      else state.storageAcl = step.acl
    }
  }
  return { admin, applied, state }
}

describe('npm run deploy:db', () => {
  it('--dry-run without credentials prints the full plan: every collection, index and rule', async () => {
    const { code, output } = await runDeployDb(['--dry-run'], {})
    expect(code).toBe(0)
    for (const spec of Object.values(COLLECTIONS)) {
      expect(output).toContain(`创建集合 ${spec.name}\n`)
      expect(output).toContain(`设置 ${spec.name} 的安全规则（自定义）：${JSON.stringify(spec.rule)}`)
      for (const index of spec.indexes) expect(output).toContain(`索引 ${spec.name}.${index.name}`)
    }
    expect(output).toContain(`设置云存储权限：${STORAGE_ACL}`)
  })

  it('without credentials (and no --dry-run) names every missing variable and changes nothing', async () => {
    const { code, output } = await runDeployDb([], { TARO_APP_CLOUD_ENV: 'env-1' })
    expect(code).toBe(1)
    expect(output).toContain('TENCENTCLOUD_SECRETID')
    expect(output).toContain('TENCENTCLOUD_SECRETKEY')
    expect(output).not.toContain('CLOUDBASE_ENV_ID（')
  })

  it('applies the plan, then a second run changes nothing (idempotent)', async () => {
    const env = memoryAdmin()
    const first = await runDeployDb([], CREDS, () => env.admin)
    expect(first.code).toBe(0)
    expect([...env.state.collections.keys()].sort()).toEqual(
      Object.values(COLLECTIONS)
        .map((c) => c.name)
        .sort()
    )
    const count = env.applied.length
    const second = await runDeployDb([], CREDS, () => env.admin)
    expect(second.output).toContain('没有需要变更的内容')
    expect(env.applied).toHaveLength(count)
  })

  it('--dry-run with credentials reads the environment and changes nothing', async () => {
    const env = memoryAdmin()
    const { output } = await runDeployDb(['--dry-run'], CREDS, () => env.admin)
    expect(output).toContain('演练')
    expect(env.applied).toEqual([])
  })

  it('rebuilds an index whose fields differ, sets a changed rule, keeps undeclared indexes', () => {
    const collections = new Map<string, ExistingCollection>(
      Object.values(COLLECTIONS).map((spec): [string, ExistingCollection] => [
        spec.name,
        {
          indexes: spec.indexes.map((i) => ({
            name: i.name,
            fields: [...i.fields],
            unique: 'unique' in i && i.unique
          })),
          rule: JSON.stringify(spec.rule)
        }
      ])
    )
    collections.get('staff')!.indexes[0].unique = false
    collections
      .get('staff')!
      .indexes.push({ name: 'by_hand', fields: [{ field: 'x', direction: 'asc' }], unique: false })
    collections.get('policy')!.rule = '{"read": true, "write": false}'
    const plan = planDatabase({ collections, storageAcl: STORAGE_ACL })
    expect(plan.steps.map((s) => `${s.kind}:${'collection' in s ? s.collection : ''}`)).toEqual([
      'replaceIndex:staff',
      'setRule:policy'
    ])
    expect(plan.undeclared).toEqual(['staff.by_hand'])
  })
})
