// Prints every collection with its indexes and security rule, for the CloudBase console
// (数据库 → 集合 → 索引管理 / 数据权限 → 自定义安全规则). Run: npm run db:rules
import { COLLECTIONS } from '../src/domain/collections'

for (const spec of Object.values(COLLECTIONS)) {
  console.log(`\n## ${spec.name} — ${spec.purpose}`)
  console.log(`安全规则: ${JSON.stringify(spec.rule)}`)
  for (const index of spec.indexes) {
    const fields = index.fields.map((f) => `${f.field} ${f.direction === 'asc' ? '升序' : '降序'}`).join(', ')
    console.log(`索引 ${index.name}${'unique' in index && index.unique ? '（唯一）' : ''}: ${fields}`)
  }
}
