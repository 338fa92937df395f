import { policyDocument } from './content'
import { choosePolicy } from './versions'

describe('choosePolicy', () => {
  const newer = { ...policyDocument, version: '2026-12-01.1', updatedAt: '2026-12-01' }
  const older = { ...policyDocument, version: '2024-01-01.1', updatedAt: '2024-01-01' }

  it('keeps the bundled copy when nothing came from the cloud', () => {
    expect(choosePolicy(policyDocument, null)).toEqual({ doc: policyDocument, source: 'bundled' })
  })

  it('takes a valid newer version', () => {
    expect(choosePolicy(policyDocument, newer)).toEqual({ doc: newer, source: 'cloud' })
  })

  it('never lets an older or invalid cloud copy replace the bundled one', () => {
    expect(choosePolicy(policyDocument, older).source).toBe('bundled')
    expect(choosePolicy(policyDocument, { ...newer, qa: 'broken' }).source).toBe('bundled')
    expect(choosePolicy(policyDocument, 'garbage').source).toBe('bundled')
  })

  it('treats the same version as the bundled copy', () => {
    expect(choosePolicy(policyDocument, { ...policyDocument }).source).toBe('bundled')
  })
})
