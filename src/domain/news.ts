// "What has changed": the district's own examples, as confirmed in data/sources/yuzhong-facts.md
// (dates only as precise as the facts give them). Bundled so home renders at once and offline;
// the public board's adopted suggestions are added from the cloud when they load.

export interface DistrictExample {
  id: string
  /** YYYY-MM, or null when the facts give no date. */
  date: string | null
  title: string
  text: string
  source: string
}

const FACTS = '渝中区公开资料（汇总于 yuzhong-facts）'

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
