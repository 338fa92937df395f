// The checked-in pinyin table is what the generator makes from the installed pinyin-pro.
import { readFileSync } from 'node:fs'
import { generatePinyinModule, gb2312Hanzi, OUTPUT, readingsOf } from './gen-pinyin'

describe('npm run gen:pinyin', () => {
  it('src/domain/places/pinyin-table.generated.ts equals what the generator produces now', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(generatePinyinModule())
  })

  it('covers GB 2312’s 6,763 characters with their toneless readings', () => {
    const chars = gb2312Hanzi()
    expect(chars).toHaveLength(6763)
    expect(chars[0]).toBe('啊')
    expect(readingsOf('碑')).toEqual(['bei'])
    expect(readingsOf('重')).toEqual(['zhong', 'chong'])
    expect(readingsOf('绿')).toContain('lv')
  })
})
