// 联系我的社区 on SQLite: a street admin enters their street's community office with its source and
// date; anyone reads it (the others of the street as 暂无); a street admin cannot touch another
// street's, the district can; a save sent again is stored and logged once.
import { dispatch } from '../../server/function'
import { contextFor } from '../../tests/server/test-context'
import { tempRepo } from '../../tests/server/test-repo'
import type { CloudResult } from '../../src/domain/errors'
import type { PublicOffice, StaffOffice } from '../../src/domain/places/offices'
import { DEV_IDENTITIES } from '../../src/domain/roles'
import { DEMO_STAFF } from '../../server/local/seed'
import { placesFunction } from './handler'

const DAJINGXIANG = '500103003019'
const FORM = {
  address: '渝中区大井巷（示例）',
  phones: '023-63000001',
  hours: 'Mo-Fr 09:00-12:00,14:00-17:30',
  hoursNote: '',
  latitude: '',
  longitude: '',
  source: '电话核实（示例）',
  verifiedOn: '2026-12-01'
}

describe('联系我的社区 (SQLite)', () => {
  let t: ReturnType<typeof tempRepo>
  beforeEach(async () => {
    t = tempRepo()
    for (const s of DEMO_STAFF) await t.repo.collection('staff').put(s)
  })
  afterEach(() => t.cleanup())

  const call = async (who: string | null, event: Record<string, unknown>) =>
    dispatch(placesFunction, event, await contextFor(t.repo, who, () => new Date('2026-12-07T02:00:00Z')))
  const data = <T>(r: CloudResult<unknown>): T => {
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
    return r.data as T
  }
  const street = DEV_IDENTITIES.street.openid

  it('a street admin enters an office; anyone reads it, the rest of the street as 暂无', async () => {
    const before = data<{ offices: PublicOffice[] }>(await call(null, { action: 'offices', street: '500103003' }))
    expect(before.offices[0]).toMatchObject({ kind: 'street', name: '解放碑街道办事处', entered: false, phones: [] })
    const saved = data<{ office: StaffOffice }>(
      await call(street, { action: 'saveOffice', code: DAJINGXIANG, office: FORM })
    )
    expect(saved.office).toMatchObject({
      entered: true,
      phones: ['023-63000001'],
      updatedByName: '示例街道管理员 · 解放碑'
    })
    const after = data<{ offices: PublicOffice[] }>(await call('o-parent', { action: 'offices', street: '500103003' }))
    const mine = after.offices.find((o) => o.code === DAJINGXIANG)!
    expect(mine).toMatchObject({
      name: '大井巷社区居民委员会',
      address: '渝中区大井巷（示例）',
      phones: ['023-63000001'],
      source: '电话核实（示例）',
      verifiedOn: '2026-12-01'
    })
    expect(mine.hours.join('')).toContain('09:00')
    expect(JSON.stringify(after)).not.toContain('示例街道管理员')
    expect(after.offices.filter((o) => o.entered)).toHaveLength(1)
    // Sent again: stored once, logged once.
    data(await call(street, { action: 'saveOffice', code: DAJINGXIANG, office: FORM }))
    expect(await t.repo.collection('audit_log').count({ kind: 'save_office' })).toBe(1)
  })

  it('refuses another street’s office, a worker, and bad facts in words beside their field', async () => {
    expect(await call(street, { action: 'saveOffice', code: '500103001', office: FORM })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '街道管理员只能修改本街道的社区通讯录' }
    })
    expect(
      await call(DEV_IDENTITIES.worker.openid, { action: 'saveOffice', code: DAJINGXIANG, office: FORM })
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(
      await call(street, { action: 'saveOffice', code: DAJINGXIANG, office: { ...FORM, source: '' } })
    ).toMatchObject({ ok: false, error: { field: 'source' } })
    expect(await call(null, { action: 'offices', street: 'x' })).toMatchObject({
      ok: false,
      error: { field: 'street' }
    })
    // The district admin may enter any street's.
    expect(
      await call(DEV_IDENTITIES.district.openid, { action: 'saveOffice', code: '500103001', office: FORM })
    ).toMatchObject({ ok: true })
    expect(await call(street, { action: 'staffOffices', street: '500103001' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
  })
})
