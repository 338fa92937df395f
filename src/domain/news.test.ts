import { bulletStating, claimsOf, FACTS } from '../../tests/setup/facts-file'
import { chooseNews, DISTRICT_EXAMPLES, formatExampleDate, NEWS_LIMITS, validateNews } from './news'

describe('district examples', () => {
  it.each(DISTRICT_EXAMPLES.map((e) => [e.id, e] as const))(
    '%s states only what data/sources/yuzhong-facts.md confirms',
    (_id, e) => {
      const claims = claimsOf(`${formatExampleDate(e.date)} ${e.title} ${e.text} ${e.source}`)
      // Its date and numbers stand together in one bullet of the facts file.
      expect(bulletStating(claims)).toBeDefined()
      for (const name of claims.names) expect(FACTS).toContain(name)
      expect(e.source.length).toBeGreaterThan(4)
    }
  )

  it('reads dates, numbers and cited names out of a statement', () => {
    expect(claimsOf('2022年6月 建成 3 条路线，改造 6 处；“红岩议事小代表”；来源：《计划(2024-2026年)》')).toEqual({
      dates: [['June 2022', '2022-06']],
      numbers: ['3', '6'],
      names: ['红岩议事小代表', '《计划(2024-2026年)》']
    })
    // A number the facts do not give is caught.
    expect(bulletStating(claimsOf('2022年6月 建成 4 条路线'))).toBeUndefined()
  })

  it('is newest first, undated last among its neighbours', () => {
    const dated = DISTRICT_EXAMPLES.filter((e) => e.date).map((e) => e.date as string)
    expect([...dated].sort().reverse()).toEqual(dated)
  })

  it('formats the date only as precisely as known', () => {
    expect(formatExampleDate('2022-06')).toBe('2022年6月')
    expect(formatExampleDate('2025')).toBe('2025年')
    expect(formatExampleDate(null)).toBe('')
  })
})

describe('published news (有什么变化 from the cloud)', () => {
  const item = {
    id: 'new-park',
    date: '2026-11',
    title: '示例：新口袋公园开放',
    text: '示例内容。',
    source: '示例来源'
  }

  it('accepts the bundled list and a well-formed one, trimmed, with an empty date as none', () => {
    expect(validateNews(DISTRICT_EXAMPLES)).toEqual({ ok: true, items: DISTRICT_EXAMPLES })
    expect(validateNews([{ ...item, title: ' 示例 ', date: '' }])).toEqual({
      ok: true,
      items: [{ ...item, title: '示例', date: null }]
    })
  })

  it.each([
    ['not a list', { items: [] }, '应是一组条目'],
    ['empty', [], '至少要有一条'],
    ['too many', Array.from({ length: NEWS_LIMITS.items + 1 }, (_, i) => ({ ...item, id: `n-${i}` })), '最多 20 条'],
    ['a missing title', [{ ...item, title: '  ' }], '第 1 条：标题不能为空'],
    ['a long text', [{ ...item, text: '字'.repeat(NEWS_LIMITS.text + 1) }], '第 1 条：内容最多 200 个字'],
    ['a bad date', [{ ...item, date: '2026-13' }], '第 1 条：日期请写成 2025-12 这样的年月，或留空'],
    ['a duplicate id', [item, item], '第 2 条：编号 new-park 重复了'],
    ['an id with spaces', [{ ...item, id: 'New Park' }], '第 1 条：编号只能用小写字母、数字和连字符'],
    ['an unknown field', [{ ...item, link: 'https://example.com' }], '第 1 条：不认识的字段 link'],
    ['not an object', ['文字'], '第 1 条：格式有误']
  ])('refuses %s', (_what, input, error) => {
    const r = validateNews(input)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.errors).toContain(error)
  })

  it('home shows a valid published list, else the bundled one', () => {
    expect(chooseNews(DISTRICT_EXAMPLES, undefined)).toBe(DISTRICT_EXAMPLES)
    expect(chooseNews(DISTRICT_EXAMPLES, [item])).toEqual([item])
    expect(chooseNews(DISTRICT_EXAMPLES, [{ ...item, title: '' }])).toBe(DISTRICT_EXAMPLES)
  })
})
