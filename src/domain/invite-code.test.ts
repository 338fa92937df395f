import { formatInviteCode, inviteCodeFrom, normalizeInviteCode } from './invite-code'

describe('invitation codes', () => {
  it('unambiguous characters, typed in any case with spaces or a hyphen', () => {
    const code = inviteCodeFrom([0, 1, 2, 3, 250, 251, 252, 255])
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
    expect(normalizeInviteCode(` ${formatInviteCode(code).toLowerCase()} `)).toBe(code)
    expect([normalizeInviteCode('ABCD-EFGI'), normalizeInviteCode('ABC'), normalizeInviteCode(42)]).toEqual([
      null,
      null,
      null
    ])
  })
})
