import { policyChanges } from './changes'
import { policyDocument as POLICY } from './content'

describe('policyChanges', () => {
  it('nothing for the same document, even with questions reordered', () => {
    expect(policyChanges(POLICY, structuredClone(POLICY))).toEqual([])
    expect(policyChanges(POLICY, { ...POLICY, qa: [...POLICY.qa].reverse() })).toEqual([])
  })

  it('names reworded, added and removed questions and sections, and changed fields', () => {
    const [first, second, ...rest] = POLICY.qa
    const next = {
      ...POLICY,
      intro: `${POLICY.intro}（更新）`,
      qa: [{ ...first, answer: ['新的回答。'] }, ...rest, { ...second, id: 'qa-new', number: '9' }],
      sections: POLICY.sections.slice(1)
    }
    const changes = policyChanges(POLICY, next)
    expect(changes).toEqual(
      expect.arrayContaining([
        { kind: 'changed', what: '导语' },
        { kind: 'changed', what: `问答 ${first.number} ${first.question}` },
        { kind: 'added', what: `问答 9 ${second.question}` },
        { kind: 'removed', what: `问答 ${second.number} ${second.question}` },
        { kind: 'removed', what: `章节 ${POLICY.sections[0].number}${POLICY.sections[0].title}` }
      ])
    )
    expect(changes).toHaveLength(5)
  })
})
