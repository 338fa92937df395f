import { COLLECTIONS, COLLECTION_NAMES } from './collections'

describe('collection declarations', () => {
  it('names each collection after its key and closes it to direct client access', () => {
    for (const name of COLLECTION_NAMES) {
      const spec = COLLECTIONS[name]
      expect(spec.name).toBe(name)
      expect(spec.rule).toEqual({ read: false, write: false })
      expect(spec.purpose.length).toBeGreaterThan(4)
    }
  })

  it('declares indexes with unique names over plain field paths', () => {
    for (const name of COLLECTION_NAMES) {
      const names = COLLECTIONS[name].indexes.map((i) => i.name)
      expect(new Set(names).size).toBe(names.length)
      for (const index of COLLECTIONS[name].indexes) {
        expect(index.fields.length).toBeGreaterThan(0)
        for (const f of index.fields) expect(f.field).toMatch(/^[A-Za-z_][\w.]*$/)
      }
    }
  })
})
