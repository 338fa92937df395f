import { checkCreditCode, creditCodeCheckChar } from './credit-code'

// Codes made up for tests (organisation part "TY…"), their check characters computed with an
// independent implementation of GB 32100-2015 (Python, weights 3^(i-1) mod 31), not with this one.
const VALID = {
  yuzhongNonProfit: '52500103TY0000001Y', // 民办非企业单位, registered by 渝中区
  yuzhongPublic: '12500103TY00000101', // 事业单位, registered by 渝中区
  chongqingCompany: '91500000TY00000096', // 企业, registered at Chongqing city level
  jiangbeiCompany: '91500105TY0000009K', // 企业, registered by 江北区
  beijingCompany: '91110105TY0000009W' // 企业, registered in Beijing (朝阳区)
}

describe('creditCodeCheckChar', () => {
  it.each(Object.values(VALID))('computes the last character of %s', (code) => {
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17])
  })

  it('writes a sum that is a multiple of 31 as "0" (31 - 0 wraps to 0, not a 32nd character)', () => {
    // 52500103TY0000011 sums to a multiple of 31 (independent computation as above).
    expect(creditCodeCheckChar('52500103TY0000011')).toBe('0')
    expect(checkCreditCode('52500103TY00000110')).toMatchObject({ ok: true })
  })
})

describe('checkCreditCode', () => {
  it.each([VALID.yuzhongNonProfit, VALID.yuzhongPublic, VALID.chongqingCompany])(
    'accepts %s without a note (Yuzhong or Chongqing city level)',
    (code) => {
      expect(checkCreditCode(code)).toEqual({ ok: true, code, division: code.slice(2, 8) })
    }
  )

  it('normalises spaces and lower case', () => {
    expect(checkCreditCode(' 52500103 ty0000001y ')).toMatchObject({ ok: true, code: VALID.yuzhongNonProfit })
  })

  it.each([
    [VALID.jiangbeiCompany, '重庆市其他区县（500105）'],
    [VALID.beijingCompany, '重庆市以外（110105）']
  ])('accepts %s with a note naming where it was registered', (code, where) => {
    const result = checkCreditCode(code)
    expect(result.ok).toBe(true)
    expect(result.ok && result.note).toContain(where)
  })

  it.each([
    ['52500103TY0000001', '应为 18 位（现为 17 位）'],
    ['52500103TY0000001YY', '应为 18 位（现为 19 位）'],
    ['52500103TO0000001Y', '不可能出现的字符“O”'],
    ['52500103SI0000001Y', '不可能出现的字符“SI”'],
    ['525001A3TY0000001Y', '第 3–8 位应为登记机关的 6 位行政区划代码'],
    // Each a single-character slip of a valid code: a changed digit, swapped neighbours, another check.
    ['52500103TY0000002Y', '校验位不符'],
    ['25500103TY0000001Y', '校验位不符'],
    ['52500103TY0000001X', '校验位不符']
  ])('refuses %s: %s', (code, reason) => {
    const result = checkCreditCode(code)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.reason).toContain(reason)
  })
})
