// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
// 0-9 and A-Z without I, O, Z, S, V.
//   1      registration department (1 机构编制, 5 民政, 9 工商/市场监管, …)
//   2      kind of organisation (e.g. 52 民办非企业单位, 91 企业, 12 事业单位)
//   3–8    the administrative division of the registering authority (GB/T 2260)
//   9–17   the organisation code (GB 11714)
//   18     check character (GB/T 17710, ISO 7064 MOD 31-3): weights 3^(i-1) mod 31
//
// The import uses the code as a place's key (cc-<code>), so a mistyped code would create a
// second record of the same centre: a code whose check character does not match is refused.
//
// Registering authority. Positions 3–8 are the division of the authority that registered the
// organisation, not of where it works: an authority at city level writes the city's own code
// (the standard's example 350100 is Fuzhou city). In Chongqing, a municipality, that is 500000
// (市市场监管局, 市民政局), which registers organisations all over the city. So 500103 (渝中区)
// and 500000 (重庆市级) are what a Yuzhong centre normally has; any other division is possible
// (an organisation registered elsewhere running a centre here) but worth a second look, so it
// is accepted with a note in the report rather than refused.

export const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
export const YUZHONG_DIVISION = '500103'
export const CHONGQING_CITY_DIVISION = '500000'

export type CreditCodeCheck =
  { ok: true; code: string; division: string; note?: string } | { ok: false; code: string; reason: string }

/** The check character for the first 17 characters (which must be from CREDIT_CODE_CHARS). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARS.indexOf(first17[i]) * WEIGHTS[i]
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31]
}

/** Checks a code as typed in a registry listing (spaces ignored, letters upper-cased). */
export function checkCreditCode(input: string): CreditCodeCheck {
  const code = input.replace(/\s/g, '').toUpperCase()
  const fail = (reason: string): CreditCodeCheck => ({ ok: false, code, reason: `统一社会信用代码“${code}”${reason}` })
  if (code.length !== 18) return fail(`应为 18 位（现为 ${code.length} 位）`)
  const wrong = [...code].filter((ch) => !CREDIT_CODE_CHARS.includes(ch))
  if (wrong.length)
    return fail(`含有不可能出现的字符“${[...new Set(wrong)].join('')}”（只用数字和大写字母，不含 I、O、Z、S、V）`)
  const division = code.slice(2, 8)
  if (!/^\d{6}$/.test(division)) return fail('的第 3–8 位应为登记机关的 6 位行政区划代码')
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17])
    return fail('校验位不符，可能有一位抄错了，请对照营业执照或登记证书核对')
  if (division === YUZHONG_DIVISION || division === CHONGQING_CITY_DIVISION) return { ok: true, code, division }
  const where = division.startsWith('50') ? '重庆市其他区县' : '重庆市以外'
  return {
    ok: true,
    code,
    division,
    note: `统一社会信用代码的登记机关在${where}（${division}），不是渝中区（500103）或重庆市级（500000），请核对这家机构是否在渝中区`
  }
}
