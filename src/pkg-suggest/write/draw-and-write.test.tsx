// A child who draws and also writes keeps both: switching between 画出来 and 写下来 never loses
// the drawing, and the review and the sent suggestion carry the words and the drawing together.
import { Current } from '@tarojs/runtime'
import TestUtils from '@tarojs/test-utils-react'
import { drawStroke, fakeCanvases, pageContainer } from '../../../tests/setup/canvas'
import { byText, click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { useOutboxStore } from '../../stores/useOutboxStore'
import { useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import WritePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
// The drawing's upload is not answered here: the suggestion waits in the outbox with its content.

const tab = (label: string) => byText('.segment-tabs__tab', label)
const review = () => document.querySelector('.child-wizard__review')
const text = () => document.body.textContent ?? ''

describe('a child’s drawing and words', () => {
  let fakes: ReturnType<typeof fakeCanvases>
  beforeEach(() => {
    fakes = fakeCanvases()
    useOutboxStore.setState({ items: [], progress: {} })
    useSuggestDraftStore.getState().reset('child')
    useSuggestDraftStore.getState().update({ topic: 'parks_green', step: 1, sayWith: 'draw' })
  })
  afterEach(() => {
    Current.page = null
    fakes.restore()
  })

  it('keeps the drawing across the tabs and sends it with the words', async () => {
    const u = new TestUtils()
    await u.mount(WritePage, { container: pageContainer('/pkg-suggest/write/index') })
    await waitUntil(() => fakes.state.contexts > 0, 'the pad')
    await u.act(async () =>
      drawStroke(document.querySelector('#suggest-drawing') as HTMLElement, [
        [10, 10],
        [40, 40]
      ])
    )

    await click(u, tab('✏️ 写下来'))
    await waitUntil(() => document.querySelector('.child-wizard__text'), 'the words')
    expect(useSuggestDraftStore.getState().strokes).toHaveLength(1)
    await type(u, '.child-wizard__text', '公园里想要秋千')

    await click(u, tab('🎨 画出来'))
    await waitUntil(() => document.querySelector('.child-wizard__saved'), 'the drawing still there')

    // Through the wizard as a child goes: 下一步 keeps the drawing, the review shows both.
    await click(u, document.querySelector('.child-wizard__next'))
    await waitUntil(() => text().includes('在哪个街道'), 'the street step')
    await click(u, document.querySelector('.child-wizard__next'))
    await click(u, byText('.child-wizard__age', '6—9岁'))
    await click(u, document.querySelector('.child-wizard__next'))
    await waitUntil(() => review(), 'the review')
    expect(review()!.textContent).toContain('我说：公园里想要秋千')
    expect(review()!.textContent).toContain('我画了一幅画')
    await click(u, document.querySelector('.child-wizard__send'))
    await waitUntil(() => useOutboxStore.getState().items.length === 1, 'the outbox')
    expect(useOutboxStore.getState().items[0].payload).toMatchObject({
      drawingPath: 'data:image/png;base64,AAAA',
      input: { mode: 'child', text: '公园里想要秋千' }
    })
  })
})
