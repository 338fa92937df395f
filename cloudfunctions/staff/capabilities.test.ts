// The capabilities `me` sends the pages are the ones the functions enforce: for each role, a
// page that shows 地点导入, 政策与动态发布 or 复核 (approve text the content check blocked)
// shows it exactly when the function would let the call through.
import { dispatch } from '../../server/function'
import { contextFor } from '../../tests/server/test-context'
import { placesFunction } from '../places/handler'
import { policyFunction } from '../policy/handler'
import { childInA, staffKit, WHO, type StaffKit } from '../../tests/server/test-kit'

const ROW = 'name,address,lat,lng,phone,careTypes\n测试托育,解放碑路1号,29.55,106.57,023-12345678,full_day'
const NEWS = [{ id: 'cap-news-1', date: '2026-11', title: '示例动态', text: '示例内容。', source: '示例来源' }]

describe('staff capabilities: what me says is what the functions do', () => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
  })
  afterEach(() => k.cleanup())

  const as = (who: 'workerA' | 'street' | 'district') => contextFor(k.repo, WHO[who], k.now)

  it.each(['workerA', 'street', 'district'] as const)('%s: import places and publish content', async (who) => {
    const me = await k.me(who)
    if (!me.ok) throw new Error('me failed')
    const imported = await dispatch(placesFunction, { action: 'import', text: ROW, dryRun: true }, await as(who))
    const news = await dispatch(policyFunction, { action: 'publishNews', items: NEWS }, await as(who))
    expect(typeof me.data.can.importPlaces).toBe('boolean')
    expect(typeof me.data.can.publishContent).toBe('boolean')
    expect(imported.ok || imported.error.code !== 'FORBIDDEN').toBe(me.data.can.importPlaces)
    expect(news.ok || news.error.code !== 'FORBIDDEN').toBe(me.data.can.publishContent)
  })

  it.each(['workerA', 'street', 'district'] as const)('%s: approve a blocked suggestion', async (who) => {
    const me = await k.me(who)
    if (!me.ok) throw new Error('me failed')
    expect(await k.submit('dev-cap-author', childInA)).toMatchObject({ ok: true })
    await k.repo.collection('suggestions').update(childInA.id, { visibility: 'blocked' })
    const r = await k.call(who, 'moderate', { id: childInA.id, op: 'approve' })
    expect(typeof me.data.can.reviewBlocked).toBe('boolean')
    expect(r.ok || r.error.code !== 'FORBIDDEN').toBe(me.data.can.reviewBlocked)
  })

  it('only the district imports and publishes; street and district review blocked text', async () => {
    const can = async (who: 'workerA' | 'street' | 'district') => {
      const me = await k.me(who)
      return me.ok ? [me.data.can.importPlaces, me.data.can.publishContent, me.data.can.reviewBlocked] : null
    }
    expect(await can('workerA')).toEqual([false, false, false])
    expect(await can('street')).toEqual([false, false, true])
    expect(await can('district')).toEqual([true, true, true])
  })
})
