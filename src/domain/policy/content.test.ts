import fs from 'fs'
import path from 'path'
import { getPolicySection, policyDocument, policyTextLines, type PolicyDocument } from './content'

// The published interpretation and the district facts, as copied into data/sources/.
const SOURCES = path.resolve(__dirname, '../../../data/sources')
const SEED_PATH = path.join(SOURCES, 'yuzhong-child-friendly-plan-2024-2026-interpretation.txt')
const FACTS_PATH = path.join(SOURCES, 'yuzhong-facts.md')
const seed = fs.readFileSync(SEED_PATH, 'utf8')
const seedLines = seed.split(/\r?\n/).map((line) => line.trim())

// Page furniture of the government site, not part of the interpretation.
const CHROME_LINES = ['打印 打印', '纠错 纠错', '分享到', '文件下载:', '政策原文:', '扫一扫在手机打开当前页']

const titleIndex = seedLines.findIndex((line) => line.startsWith('《') && line.endsWith('政策解读'))
const headerLines = seedLines.slice(0, titleIndex).filter(Boolean)
const seedContentLines = seedLines.slice(titleIndex).filter((line) => line && !CHROME_LINES.includes(line))

/** Every human-readable string the app shows from the document. */
function contentStrings(doc: PolicyDocument): string[] {
  return [
    doc.intro,
    ...doc.sections.flatMap((s) => [
      s.title,
      ...s.paragraphs,
      ...s.subsections.flatMap((sub) => [sub.title, ...sub.paragraphs])
    ]),
    ...doc.qa.flatMap((q) => [q.question, ...q.answer]),
    doc.expert.speaker,
    doc.expert.text,
    doc.attachmentName,
    doc.original.title
  ]
}

describe('policy content is the published interpretation, word for word', () => {
  it('finds the seed structure it expects', () => {
    expect(titleIndex).toBeGreaterThan(0)
    expect(seedContentLines.length).toBe(24)
  })

  it('every string in the app content appears verbatim in the seed', () => {
    const strings = contentStrings(policyDocument)
    expect(strings.length).toBeGreaterThan(20)
    for (const s of strings) {
      expect(s.length).toBeGreaterThan(0)
      expect(seed.includes(s) ? s : `NOT IN SEED: ${s}`).toBe(s)
    }
  })

  it('the seed content lines and the app content lines are the same, in order (nothing missing, nothing added)', () => {
    const expected = seedContentLines.slice()
    // The page heading carries a line-break space after 建设; the app stores the title without it.
    expect(expected[0].replace(/\s+/g, '')).toBe(policyDocument.title)
    expected[0] = policyDocument.title
    expect(policyTextLines(policyDocument)).toEqual(expected)
  })

  it('the title is the seed heading minus whitespace only', () => {
    const heading = seedLines[titleIndex]
    expect(heading).not.toBe(policyDocument.title)
    expect(heading.replace(/ /g, '')).toBe(policyDocument.title)
    expect(seed.includes(policyDocument.title.slice(0, 15))).toBe(true)
  })

  it('keeps no page chrome', () => {
    const all = policyTextLines(policyDocument).join('\n')
    for (const chrome of ['打印', '纠错', '分享到', '扫一扫', '文件下载', '政策原文']) {
      expect(all.includes(chrome)).toBe(false)
    }
  })

  it('metadata matches the header table of the page', () => {
    const { meta } = policyDocument
    const rows: Array<[string, string]> = [
      ['索引号', meta.indexNumber],
      ['发布机构', meta.publisher],
      ['主题分类', meta.topic],
      ['成文日期', meta.writtenDate],
      ['发布日期', meta.publishDate],
      ['体裁分类', meta.genre],
      ['发文字号', meta.docNumber],
      ['有效性', meta.validity]
    ]
    for (const [label, value] of rows) expect(headerLines).toContain(`${label} ${value}`.trim())
    expect(meta).toEqual({
      indexNumber: '11500103009283772K/2024-00013',
      publisher: '渝中区政府办公室',
      topic: '其他',
      writtenDate: '2024-03-14',
      publishDate: '2024-04-02',
      genre: '政策解读',
      docNumber: '',
      validity: ''
    })
  })

  it('original-document number and both URLs come from the district facts file', () => {
    const facts = fs.readFileSync(FACTS_PATH, 'utf8')
    expect(facts).toContain(policyDocument.original.docNumber)
    expect(facts).toContain(policyDocument.original.url)
    expect(facts).toContain(policyDocument.interpretationUrl)
    expect(policyDocument.original.url).toMatch(/t20240401_\d+\.html$/)
    expect(policyDocument.interpretationUrl).toMatch(/t20240402_\d+\.html$/)
  })

  it('has the stable ids the app links to', () => {
    expect(policyDocument.sections.map((s) => s.id)).toEqual(['background', 'purpose', 'content', 'qa', 'expert'])
    expect(policyDocument.sections.map((s) => s.number)).toEqual(['一', '二', '三', '四', '五'])
    expect(getPolicySection(policyDocument, 'content').subsections.map((s) => [s.id, s.title])).toEqual([
      ['measures', '工作举措'],
      ['safeguards', '组织保障']
    ])
    expect(policyDocument.qa.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5'])
    expect(policyDocument.expert.speaker).toBe('区妇儿工委办主要负责人')
    expect(policyDocument.version).not.toBe('')
    expect(policyDocument.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('getPolicySection rejects an unknown id', () => {
    expect(() => getPolicySection(policyDocument, 'nope' as never)).toThrow('nope')
  })
})
