import TestUtils from '@tarojs/test-utils-react'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { callCloud } from '../../services/cloud'
import { useOutboxStore } from '../../stores/useOutboxStore'
import { useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import WritePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const SUBMITTED = answer('suggestions', 'submit', {
  id: 'x',
  status: 'submitted',
  visibility: 'visible',
  createdAt: '2026-11-28T02:00:00Z',
  duplicate: false
})

describe('suggestion form', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useOutboxStore.setState({ items: [], progress: {} })
    useSuggestDraftStore.getState().reset(null)
  })

  it('a child picks a topic, writes, gives an age and sends — no name or phone asked', async () => {
    stubCloud(mockedCall, { suggestions: { submit: SUBMITTED } })
    const u = new TestUtils()
    await u.mount(WritePage, {})
    await click(u, byText('.mode-chooser__option', '我是小朋友'))

    // 下一步 without a topic says what is missing.
    await click(u, document.querySelector('.child-wizard__next'))
    await u.queries.waitForQueryByText('选一个你想说的事情吧')
    await click(u, document.querySelector('[data-topic="parks_green"]'))
    await click(u, document.querySelector('.child-wizard__next'))

    await type(u, '.child-wizard__text', '公园里想要一个大滑梯')
    await click(u, document.querySelector('.child-wizard__next'))
    await click(u, document.querySelector('.child-wizard__next')) // 在哪里：可以跳过
    await click(u, byText('.child-wizard__age', '6—9岁'))
    await click(u, document.querySelector('.child-wizard__next'))
    expect(document.body.textContent).not.toMatch(/姓名|学校/)

    await click(u, document.querySelector('.child-wizard__send'))
    await waitUntil(() => document.querySelector('.submit-result')?.textContent?.includes('已提交'), '已提交')
    expect(mockedCall.mock.calls[0]).toEqual(['suggestions', expect.objectContaining({ action: 'submit' })])
    const [{ suggestion }] = requestsTo(mockedCall, 'suggestions', 'submit')
    expect(suggestion).toMatchObject({
      mode: 'child',
      topic: 'parks_green',
      text: '公园里想要一个大滑梯',
      ageGroup: '6to9'
    })
    expect(suggestion).not.toHaveProperty('contact')
    expect(useOutboxStore.getState().items[0].state).toBe('sent')
  })

  it('a child who picks a street is asked, in child words, the community nearest home or school (不知道 kept)', async () => {
    stubCloud(mockedCall, {
      suggestions: { submit: SUBMITTED, similar: answer('suggestions', 'similar', { items: [] }) }
    })
    useSuggestDraftStore.getState().reset('child')
    useSuggestDraftStore
      .getState()
      .update({ topic: 'parks_green', sayWith: 'write', text: '公园里想要一个大滑梯', step: 2 })
    const u = new TestUtils()
    await u.mount(WritePage, {})
    await waitUntil(() => document.querySelector('.street-picker'), 'the where step')
    // Nothing about communities before a street is chosen.
    expect(document.querySelector('.street-picker__communities')).toBeNull()
    await click(u, byText('.street-picker__streets .ui-chip', '解放碑'))
    const communities = () => document.querySelector('.street-picker__communities')
    await waitUntil(() => communities(), 'the community question')
    expect(communities()?.textContent).toContain('离你家或学校最近的社区是')
    expect(communities()?.textContent).toContain('不知道')
    expect(communities()?.textContent).not.toContain('其他/不确定')
    await click(u, byText('.street-picker__communities .ui-chip', '大井巷'))
    expect(useSuggestDraftStore.getState()).toMatchObject({ street: '500103003', community: '500103003019' })
    // 不知道: the street alone, for the street admin to pass on.
    await click(u, byText('.street-picker__communities .ui-chip', '不知道'))
    expect(useSuggestDraftStore.getState().street).toBe('500103003')
    expect(useSuggestDraftStore.getState().community).toBeUndefined()
    await click(u, byText('.street-picker__communities .ui-chip', '大井巷'))

    await click(u, document.querySelector('.child-wizard__next'))
    await click(u, byText('.child-wizard__age', '6—9岁'))
    await click(u, document.querySelector('.child-wizard__next'))
    expect(document.querySelector('.child-wizard__review')?.textContent).toContain('在哪里：解放碑 · 大井巷')
    await click(u, document.querySelector('.child-wizard__send'))
    await waitUntil(() => document.querySelector('.submit-result'), 'the result')
    const [{ suggestion }] = requestsTo(mockedCall, 'suggestions', 'submit')
    expect(suggestion).toMatchObject({ mode: 'child', street: '500103003', community: '500103003019' })
  })

  it('a child’s review shows the chosen street, the age and the drawing; the next one remembers street and age', async () => {
    stubCloud(mockedCall, { suggestions: { submit: SUBMITTED } })
    useSuggestDraftStore.getState().reset('child')
    useSuggestDraftStore.getState().update({
      topic: 'parks_green',
      sayWith: 'draw',
      drawingPath: 'tmp/drawing.png',
      strokes: [
        {
          color: '#000000',
          width: 6,
          points: [
            { x: 1, y: 1 },
            { x: 20, y: 20 }
          ]
        }
      ],
      street: '500103003',
      community: '500103003019',
      ageGroup: '6to9',
      step: 4
    })
    const u = new TestUtils()
    await u.mount(WritePage, {})
    const review = () => document.querySelector('.child-wizard__review')
    await waitUntil(() => review(), 'the review step')
    expect(review()?.textContent).toContain('在哪里：解放碑 · 大井巷')
    expect(review()?.textContent).toContain('年龄：6—9岁')
    expect(review()?.querySelector('.child-wizard__thumb img, img.child-wizard__thumb')?.getAttribute('src')).toBe(
      'tmp/drawing.png'
    )

    // Sent to the outbox (the drawing's upload is not stubbed here: it waits as 待发送).
    await click(u, document.querySelector('.child-wizard__send'))
    await waitUntil(() => document.querySelector('.submit-result'), 'the result')
    expect(useSuggestDraftStore.getState()).toMatchObject({
      mode: 'child',
      topic: null,
      street: '500103003',
      community: '500103003019',
      ageGroup: '6to9'
    })
  })

  it('an adult form opened with a community already chosen says which, in words', async () => {
    useSuggestDraftStore.getState().reset('adult')
    useSuggestDraftStore.getState().update({ street: '500103003', community: '500103003019' })
    const u = new TestUtils()
    await u.mount(WritePage, {})
    await waitUntil(() => document.querySelector('.adult-form'), 'the adult form')
    // The community chips scroll sideways: the choice is said above them, never out of sight.
    expect(document.querySelector('.street-picker__chosen')?.textContent).toBe('已选：解放碑 · 大井巷')
  })

  it('offline, the suggestion waits as 待发送 and keeps the draft’s content in the outbox', async () => {
    stubCloud(mockedCall, { suggestions: { submit: failure('NETWORK', '网络连接失败，请检查网络后重试') } })
    const u = new TestUtils()
    await u.mount(WritePage, {})
    await click(u, byText('.mode-chooser__option', '我是家长'))
    await click(u, document.querySelector('[data-topic="school_way"]'))
    await type(u, '.adult-form .ui-field__input', '学校门口需要护学岗')
    await type(u, '.adult-form .ui-field__textarea', '早上八点前车很多，孩子过马路很危险，希望有人护学。')
    await click(u, document.querySelector('.adult-form__submit'))
    await waitUntil(() => document.querySelector('.submit-result')?.textContent?.includes('待发送'), '待发送')
    const [item] = useOutboxStore.getState().items
    expect(item).toMatchObject({ state: 'pending', attempts: 1, payload: { input: { title: '学校门口需要护学岗' } } })
  })

  it('shows each refusal next to its field and sends nothing', async () => {
    const u = new TestUtils()
    await u.mount(WritePage, {})
    await click(u, byText('.mode-chooser__option', '我是家长'))
    await type(u, '.adult-form .ui-field__input', '路口')
    await click(u, document.querySelector('.adult-form__submit'))
    await u.queries.waitForQueryByText('请选择建议类别')
    expect(document.body.textContent).toContain('标题请写 4—40 个字')
    expect(document.body.textContent).toContain('描述请写 10—500 个字')
    expect(mockedCall).not.toHaveBeenCalled()
  })
})
