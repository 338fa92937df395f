/**
 * Runtime check for a PolicyDocument that arrives from outside the bundle (cloud function, cache).
 * Bundled content is typed at compile time; anything loaded at runtime is `unknown` until this
 * says otherwise. Unknown extra keys are tolerated so older apps can read newer content;
 * publishing (validatePolicyForPublish) refuses them.
 */
import { POLICY_SECTION_IDS, type PolicyDocument } from './content'

export type PolicyValidation = { ok: true; doc: PolicyDocument } | { ok: false; errors: string[] }

type Obj = Record<string, unknown>

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const HTTP_URL = /^https?:\/\/\S+$/

function isObject(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

function isRealDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false
  const [y, m, d] = s.split('-').map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** Collects errors with a path so a bad cloud payload can be diagnosed from the log alone. */
class Checker {
  readonly errors: string[] = []

  object(x: unknown, path: string): Obj | undefined {
    if (isObject(x)) return x
    this.errors.push(`${path}: expected an object`)
    return undefined
  }

  string(x: unknown, path: string, opts: { nonEmpty?: boolean; pattern?: RegExp } = {}): void {
    if (typeof x !== 'string') {
      this.errors.push(`${path}: expected a string`)
    } else if (opts.nonEmpty && x.trim() === '') {
      this.errors.push(`${path}: must not be empty`)
    } else if (opts.pattern && x !== '' && !opts.pattern.test(x)) {
      this.errors.push(`${path}: malformed value "${x.slice(0, 80)}"`)
    }
  }

  date(x: unknown, path: string, required: boolean): void {
    if (typeof x !== 'string' || (x === '' && !required)) return this.string(x, path)
    if (!isRealDate(x)) this.errors.push(`${path}: expected a YYYY-MM-DD date, got "${x.slice(0, 40)}"`)
  }

  array(x: unknown, path: string, nonEmpty: boolean): unknown[] | undefined {
    if (!Array.isArray(x)) {
      this.errors.push(`${path}: expected an array`)
      return undefined
    }
    if (nonEmpty && x.length === 0) this.errors.push(`${path}: must not be empty`)
    return x
  }

  paragraphs(x: unknown, path: string, nonEmpty: boolean): void {
    this.array(x, path, nonEmpty)?.forEach((p, i) => this.string(p, `${path}[${i}]`, { nonEmpty: true }))
  }

  uniqueIds(ids: unknown[], path: string): void {
    const seen = new Set<unknown>()
    for (const id of ids) {
      if (seen.has(id)) this.errors.push(`${path}: duplicate id "${String(id)}"`)
      seen.add(id)
    }
  }
}

function checkSections(c: Checker, x: unknown): void {
  const sections = c.array(x, 'sections', true)
  if (!sections) return
  const ids: unknown[] = []
  sections.forEach((raw, i) => {
    const path = `sections[${i}]`
    const s = c.object(raw, path)
    if (!s) return
    ids.push(s.id)
    if (!(POLICY_SECTION_IDS as readonly unknown[]).includes(s.id)) {
      c.errors.push(`${path}.id: unknown section id "${String(s.id)}"`)
    }
    c.string(s.number, `${path}.number`, { nonEmpty: true })
    c.string(s.title, `${path}.title`, { nonEmpty: true })
    c.paragraphs(s.paragraphs, `${path}.paragraphs`, false)
    const subs = c.array(s.subsections, `${path}.subsections`, false) ?? []
    subs.forEach((rawSub, j) => {
      const subPath = `${path}.subsections[${j}]`
      const sub = c.object(rawSub, subPath)
      if (!sub) return
      c.string(sub.id, `${subPath}.id`, { nonEmpty: true })
      c.string(sub.number, `${subPath}.number`, { nonEmpty: true })
      c.string(sub.title, `${subPath}.title`, { nonEmpty: true })
      c.paragraphs(sub.paragraphs, `${subPath}.paragraphs`, true)
    })
    c.uniqueIds(
      subs.map((sub) => (isObject(sub) ? sub.id : undefined)),
      `${path}.subsections`
    )
  })
  c.uniqueIds(ids, 'sections')
  for (const id of POLICY_SECTION_IDS) {
    if (!ids.includes(id)) c.errors.push(`sections: missing section "${id}"`)
  }
}

function checkQA(c: Checker, x: unknown): void {
  const items = c.array(x, 'qa', true)
  if (!items) return
  items.forEach((raw, i) => {
    const path = `qa[${i}]`
    const q = c.object(raw, path)
    if (!q) return
    c.string(q.id, `${path}.id`, { nonEmpty: true })
    c.string(q.number, `${path}.number`, { nonEmpty: true })
    c.string(q.question, `${path}.question`, { nonEmpty: true })
    c.paragraphs(q.answer, `${path}.answer`, true)
  })
  c.uniqueIds(
    items.map((q) => (isObject(q) ? q.id : undefined)),
    'qa'
  )
}

export function validatePolicyDocument(x: unknown): PolicyValidation {
  const c = new Checker()
  const doc = c.object(x, 'document')
  if (!doc) return { ok: false, errors: c.errors }

  c.string(doc.version, 'version', { nonEmpty: true })
  c.date(doc.updatedAt, 'updatedAt', true)

  const meta = c.object(doc.meta, 'meta')
  if (meta) {
    for (const key of ['indexNumber', 'publisher', 'topic', 'genre', 'docNumber', 'validity']) {
      c.string(meta[key], `meta.${key}`)
    }
    c.date(meta.writtenDate, 'meta.writtenDate', false)
    c.date(meta.publishDate, 'meta.publishDate', false)
  }

  c.string(doc.title, 'title', { nonEmpty: true })
  c.string(doc.intro, 'intro', { nonEmpty: true })
  checkSections(c, doc.sections)
  checkQA(c, doc.qa)

  const expert = c.object(doc.expert, 'expert')
  if (expert) {
    c.string(expert.speaker, 'expert.speaker', { nonEmpty: true })
    c.string(expert.text, 'expert.text', { nonEmpty: true })
  }

  const original = c.object(doc.original, 'original')
  if (original) {
    c.string(original.title, 'original.title', { nonEmpty: true })
    c.string(original.docNumber, 'original.docNumber')
    c.string(original.url, 'original.url', { nonEmpty: true, pattern: HTTP_URL })
  }
  c.string(doc.interpretationUrl, 'interpretationUrl', { nonEmpty: true, pattern: HTTP_URL })
  c.string(doc.attachmentName, 'attachmentName')

  return c.errors.length === 0 ? { ok: true, doc: x as PolicyDocument } : { ok: false, errors: c.errors }
}

/** Bounds on what a district admin may publish: every app downloads and stores the document. */
export const POLICY_LIMITS = {
  /**
   * The whole document as JSON, in characters: it travels in one callFunction, whose data must
   * stay under 100 KB, and a Chinese character is 3 bytes (today's document: about 5,300).
   */
  document: 30_000,
  short: 100,
  title: 300,
  paragraph: 2000,
  url: 500,
  paragraphs: 100,
  subsections: 30,
  qa: 200
} as const

type Shape = { text: number } | { list: Shape; max: number } | { fields: Record<string, Shape> }

const L = POLICY_LIMITS
const short: Shape = { text: L.short }
const title: Shape = { text: L.title }
const paragraphs: Shape = { list: { text: L.paragraph }, max: L.paragraphs }

/** Every field a PolicyDocument has (content.ts), with its size bound; anything else is refused. */
const PUBLISHED_SHAPE: Shape = {
  fields: {
    version: short,
    updatedAt: short,
    meta: {
      fields: {
        indexNumber: short,
        publisher: title,
        topic: short,
        writtenDate: short,
        publishDate: short,
        genre: short,
        docNumber: short,
        validity: short
      }
    },
    title,
    intro: { text: L.paragraph },
    sections: {
      list: {
        fields: {
          id: short,
          number: short,
          title,
          paragraphs,
          subsections: {
            list: { fields: { id: short, number: short, title, paragraphs } },
            max: L.subsections
          }
        }
      },
      max: POLICY_SECTION_IDS.length
    },
    qa: { list: { fields: { id: short, number: short, question: title, answer: paragraphs } }, max: L.qa },
    expert: { fields: { speaker: title, text: { text: L.paragraph } } },
    original: { fields: { title, docNumber: short, url: { text: L.url } } },
    interpretationUrl: { text: L.url },
    attachmentName: title
  }
}

// Types are validatePolicyDocument's job; this only adds unknown fields and sizes.
function checkShape(x: unknown, shape: Shape, path: string, errors: string[]): void {
  if ('text' in shape) {
    if (typeof x === 'string' && x.length > shape.text) errors.push(`${path}: 超过 ${shape.text} 个字`)
  } else if ('list' in shape) {
    if (!Array.isArray(x)) return
    if (x.length > shape.max) errors.push(`${path}: 最多 ${shape.max} 项`)
    x.slice(0, shape.max).forEach((item, i) => checkShape(item, shape.list, `${path}[${i}]`, errors))
  } else if (isObject(x)) {
    for (const key of Object.keys(x)) {
      const at = path ? `${path}.${key}` : key
      if (!Object.prototype.hasOwnProperty.call(shape.fields, key)) errors.push(`${at}: 不认识的字段，请删除`)
      else checkShape(x[key], shape.fields[key], at, errors)
    }
  }
}

/**
 * What `policy.publish` accepts: a valid document (validatePolicyDocument) with only the known
 * fields, each within its size. Reading stays tolerant of extra fields; publishing is where they
 * would enter, so they are refused there, by name, rather than stored unseen.
 */
export function validatePolicyForPublish(x: unknown): PolicyValidation {
  const size = JSON.stringify(x ?? null)?.length ?? 0
  if (size > L.document) return { ok: false, errors: [`document: 整个文档超过 ${L.document} 个字符`] }
  const shapeErrors: string[] = []
  checkShape(x, PUBLISHED_SHAPE, '', shapeErrors)
  const base = validatePolicyDocument(x)
  const errors = [...shapeErrors, ...(base.ok ? [] : base.errors)]
  return errors.length === 0 && base.ok ? base : { ok: false, errors }
}
