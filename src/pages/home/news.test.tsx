// 有什么变化 as the home page shows it, checked against data/sources/yuzhong-facts.md: every date,
// number and name an entry of the district's own shows must be confirmed there.
import TestUtils from '@tarojs/test-utils-react'
import { answer, stubCloud } from '../../../tests/setup/cloud-stub'
import { bulletStating, claimsOf, FACTS } from '../../../tests/setup/facts-file'
import { internalMarks } from '../../domain/citizen-text'
import { DISTRICT_EXAMPLES } from '../../domain/news'
import { callCloud } from '../../services/cloud'
import { NOTHING_ENTERED_ANSWER } from '../../../tests/fixtures/policy'
import HomePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

// The proper names each entry shows (places, institutions, programmes). The dates and numbers are
// read from the page; names cannot be told apart from other words, so they are listed here, and
// a new entry fails until its names are.
const NAMES: Record<string, string[]> = {
  'reps-2025': ['红岩议事小代表'],
  'shangqingsi-street': ['上清寺', '高品质山地儿童友好街区', '山城步道'],
  'dejing-hall': ['德精小学', '儿童友好馆', '上清寺街道', '曾家岩'],
  'first-batch': ['渝中区']
}

const text = (el: Element, cls: string) => el.querySelector(`.${cls}`)?.textContent ?? ''

describe('home: what has changed, against the facts file', () => {
  beforeEach(() => mockedCall.mockReset())

  it('shows every district example, each stating only what the facts file confirms', async () => {
    // No adopted suggestions: only the district's own entries are on the list.
    stubCloud(mockedCall, {
      policy: { news: answer('policy', 'news', { items: null }), progress: NOTHING_ENTERED_ANSWER },
      suggestions: { listPublic: answer('suggestions', 'listPublic', { items: [], hasMore: false }) }
    })
    const u = new TestUtils()
    await u.mount(HomePage, {})
    await u.queries.waitForQueryByText(DISTRICT_EXAMPLES[0].title)

    const items = Array.from(document.querySelectorAll('.changes__item:not(.changes__item--board)'))
    expect(items).toHaveLength(DISTRICT_EXAMPLES.length)
    items.forEach((item, i) => {
      const example = DISTRICT_EXAMPLES[i]
      const shown = ['changes__tag', 'changes__title', 'changes__text', 'changes__source'].map((c) => text(item, c))
      expect(shown[1]).toBe(example.title)
      const claims = claimsOf(shown.join(' '))
      // The shown dates and numbers stand together in one bullet of the facts file.
      expect({ id: example.id, bullet: bulletStating(claims) }).toEqual({ id: example.id, bullet: expect.any(String) })
      const names = [...claims.names, ...(NAMES[example.id] ?? [])]
      expect(NAMES[example.id]?.length).toBeGreaterThan(0)
      for (const name of names) {
        expect(item.textContent).toContain(name)
        expect(FACTS).toContain(name)
      }
    })
    // Sources in a parent's words: no project file names.
    expect(internalMarks(document.body.textContent ?? '')).toEqual([])
    // A dated entry shows its date (as precisely as the facts give it).
    expect(text(items[0], 'changes__tag')).toBe('2025年12月')
  })
})
