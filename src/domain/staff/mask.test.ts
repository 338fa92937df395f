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
