import { join } from 'node:path'
import { CloudBaseRepository } from '../server/adapters/cloudbase'
import { fakeCloudBase } from '../tests/fakes/cloudbase-fake'
import { runImportCommand } from './import-places'
import { openCloud } from './seed-places'

const SAMPLE = join(__dirname, 'fixtures/places-sample.csv')

describe('npm run seed:places', () => {
  it('names the missing variables and writes nothing without credentials', async () => {
    const { code, output } = await runImportCommand([SAMPLE], new Date(), openCloud({}))
    expect(code).toBe(1)
    expect(output).toContain('CLOUDBASE_ENV_ID')
    expect(output).toContain('TENCENTCLOUD_SECRETKEY')
  })

  it('imports through the CloudBase adapter (here over the CloudBase fake), and again changes nothing', async () => {
    const db = fakeCloudBase()
    const target = () => ({ repo: new CloudBaseRepository(db), label: '云开发环境 test', close: () => undefined })
    const first = await runImportCommand([SAMPLE], new Date('2026-11-28T02:00:00Z'), target)
    expect(first.output).toContain('云开发环境 test')
    const stored = db.dump('places')
    expect(stored.length).toBeGreaterThan(0)
    const again = await runImportCommand([SAMPLE], new Date('2026-11-29T02:00:00Z'), target)
    expect(again.code).toBe(first.code)
    expect(db.dump('places')).toHaveLength(stored.length)
  })
})
