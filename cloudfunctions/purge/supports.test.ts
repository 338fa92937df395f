// 我也想要 forgets who gave it after SUPPORT_RETENTION_DAYS; the count stays, and a run cut short
// finishes its swap instead of counting a support twice.
import { tempRepo } from '../../tests/server/test-repo'
import { DAY_MS } from '../../src/domain/clock'
import { SUPPORT_RETENTION_DAYS } from '../../src/domain/suggestions/retention'
import { anonymizeOldSupports, type SupportDoc } from './supports'

const now = new Date('2027-12-01T00:00:00.000Z')
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY_MS).toISOString()

describe('supports: who gave them is kept a year, the count for good', () => {
  let t: ReturnType<typeof tempRepo>
  const col = () => t.repo.collection<SupportDoc>('supports')
  beforeEach(async () => {
    t = tempRepo()
    await col().put({ _id: 's1:o-old', suggestionId: 's1', openid: 'o-old', at: daysAgo(SUPPORT_RETENTION_DAYS + 1) })
    await col().put({ _id: 's1:o-new', suggestionId: 's1', openid: 'o-new', at: daysAgo(SUPPORT_RETENTION_DAYS - 1) })
    await col().put({ _id: 's2:o-old', suggestionId: 's2', openid: 'o-old', at: daysAgo(400) })
  })
  afterEach(() => t.cleanup())

  it('replaces old records with anonymous ones: counts unchanged, no openid left in them', async () => {
    expect(await anonymizeOldSupports(t.repo, now)).toBe(2)
    expect(await col().count({ suggestionId: 's1' })).toBe(2)
    expect(await col().count({ suggestionId: 's2' })).toBe(1)
    const all = await col().find({})
    expect(JSON.stringify(all)).not.toContain('o-old')
    expect(await col().get('s1:o-new')).toMatchObject({ openid: 'o-new' })
    expect(await anonymizeOldSupports(t.repo, now)).toBe(0)
    expect(await col().count()).toBe(3)
  })

  it('a swap cut short after its anonymous record is finished, not repeated', async () => {
    await col().put({ _id: 's2:anonymous-x', suggestionId: 's2', replaces: 's2:o-old' })
    expect(await anonymizeOldSupports(t.repo, now)).toBe(2)
    expect(await col().count({ suggestionId: 's2' })).toBe(1)
    expect(await col().get('s2:anonymous-x')).toEqual({ _id: 's2:anonymous-x', suggestionId: 's2', replaces: null })
  })
})
