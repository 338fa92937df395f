import Papa from 'papaparse'
import { parseCsvRecords } from './csv'

describe('parseCsvRecords', () => {
  it('reads quoted cells with delimiters, doubled quotes and line breaks', () => {
    const text = 'name,address,note\r\n"一米托育, 二店","解放碑""8号""",\n"两行\n说明",b,c\n'
    expect(parseCsvRecords(text)).toEqual([
      ['name', 'address', 'note'],
      ['一米托育, 二店', '解放碑"8号"', ''],
      ['两行\n说明', 'b', 'c']
    ])
  })

  it.each([
    ['\t', 'tab'],
    [';', 'semicolon'],
    ['|', 'pipe']
  ])('takes the header line’s delimiter (%p, %s)', (d) => {
    expect(parseCsvRecords(`a${d}b${d}c\n1${d}"2${d}x"${d}3`)).toEqual([
      ['a', 'b', 'c'],
      ['1', `2${d}x`, '3']
    ])
  })

  it('keeps blank lines and short rows as they are', () => {
    expect(parseCsvRecords('a,b\n\n1\n')).toEqual([['a', 'b'], [''], ['1']])
  })

  it.each([
    'institution_name,lat,lng\n"托育中心",29.55,106.57\n',
    'a,b,c\r\n1,"x, ""y""",3\r\n\r\n4,5\r\n',
    'h1,h2\n"a\nb",c\n',
    'only\n'
  ])('agrees with papaparse on %p (which adds an empty record after a final line break)', (text) => {
    const papa = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false }).data
    expect(parseCsvRecords(text)).toEqual(papa.slice(0, -1))
  })
})
