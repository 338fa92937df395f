// "What has changed": the district's own examples, as confirmed in data/sources/yuzhong-facts.md
// (dates only as precise as the facts give them). Bundled so home renders at once and offline;
// the public board's adopted suggestions are added from the cloud when they load.
import { charCount, visibleText } from './text'

export interface DistrictExample {
  id: string
  /** YYYY-MM, or null when the facts give no date. */
  date: string | null
  title: string
  text: string
  source: string
}

const FACTS = '渝中区公开资料'

export const DISTRICT_EXAMPLES: DistrictExample[] = [
  {
    id: 'reps-2025',
    date: '2025-12',
    title: '“红岩议事小代表”产生',
    text: '儿童议事代表参与讨论身边的事，让孩子的声音进入社区治理。',
    source: FACTS
  },
  {
    id: 'shangqingsi-street',
    date: null,
    title: '上清寺：高品质山地儿童友好街区',
    text: '在山城步道上建成 3 条儿童友好步行路线，改造 6 处儿童活动空间，入选国家第二批可复制推广经验。',
    source: FACTS
  },
  {
    id: 'dejing-hall',
    date: '2022-06',
    title: '德精小学儿童友好馆开馆',
    text: '位于上清寺街道曾家岩社区。',
    source: FACTS
  },
  {
    id: 'first-batch',
    date: '2022-06',
    title: '渝中区入选第一批国家儿童友好城市建设名单',
    // Counted as the facts file does (14 in the first batch; the interpretation says "其他13个").
    text: '成为首批 14 个建设国家儿童友好城市的地区之一。',
    source: '《重庆市渝中区儿童友好城市建设三年行动计划(2024-2026年)》政策解读'
  }
]

export function formatExampleDate(date: string | null): string {
  if (!date) return ''
  const [y, m] = date.split('-')
  return m ? `${y}年${Number(m)}月` : `${y}年`
}

/** What a district admin may publish as 有什么变化: a short list of dated, sourced items. */
export const NEWS_LIMITS = { items: 20, id: 40, title: 40, text: 200, source: 80, date: 'YYYY-MM'.length } as const

export type NewsValidation = { ok: true; items: DistrictExample[] } | { ok: false; errors: string[] }

const NEWS_ID = /^[a-z0-9][a-z0-9-]*$/
const NEWS_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/
const NEWS_FIELDS = new Set(['id', 'date', 'title', 'text', 'source'])

/**
 * Checks a list of news items from outside the bundle (a publish request, a cloud answer): every
 * field known, present and within its length, ids unique, dates YYYY-MM or empty. Errors name the
 * item and field in Chinese, for the admin's form and the function's refusal alike.
 */
export function validateNews(input: unknown): NewsValidation {
  if (!Array.isArray(input)) return { ok: false, errors: ['应是一组条目'] }
  const errors: string[] = []
  if (input.length === 0) errors.push('至少要有一条')
  if (input.length > NEWS_LIMITS.items) errors.push(`最多 ${NEWS_LIMITS.items} 条`)
  const seen = new Set<string>()
  const items: DistrictExample[] = []
  input.slice(0, NEWS_LIMITS.items).forEach((raw, i) => {
    const at = `第 ${i + 1} 条`
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return errors.push(`${at}：格式有误`)
    const r = raw as Record<string, unknown>
    const extra = Object.keys(r).filter((k) => !NEWS_FIELDS.has(k))
    if (extra.length) errors.push(`${at}：不认识的字段 ${extra.join('、')}`)
    const text = (key: 'id' | 'title' | 'text' | 'source', label: string) => {
      // As people see it: characters that show nothing are no text (src/domain/text.ts).
      const v = typeof r[key] === 'string' ? visibleText(r[key] as string) : ''
      if (v === '') {
        errors.push(`${at}：${label}不能为空`)
        return ''
      }
      if (charCount(v) > NEWS_LIMITS[key]) errors.push(`${at}：${label}最多 ${NEWS_LIMITS[key]} 个字`)
      return v
    }
    const id = text('id', '编号')
    if (id && !NEWS_ID.test(id)) errors.push(`${at}：编号只能用小写字母、数字和连字符`)
    if (id && seen.has(id)) errors.push(`${at}：编号 ${id} 重复了`)
    seen.add(id)
    const date = r.date === undefined || r.date === null || r.date === '' ? null : r.date
    if (date !== null && (typeof date !== 'string' || !NEWS_MONTH.test(date)))
      errors.push(`${at}：日期请写成 2025-12 这样的年月，或留空`)
    items.push({
      id,
      date: typeof date === 'string' ? date : null,
      title: text('title', '标题'),
      text: text('text', '内容'),
      source: text('source', '来源')
    })
  })
  return errors.length ? { ok: false, errors } : { ok: true, items }
}

/** What home shows: a valid published list from the cloud, else the bundled one. */
export function chooseNews(bundled: DistrictExample[], published: unknown): DistrictExample[] {
  if (published == null) return bundled
  const checked = validateNews(published)
  return checked.ok ? checked.items : bundled
}
