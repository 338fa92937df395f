import { newClientId } from './ids'

describe('newClientId', () => {
  it('is prefixed, time-ordered and passes the suggestion id rule', () => {
    const a = newClientId('sug', 1_700_000_000_000, () => 0.5)
    const b = newClientId('sug', 1_700_000_000_001, () => 0.5)
    expect(a).toMatch(/^sug-[a-z0-9]+-[a-z0-9]{12}$/)
    expect(a < b).toBe(true)
    expect(a).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
  })

  it('differs between calls at the same moment', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newClientId('sug', 1)))
    expect(ids.size).toBe(1000)
  })
})
