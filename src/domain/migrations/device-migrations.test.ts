import { mapLegacyCommunityCode } from './streets-legacy'
import { migrateOutboxState, withCurrentCommunity } from './device-migrations'

// 解放碑 …017 was 公园路 in the old list; the national list gives …017 to 邹容路.
const OLD_GONGYUANLU = '500103003017'

describe('device migrations', () => {
  it('maps an old community code by name; current codes and no community stay', () => {
    const mapped = withCurrentCommunity({ street: '500103003', community: OLD_GONGYUANLU })
    expect(mapped.community).toBe(mapLegacyCommunityCode(OLD_GONGYUANLU) ?? undefined)
    expect(mapped.community).not.toBe(OLD_GONGYUANLU)
    const current = { street: '500103003', community: '500103003019', text: 'x' }
    expect(withCurrentCommunity(current)).toBe(current)
    expect(withCurrentCommunity({ street: '500103003' })).toEqual({ street: '500103003' })
  })

  it('migrates each outbox item’s suggestion and keeps everything else', () => {
    const item = {
      id: 'sug-1',
      state: 'pending',
      uploaded: { 'a.jpg': 'local://files/a.jpg' },
      payload: { input: { id: 'sug-1', street: '500103003', community: OLD_GONGYUANLU }, photoPaths: ['a.jpg'] }
    }
    const out = migrateOutboxState({ items: [item, { id: 'odd' }] }, 0) as { items: Array<typeof item> }
    expect(out.items[0]).toEqual({
      ...item,
      payload: { ...item.payload, input: withCurrentCommunity(item.payload.input) }
    })
    expect(out.items[0].payload.input.community).not.toBe(OLD_GONGYUANLU)
    expect(out.items[1]).toEqual({ id: 'odd' })
    expect(migrateOutboxState(null, 0)).toBeNull()
  })
})
