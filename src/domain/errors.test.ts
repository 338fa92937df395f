import { ERROR_MESSAGES, fail, ok, parseCloudResult } from './errors'

describe('cloud results', () => {
  it('passes a success through', () => {
    expect(parseCloudResult({ ok: true, data: { n: 1 } })).toEqual({ ok: true, data: { n: 1 } })
  })

  it('keeps a known error code, its message and field', () => {
    expect(parseCloudResult({ ok: false, error: { code: 'VALIDATION', message: '标题太长', field: 'title' } })).toEqual(
      {
        ok: false,
        error: { code: 'VALIDATION', message: '标题太长', field: 'title' }
      }
    )
  })

  it('fills in the Chinese message when the server sent none', () => {
    expect(parseCloudResult({ ok: false, error: { code: 'RATE_LIMITED' } })).toEqual(fail('RATE_LIMITED'))
    expect(fail('RATE_LIMITED')).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: ERROR_MESSAGES.RATE_LIMITED }
    })
  })

  it.each([undefined, null, 'oops', 42, { ok: 'yes' }, { ok: false, error: { code: 'NOPE' } }, { ok: false }])(
    'turns malformed answer %p into INTERNAL',
    (raw) => {
      const r = parseCloudResult(raw)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.code).toBe('INTERNAL')
    }
  )

  it('has a Chinese message for every code', () => {
    for (const message of Object.values(ERROR_MESSAGES)) expect(message).toMatch(/[\u4e00-\u9fa5]/)
    expect(ok(1)).toEqual({ ok: true, data: 1 })
  })
})
