import { pinyinKey } from './pinyin'
import { dropStalePinyin, nameQueryTerms, placeNameMatcher, searchPlacesByName } from './search'

const PLACES = [
  { id: 'a', name: '解放碑示例托育中心（导入一）', alias: '示例一号' },
  { id: 'b', name: '大坪示例家庭托育点' },
  { id: 'c', name: '重庆医科大学附属儿童医院(渝中院区)' },
  { id: 'd', name: 'ABC示例亲子乐园' }
]
const ids = (query: string) => searchPlacesByName(PLACES, query).map((p) => p.id)

describe('searchPlacesByName', () => {
  it('finds a Chinese name by any part of it', () => {
    expect(ids('托育')).toEqual(['a', 'b'])
    expect(ids('儿童医院')).toEqual(['c'])
    expect(ids('大坪')).toEqual(['b'])
  })

  it('needs every space-separated term, in any order (also the ideographic space)', () => {
    expect(ids('解放碑 托育')).toEqual(['a'])
    expect(ids('托育\u3000大坪')).toEqual(['b'])
    expect(ids('解放碑 医院')).toEqual([])
  })

  it('folds full-width letters, case and punctuation on both sides', () => {
    expect(ids('ＡＢＣ')).toEqual(['d'])
    expect(ids('abc')).toEqual(['d'])
    expect(ids('渝中院区')).toEqual(['c'])
    expect(ids('（导入一）')).toEqual(['a'])
    expect(ids('导入一')).toEqual(['a'])
  })

  it('finds a name typed in pinyin, whole or by initials, through the key the server adds', () => {
    const withKeys = PLACES.map((p) => ({ ...p, pinyin: pinyinKey(`${p.name} ${p.alias ?? ''}`) }))
    const found = (query: string) => searchPlacesByName(withKeys, query).map((p) => p.id)
    expect(found('jiefangbei')).toEqual(['a'])
    expect(found('JieFangBei')).toEqual(['a'])
    expect(found('jfb')).toEqual(['a'])
    expect(found('chongqing ertong')).toEqual(['c'])
    expect(found('tuoyu')).toEqual(['a', 'b'])
    // A single letter is too little to mean a name.
    expect(found('j')).toEqual([])
    // Without the key (the bundled copy before the cloud answers), pinyin finds nothing.
    expect(ids('jiefangbei')).toEqual([])
  })

  it('searches the alias too', () => {
    expect(ids('一号')).toEqual(['a'])
  })

  it('keeps every place for a blank query, and finds nothing for an unknown name', () => {
    expect(ids('')).toEqual(['a', 'b', 'c', 'd'])
    expect(ids('   ')).toEqual(['a', 'b', 'c', 'd'])
    expect(ids('游泳馆')).toEqual([])
  })
})

describe('nameQueryTerms / placeNameMatcher', () => {
  it('splits and folds the query', () => {
    expect(nameQueryTerms(' 解放碑  ＴＹ ')).toEqual(['解放碑', 'ty'])
    expect(nameQueryTerms('，。')).toEqual([])
  })

  it('a place without an alias still matches by name', () => {
    expect(placeNameMatcher('家庭')({ name: '大坪示例家庭托育点' })).toBe(true)
    expect(placeNameMatcher('家庭')({ name: '示例托育中心', alias: undefined })).toBe(false)
  })
})

describe('dropStalePinyin', () => {
  it('drops the key made from an old name, keeps it while the name and alias stay', () => {
    const before = { name: '鹅岭公园', pinyin: 'elinggongyuan elgy' }
    expect(dropStalePinyin(before, { ...before, address: '鹅岭正街' })).toHaveProperty('pinyin', before.pinyin)
    expect(dropStalePinyin(before, { ...before, name: '鹅岭二厂公园' })).not.toHaveProperty('pinyin')
    expect(dropStalePinyin(before, { ...before, alias: '鹅岭' })).not.toHaveProperty('pinyin')
  })
})
