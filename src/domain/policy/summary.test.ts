import { getPolicySection, policyDocument, type PolicyDocument } from './content'
import { policySummary } from './document-summary'
import { policyFacts } from './facts'
import { chooseSummary, isNewerPolicy, readPolicySummary, summarisePolicy } from './summary'
import { BUNDLED_POLICY_SUMMARY } from './summary.generated'

const edited = (change: (d: PolicyDocument) => void): PolicyDocument => {
  const d: PolicyDocument = JSON.parse(JSON.stringify(policyDocument))
  change(d)
  return d
}

describe('the 政策 tab’s policy summary', () => {
  it('holds what the tab shows, read from the text, and none of the text’s sources', () => {
    const s = summarisePolicy(policyDocument, policyFacts)
    expect(s).toMatchObject({
      version: policyDocument.version,
      qaCount: policyDocument.qa.length,
      originalUrl: policyDocument.original.url,
      totals: { areas: 5, fields: 11, tasks: 46 }
    })
    expect(s.areas.map((a) => a.shortTitle)).toEqual(policyFacts.areas.map((a) => a.shortTitle))
    expect(s.targets.map((t) => t.id)).toEqual(policyFacts.targets.map((t) => t.id))
    for (const fact of [...s.areas, ...s.targets]) expect(fact).not.toHaveProperty('source')
    // The generated bundled copy is this summary (scripts/gen-policy-summary.test.ts checks the file).
    expect(BUNDLED_POLICY_SUMMARY).toEqual(s)
  })

  it('a newer text gives its own figures; one that no longer parses keeps the bundled figures', () => {
    const changed = edited((d) => {
      d.version = '2027-01-01.1'
      d.qa[2].answer = d.qa[2].answer.map((p) => p.replace('不少于4.5个', '不少于6个'))
    })
    expect(policySummary(changed).targets.find((t) => t.id === 'childcareSlotsPerThousand')?.value).toBe(6)

    const broken = edited((d) => {
      d.version = '2027-01-01.2'
      getPolicySection(d, 'content').subsections[1].paragraphs = ['没有实施路径。']
    })
    const s = policySummary(broken)
    expect(s.version).toBe('2027-01-01.2')
    expect(s.totals).toEqual(policyFacts.totals)
  })

  it('takes a cloud summary only when it is whole and newer', () => {
    const newer = { ...BUNDLED_POLICY_SUMMARY, version: '2099-01-01.1', updatedAt: '2099-01-01' }
    expect(chooseSummary(BUNDLED_POLICY_SUMMARY, newer)).toEqual({ summary: newer, source: 'cloud' })
    expect(chooseSummary(BUNDLED_POLICY_SUMMARY, { ...newer, updatedAt: '2000-01-01' }).source).toBe('bundled')
    expect(chooseSummary(BUNDLED_POLICY_SUMMARY, null).source).toBe('bundled')
    // Damaged: a missing figure, a target without its wording, a non-object.
    expect(readPolicySummary({ ...newer, totals: { areas: 5, fields: 11 } })).toBeNull()
    expect(readPolicySummary({ ...newer, targets: [{ ...newer.targets[0], wording: undefined }] })).toBeNull()
    expect(readPolicySummary('{"version":"x"}')).toBeNull()
    expect(readPolicySummary(newer)).toBe(newer)
  })

  it('orders versions by date, and a same-day version with another number is newer', () => {
    const a = { version: '2026-11-28.1', updatedAt: '2026-11-28' }
    expect(isNewerPolicy({ version: '2026-11-29.1', updatedAt: '2026-11-29' }, a)).toBe(true)
    expect(isNewerPolicy({ version: '2026-11-28.2', updatedAt: '2026-11-28' }, a)).toBe(true)
    expect(isNewerPolicy(a, a)).toBe(false)
    expect(isNewerPolicy({ version: '2026-11-27.9', updatedAt: '2026-11-27' }, a)).toBe(false)
  })
})
