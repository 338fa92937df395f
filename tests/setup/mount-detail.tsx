// Page tests of 我的建议 detail: the page mounted for one suggestion with cloud answers stubbed.
import TestUtils from '@tarojs/test-utils-react'
import { answer, stubCloud, type CloudMock } from './cloud-stub'
import { setRouterParams } from './router'
import { waitUntil } from './wait'
import type { MySuggestion } from '../../src/domain/suggestions/model'
import SuggestionDetailPage from '../../src/pkg-suggest/detail/index'

export async function mountDetail(
  mock: CloudMock,
  item: MySuggestion,
  more: Parameters<typeof stubCloud>[1]['suggestions'] = {},
  /** Where to mount (a page container, for a canvas: tests/setup/canvas.ts pageContainer). */
  container?: HTMLElement
): Promise<TestUtils> {
  stubCloud(mock, { suggestions: { get: answer('suggestions', 'get', item), ...more } })
  setRouterParams({ id: item.id })
  const u = new TestUtils()
  await u.mount(SuggestionDetailPage, container ? { container } : {})
  await waitUntil(() => document.querySelector('.my-data-actions'), 'the page')
  return u
}
