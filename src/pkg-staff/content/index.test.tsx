import TestUtils from '@tarojs/test-utils-react'
import { whoAmIAs } from '../../../tests/fixtures/staff'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { DISTRICT_EXAMPLES } from '../../domain/news'
import { policyDocument } from '../../domain/policy/content'
import type { Role } from '../../domain/roles'
import { callCloud } from '../../services/cloud'
import { useSessionStore } from '../../stores/useSessionStore'
import ContentPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const text = () => document.body.textContent ?? ''
const tab = (label: string) =>
  Array.from(document.querySelectorAll('.segment-tabs__tab')).find((t) => t.textContent?.includes(label))

function setup(role: Role, extra: Parameters<typeof stubCloud>[1]['policy'] = {}) {
  stubCloud(mockedCall, {
    user: { whoami: answer('user', 'whoami', whoAmIAs(role)) },
    staff: {},
    policy: { news: answer('policy', 'news', { items: null }), ...extra }
  })
}

async function mount() {
  const u = new TestUtils()
  await u.mount(ContentPage, {})
  return u
}

describe('政策与动态发布', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useSessionStore.setState({ me: null, status: 'idle' })
  })

  it('only district admins get the forms', async () => {
    setup('street_admin')
    await mount()
    await waitUntil(() => text().includes('由区级管理员发布'), 'the refusal')
    expect(document.querySelector('.content-page__news')).toBeNull()
  })

  it('有什么变化: starts from what home shows, refuses a bad row with its reason, then publishes the list', async () => {
    setup('district_admin', {
      publishNews: (req) =>
        answer('policy', 'publishNews', { count: (req.items as unknown[]).length, publishedAt: 'x' })
    })
    const u = await mount()
    await waitUntil(() => document.querySelectorAll('.content-page__item').length === DISTRICT_EXAMPLES.length, 'rows')

    await click(u, document.querySelector('.content-page__add'))
    await click(u, document.querySelector('.content-page__publish-news'))
    await waitUntil(() => text().includes('第 1 条：标题不能为空'), 'the row’s error')
    expect(requestsTo(mockedCall, 'policy', 'publishNews')).toEqual([])

    await type(u, '.content-page__title', '示例：口袋公园开放')
    await type(u, '.content-page__text', '示例内容。')
    await type(u, '.content-page__source', '示例来源')
    await type(u, '.content-page__date', '2026-11')
    await click(u, document.querySelector('.content-page__publish-news'))
    await waitUntil(() => requestsTo(mockedCall, 'policy', 'publishNews').length === 1, 'the publication')
    const [sent] = requestsTo(mockedCall, 'policy', 'publishNews')
    expect(sent.items).toHaveLength(DISTRICT_EXAMPLES.length + 1)
    expect((sent.items as Array<{ title: string; date: string | null }>)[0]).toMatchObject({
      title: '示例：口袋公园开放',
      date: '2026-11'
    })
    expect(document.querySelector('.content-page__errors')).toBeNull()
  })

  it('政策内容: a broken paste is refused; a valid new version is previewed with its changes, then published', async () => {
    setup('district_admin', {
      publish: answer('policy', 'publish', { version: '2026-12-01.1', publishedAt: 'x' })
    })
    const u = await mount()
    await waitUntil(() => tab('政策内容'), 'the tabs')
    await click(u, tab('政策内容'))

    await type(u, '.content-page__json', '{"version": ')
    await click(u, document.querySelector('.content-page__check'))
    await waitUntil(() => text().includes('不是有效的 JSON'), 'the parse error')

    await type(u, '.content-page__json', JSON.stringify(policyDocument))
    await click(u, document.querySelector('.content-page__check'))
    await waitUntil(() => text().includes('与正在使用的相同'), 'the same-version refusal')

    const next = { ...policyDocument, version: '2026-12-01.1', updatedAt: '2026-12-01', intro: '新的导语。' }
    await type(u, '.content-page__json', JSON.stringify(next))
    await click(u, document.querySelector('.content-page__check'))
    await waitUntil(() => document.querySelector('.content-page__preview'), 'the preview')
    expect(text()).toContain('修改：导语')
    expect(requestsTo(mockedCall, 'policy', 'publish')).toEqual([])
    await click(u, document.querySelector('.content-page__publish-policy'))
    await waitUntil(() => requestsTo(mockedCall, 'policy', 'publish').length === 1, 'the publication')
    expect(requestsTo(mockedCall, 'policy', 'publish')[0].document).toMatchObject({ version: '2026-12-01.1' })
  })

  it('says why publishing failed', async () => {
    setup('district_admin', { publishNews: failure('FORBIDDEN', '只有区级管理员可以发布政策内容') })
    const u = await mount()
    await waitUntil(() => document.querySelector('.content-page__publish-news'), 'the form')
    await click(u, document.querySelector('.content-page__publish-news'))
    await waitUntil(() => text().includes('只有区级管理员可以发布政策内容'), 'the refusal')
  })
})
