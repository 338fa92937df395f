import { pinyinKey } from './pinyin'

describe('pinyinKey (the name as typed in pinyin, made by the server)', () => {
  it('spells a name in full and by initials, keeping letters and digits', () => {
    const key = pinyinKey('解放碑示例托育中心')
    expect(key.split(' ')).toContain('jiefangbeishilituoyuzhongxin')
    expect(key.split(' ')).toContain('jfbsltyzx')
    expect(pinyinKey('ABC示例亲子乐园')).toContain('abcshiliqinzi')
    expect(pinyinKey('渝中区图书馆')).toContain('yuzhongqutushuguan')
  })

  it('keeps both readings of a character read two ways (重庆: chongqing; 重要: zhong)', () => {
    const key = pinyinKey('重庆医科大学附属儿童医院')
    expect(key).toContain('chongqingyikedaxue')
    expect(key).toContain('zhongqing')
    expect(key).toContain('cqykdx')
  })

  it('stays short for long names full of such characters', () => {
    // At most 8 spellings, each in full and by initials.
    expect(pinyinKey('重重重重重重重重重重重重').split(' ').length).toBeLessThanOrEqual(16)
  })
})
