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

const tab = (label: string) => byText('.segment-tabs__tab', label)
const review = () => document.querySelector('.child-wizard__review')

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

    useSuggestDraftStore.getState().update({ step: 4 })
    await waitUntil(() => review(), 'the review')
    expect(review()!.textContent).toContain('我说：公园里想要秋千')
    expect(review()!.textContent).toContain('我画了一幅画')
    expect(useSuggestDraftStore.getState().toDraft()).toMatchObject({
      drawingPath: 'data:image/png;base64,AAAA',
      input: { text: '公园里想要秋千' }
    })
  })
})
