import { policyDocument } from './content'
import { POLICY_LIMITS, validatePolicyDocument, validatePolicyForPublish } from './validate'

/** A deep copy as it would arrive over the wire, with one change applied. */
function variant(change: (doc: any) => void): unknown {
  const copy = JSON.parse(JSON.stringify(policyDocument))
  change(copy)
  return copy
}

function errorsOf(x: unknown): string[] {
  const result = validatePolicyDocument(x)
  return result.ok ? [] : result.errors
}

describe('validatePolicyDocument', () => {
  it('accepts the bundled document and a JSON round-trip of it', () => {
    expect(validatePolicyDocument(policyDocument)).toEqual({ ok: true, doc: policyDocument })
    const wire = variant(() => undefined)
    const result = validatePolicyDocument(wire)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.doc).toEqual(policyDocument)
  })

  it('tolerates extra fields a newer version may add', () => {
    expect(
      validatePolicyDocument(
        variant((d) => {
          d.summary = 'new'
          d.qa[0].tags = ['x']
        })
      ).ok
    ).toBe(true)
  })

  it.each([null, undefined, 42, 'text', []])('rejects a non-object (%p)', (x) => {
    expect(errorsOf(x)).toEqual(['document: expected an object'])
  })

  it.each<[string, (d: any) => void, string]>([
    ['missing version', (d) => delete d.version, 'version: expected a string'],
    [
      'bad updatedAt',
      (d) => {
        d.updatedAt = '2026-02-30'
      },
      'updatedAt: expected a YYYY-MM-DD date'
    ],
    [
      'bad publishDate',
      (d) => {
        d.meta.publishDate = '2024/04/02'
      },
      'meta.publishDate: expected a YYYY-MM-DD date'
    ],
    [
      'empty title',
      (d) => {
        d.title = '  '
      },
      'title: must not be empty'
    ],
    [
      'qa not an array',
      (d) => {
        d.qa = {}
      },
      'qa: expected an array'
    ],
    [
      'no questions',
      (d) => {
        d.qa = []
      },
      'qa: must not be empty'
    ],
    [
      'answer as a string',
      (d) => {
        d.qa[2].answer = 'text'
      },
      'qa[2].answer: expected an array'
    ],
    [
      'empty answer paragraph',
      (d) => {
        d.qa[1].answer = ['']
      },
      'qa[1].answer[0]: must not be empty'
    ],
    [
      'duplicate question id',
      (d) => {
        d.qa[1].id = 'q1'
      },
      'qa: duplicate id "q1"'
    ],
    [
      'missing expert section',
      (d) => {
        d.sections.pop()
      },
      'sections: missing section "expert"'
    ],
    [
      'unknown section id',
      (d) => {
        d.sections[0].id = 'intro'
      },
      'sections[0].id: unknown section id "intro"'
    ],
    [
      'subsection without text',
      (d) => {
        d.sections[2].subsections[0].paragraphs = []
      },
      'sections[2].subsections[0].paragraphs: must not be empty'
    ],
    [
      'expert text missing',
      (d) => {
        d.expert = { speaker: 'x' }
      },
      'expert.text: expected a string'
    ],
    [
      'non-http url',
      (d) => {
        d.original.url = 'javascript:alert(1)'
      },
      'original.url: malformed value'
    ],
    [
      'interpretation url missing',
      (d) => {
        d.interpretationUrl = ''
      },
      'interpretationUrl: must not be empty'
    ]
  ])('rejects %s', (_name, change, message) => {
    const errors = errorsOf(variant(change))
    expect(errors.some((e) => e.startsWith(message))).toBe(true)
  })

  it('reports every problem, not just the first', () => {
    const errors = errorsOf(
      variant((d) => {
        d.version = ''
        d.expert = null
        d.qa[0].question = 3
      })
    )
    expect(errors).toEqual(
      expect.arrayContaining([
        'version: must not be empty',
        'expert: expected an object',
        'qa[0].question: expected a string'
      ])
    )
    expect(errors).toHaveLength(3)
  })
})

describe('validatePolicyForPublish', () => {
  const publishErrors = (x: unknown) => {
    const r = validatePolicyForPublish(x)
    return r.ok ? [] : r.errors
  }

  it('accepts the bundled document: every field it has is a known one, within its size', () => {
    expect(validatePolicyForPublish(variant(() => undefined))).toEqual({ ok: true, doc: policyDocument })
  })

  it.each<[string, (d: any) => void, string]>([
    ['a new top-level field', (d) => (d.summary = 'x'), 'summary: 不认识的字段，请删除'],
    ['a field inside a question', (d) => (d.qa[0].tags = ['x']), 'qa[0].tags: 不认识的字段，请删除'],
    [
      'a field inside a subsection',
      (d) => (d.sections[2].subsections[0].html = '<b>'),
      'sections[2].subsections[0].html: 不认识的字段，请删除'
    ],
    ['a field in meta', (d) => (d.meta.author = '某人'), 'meta.author: 不认识的字段，请删除'],
    [
      'a "__proto__" key as JSON.parse makes it',
      (d) => Object.defineProperty(d.expert, '__proto__', { value: { x: 1 }, enumerable: true }),
      'expert.__proto__: 不认识的字段，请删除'
    ],
    [
      'a long title',
      (d) => (d.title = '长'.repeat(POLICY_LIMITS.title + 1)),
      `title: 超过 ${POLICY_LIMITS.title} 个字`
    ],
    [
      'a long answer paragraph',
      (d) => (d.qa[1].answer[0] = '字'.repeat(POLICY_LIMITS.paragraph + 1)),
      `qa[1].answer[0]: 超过 ${POLICY_LIMITS.paragraph} 个字`
    ],
    [
      'a long version',
      (d) => (d.version = 'v'.repeat(POLICY_LIMITS.short + 1)),
      `version: 超过 ${POLICY_LIMITS.short} 个字`
    ],
    [
      'too many questions',
      // Short ones: the whole document stays within its size, so the count is what is refused.
      (d) =>
        (d.qa = Array.from({ length: POLICY_LIMITS.qa + 1 }, (_, i) => ({
          ...d.qa[0],
          id: `q${i}`,
          question: '问',
          answer: ['答']
        }))),
      `qa: 最多 ${POLICY_LIMITS.qa} 项`
    ],
    [
      'a document too large as a whole',
      (d) => (d.sections[0].paragraphs = Array.from({ length: 60 }, () => '段'.repeat(POLICY_LIMITS.paragraph))),
      `document: 整个文档超过 ${POLICY_LIMITS.document} 个字符`
    ]
  ])('refuses %s, naming it', (_name, change, message) => {
    expect(publishErrors(variant(change))).toContain(message)
  })

  it('still reports type errors', () => {
    expect(publishErrors(variant((d) => (d.qa = 'nope')))).toContain('qa: expected an array')
    expect(publishErrors(null)).toEqual(['document: expected an object'])
  })
})
