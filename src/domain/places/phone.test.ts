import { normalisePhone, parsePhones } from './phone'

describe('normalisePhone', () => {
  it.each([
    ['023-63622984', '023-63622984'],
    ['02363622984', '023-63622984'],
    ['023 6362 2984', '023-63622984'],
    ['（023）63622984', '023-63622984'],
    ['63622984', '023-63622984'],
    ['+86 23 6362 2984', '023-63622984'],
    ['023-63622984-801', '023-63622984-801'],
    ['023-63622984转801', '023-63622984-801'],
    ['010-62345678', '010-62345678'],
    ['0851-8123456', '0851-8123456'],
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['+86 138-0013-8000', '13800138000'],
    ['400-123-4567', '400-123-4567'],
    ['４００１２３４５６７', '400-123-4567']
  ])('accepts %p as %p', (raw, phone) => {
    expect(normalisePhone(raw)).toEqual({ ok: true, phone })
  })

  it.each(['12345', '023-123', '1380013800', '23800138000', '6362298', 'call me', '023-63622984-1234567', ''])(
    'rejects %p with a Chinese reason',
    (raw) => {
      const r = normalisePhone(raw)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.reason).toMatch(/^电话“.*”(格式|号码位数)不对/)
    }
  )

  it.each(['023-12345678', '023-0362298'])('says of %p that the local number may not start with 0 or 1', (raw) => {
    expect(normalisePhone(raw)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^电话“.*”区号后的号码不能以 0 或 1 开头（/)
    })
  })
})

describe('parsePhones', () => {
  it('splits a cell on Chinese and ASCII separators, and on spaces between whole numbers', () => {
    expect(parsePhones('023-63622984；13800138000')).toEqual({ phones: ['023-63622984', '13800138000'], errors: [] })
    expect(parsePhones('023-63622984 13800138000')).toEqual({ phones: ['023-63622984', '13800138000'], errors: [] })
    expect(parsePhones('023-63622984、02363622984')).toEqual({ phones: ['023-63622984'], errors: [] })
    expect(parsePhones('')).toEqual({ phones: [], errors: [] })
  })

  it('reports each bad number', () => {
    const r = parsePhones('023-63622984, 12345')
    expect(r.phones).toEqual(['023-63622984'])
    expect(r.errors).toEqual([expect.stringContaining('12345')])
  })
})
