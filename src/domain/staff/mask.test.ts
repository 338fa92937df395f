import fc from 'fast-check'
import { REDACTED, findPersonalInfo, markPersonalInfo, maskContact, maskName, maskPhone, redactText } from './mask'

describe('masking and redaction', () => {
  it('masks phones as 138****1234, landlines keep their area code', () => {
    expect(maskPhone('13812341234')).toBe('138****1234')
    expect(maskPhone('138 1234 1234')).toBe('138****1234')
    expect(maskPhone('023-63622984')).toBe('023-****2984')
    expect(maskPhone('02363622984')).toBe('023-****2984')
    expect(maskPhone('12345')).toBe('****')
  })

  it('masks names to their first character', () => {
    expect(maskName('王女士')).toBe('王**')
    expect(maskName('妈妈')).toBe('妈*')
    expect(maskName('欧阳娜娜老师')).toBe('欧**')
    expect(maskName('王')).toBe('*')
    expect(maskContact({ name: '王女士', phone: '13800138000' })).toEqual({ name: '王**', phone: '138****8000' })
    expect(maskContact({ phone: '13800138000' })).toEqual({ phone: '138****8000' })
  })

  it('finds phones, id numbers, e-mails and WeChat/QQ ids in free text', () => {
    const text =
      '我家电话13800138000，座机023-63622984，身份证500103201001011234，邮箱a.b@qq.com，微信号：kid_2016ab，QQ 12345678'
    expect(findPersonalInfo(text)).toEqual([
      '13800138000',
      '023-63622984',
      '500103201001011234',
      'a.b@qq.com',
      '微信号：kid_2016ab',
      'QQ 12345678'
    ])
    expect(findPersonalInfo('公园里想要一个大滑梯，2026年建好')).toEqual([])
  })

  it('finds what children write about themselves: the name after 我叫, the school, the house number', () => {
    expect(findPersonalInfo('我叫王小明，在人和街小学读二年级，我家住在中山四路36号3栋2单元502室')).toEqual([
      '王小明',
      '人和街小学',
      '中山四路36号',
      '3栋2单元502室'
    ])
    expect(findPersonalInfo('我叫小明今年8岁，我在德精小学上学')).toEqual(['小明', '德精小学'])
    // Not a school's name, not an address: nothing to review.
    expect(findPersonalInfo('我们学校门口的路很窄，解放碑街道的公园要有厕所')).toEqual([])
  })

  it('marks what it finds in the text, for the review screen', () => {
    expect(markPersonalInfo('我叫王小明，电话13800138000。')).toEqual([
      { text: '我叫', hit: false },
      { text: '王小明', hit: true },
      { text: '，电话', hit: false },
      { text: '13800138000', hit: true },
      { text: '。', hit: false }
    ])
    expect(markPersonalInfo('想要滑梯')).toEqual([{ text: '想要滑梯', hit: false }])
    expect(markPersonalInfo('')).toEqual([])
  })

  it('redacts every occurrence, longest span first', () => {
    expect(redactText('打13800138000或13800138000', ['13800138000'])).toEqual({
      text: `打${REDACTED}或${REDACTED}`,
      count: 2
    })
    expect(redactText('我叫王小明，王小明的妈妈', ['王小明', '王小明的妈妈'])).toEqual({
      text: `我叫${REDACTED}，${REDACTED}`,
      count: 2
    })
    expect(redactText('没有', [''])).toEqual({ text: '没有', count: 0 })
  })
})

// What findPersonalInfo found when its patterns used lookbehind (before the device floor, README):
// the same patterns, run by Node, which parses lookbehind. This copy lives only in the test, which
// never ships to a phone.
const HAN = '\\u4e00-\\u9fa5'
const NOT_IN_NAME = '我你他她们在的是了去到从读上与跟就住家'
const nameChar = (stop: string) => `(?:(?![${stop}])[${HAN}])`
const LOOKBEHIND_PATTERNS: RegExp[] = [
  /(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g,
  /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g,
  /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g,
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/g,
  /(微信号?|vx|VX|wx|WX|QQ号?|qq号?)\s*[:：]?\s*[A-Za-z0-9_-]{5,20}/g,
  new RegExp(`(?<=(?:我叫|我的名字叫|我的名字是|名字叫))${nameChar('今年在是住读的')}{2,3}`, 'g'),
  new RegExp(`[^\\s\\d\\p{P}${NOT_IN_NAME}]{2,10}(?:小学|中学|幼儿园|实验学校|外国语学校|学校)`, 'gu'),
  new RegExp(`${nameChar(NOT_IN_NAME)}{1,8}(?:路|街|巷|道)\\d{1,4}(?:-\\d{1,4})?号(?:附\\d+号)?`, 'g'),
  /\d{1,4}(?:栋|幢|号楼)(?:\d{1,3}单元)?(?:\d{1,4}(?:室|号|楼))?|\d{1,3}单元\d{1,4}室?|\d{3,4}室/g
]
function findWithLookbehind(text: string): string[] {
  const hits = LOOKBEHIND_PATTERNS.flatMap((p) => [...text.matchAll(p)].map((m) => ({ at: m.index ?? 0, value: m[0] })))
  hits.sort((a, b) => a.at - b.at)
  const out: string[] = []
  for (const h of hits) if (!out.some((v) => v.includes(h.value))) out.push(h.value)
  return out
}

describe('findPersonalInfo without lookbehind', () => {
  it('finds what the lookbehind patterns found, at the edges where the text in front decides', () => {
    for (const text of [
      '我叫我叫小明明',
      '我叫小我叫明明',
      '名字叫我的名字是王小明',
      'a13800138000',
      '0138001380000',
      '113800138000',
      '电话13800138000和13900139000',
      '13800138000 13900139000',
      'x500103201001011234',
      '5001032010010112345',
      '500103201001011234X',
      '身份证50010320100101123X号',
      '023-63622984',
      '1023-63622984'
    ])
      expect(findPersonalInfo(text)).toEqual(findWithLookbehind(text))
  })

  it('finds what the lookbehind patterns found, for any text made of the characters they look at', () => {
    const piece = fc.constantFrom(
      ...'0123456789-  aXx@.我叫的名字是小明王今年在住读路号栋单元室微信QQ：，'.split(''),
      '我叫',
      '名字叫',
      '我的名字是',
      '13800138000',
      '023-63622984',
      '500103201001011234',
      '人和街小学',
      '中山四路36号'
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('')
        expect(findPersonalInfo(text)).toEqual(findWithLookbehind(text))
      }),
      { numRuns: 3000 }
    )
  })
})
