// A child answers 解决了吗 with 还没有 and a drawing: the drawing goes through the follow-up
// outbox (uploaded once; the answer waits for the network and is sent again with the same file).
import { Current } from '@tarojs/runtime'
import { drawStroke, fakeCanvases, pageContainer } from '../../../tests/setup/canvas'
import { answer, failure, requestsTo } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { followUpOutboxId } from '../../domain/suggestions/followup'
import { callCloud } from '../../services/cloud'
import { uploadImage } from '../../services/upload'
import { useFollowUpOutboxStore } from '../../stores/useFollowUpOutboxStore'
import { CLOSED_AT, closedChildSuggestion, reopenedBy } from '../../../tests/fixtures/follow-up'
import { mountDetail } from '../../../tests/setup/mount-detail'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn(), confirm: jest.fn() }))
jest.mock('../../services/upload', () => ({ uploadImage: jest.fn(), imageSrc: (u: string) => u }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const mockedUpload = uploadImage as jest.MockedFunction<typeof uploadImage>

const DRAWING_ID = 'local://files/followup-drawing.png'
const closed = closedChildSuggestion('s7')
const reopened = reopenedBy(closed, { text: '滑梯还是坏的', drawingFileId: DRAWING_ID })

describe('解决了吗？ a child’s 还没有 with a drawing', () => {
  let fakes: ReturnType<typeof fakeCanvases>
  beforeEach(() => {
    mockedCall.mockReset()
    mockedUpload.mockReset().mockResolvedValue(DRAWING_ID)
    useFollowUpOutboxStore.setState({ items: [], answered: {} })
    fakes = fakeCanvases()
  })
  afterEach(() => {
    fakes.restore()
    Current.page = null
  })

  it('draws, says 还没有 offline, and is delivered once when sent again', async () => {
    let online = false
    const u = await mountDetail(
      mockedCall,
      closed,
      {
        followUp: () => (online ? answer('suggestions', 'followUp', reopened) : failure('NETWORK', '网络连接失败')),
        // The answered row holds a drawing: the page asks for its links (the author's own).
        imageUrls: answer('suggestions', 'imageUrls', { photos: [], expiresAt: '2099-01-01T00:00:00Z' })
      },
      pageContainer('/pkg-suggest/detail/index')
    )
    await type(u, '.follow-up', '滑梯还是坏的')
    await click(u, byText('.follow-up__draw', '画一画'))
    await waitUntil(() => fakes.state.contexts > 0, 'the pad')
    expect(document.querySelector('.follow-up .drawing-pad__paper')?.getAttribute('aria-label')).toBe(
      '我的画：还没有解决'
    )
    await u.act(async () =>
      drawStroke(document.querySelector('#follow-up-drawing')!, [
        [10, 10],
        [40, 30]
      ])
    )
    // A drawing goes with 还没有 only.
    await waitUntil(() => !document.querySelector('.follow-up__solved'), '解决了 gone')

    await click(u, byText('.follow-up__not-yet', '还没有'))
    await waitUntil(() => document.querySelector('.follow-up--queued'), 'the queued answer')
    expect(document.querySelector('.follow-up--queued')?.textContent).toContain('连上网就会发给工作人员')
    const id = followUpOutboxId({ id: 's7', closedAt: CLOSED_AT })
    expect(useFollowUpOutboxStore.getState().items).toMatchObject([
      { id, state: 'pending', uploaded: { 'data:image/png;base64,AAAA': DRAWING_ID } }
    ])

    online = true
    await u.act(() => useFollowUpOutboxStore.getState().retry(id))
    await waitUntil(() => document.querySelector('.follow-up--answered'), 'the answer')
    expect(document.querySelector('.follow-up--answered')?.textContent).toContain(
      '你说：还没有。滑梯还是坏的。你还画了一幅画'
    )
    // Uploaded once; the answer sent twice with the same file (the server keeps one).
    expect(mockedUpload).toHaveBeenCalledTimes(1)
    const sent = { id: 's7', answer: 'not_yet', closedAt: CLOSED_AT, text: '滑梯还是坏的', drawingFileId: DRAWING_ID }
    expect(requestsTo(mockedCall, 'suggestions', 'followUp')).toEqual([sent, sent])
    expect(useFollowUpOutboxStore.getState().items[0].state).toBe('sent')
  })

  it('a refused drawing can be answered again; an adult is not offered a drawing', async () => {
    const u = await mountDetail(
      mockedCall,
      closed,
      { followUp: failure('VALIDATION', '画不是你在这里上传的，请重新画一次', 'drawingFileId') },
      pageContainer('/pkg-suggest/detail/index')
    )
    await click(u, byText('.follow-up__draw', '画一画'))
    await waitUntil(() => fakes.state.contexts > 0, 'the pad')
    await u.act(async () => drawStroke(document.querySelector('#follow-up-drawing')!, [[5, 5]]))
    await click(u, byText('.follow-up__not-yet', '还没有'))
    await waitUntil(() => document.querySelector('.follow-up__redraw'), 'the refusal')
    expect(document.querySelector('.follow-up--queued')?.textContent).toContain('发送失败')
    expect(document.querySelector('.follow-up--queued')?.textContent).toContain('画不是你在这里上传的')
    await click(u, byText('.follow-up__redraw', '重新回答'))
    await waitUntil(() => document.querySelector('.follow-up__not-yet'), 'the question again')
    expect(useFollowUpOutboxStore.getState().items).toEqual([])
  })

  it('is not offered to a parent', async () => {
    await mountDetail(mockedCall, { ...closed, mode: 'adult', ageGroup: undefined })
    expect(document.querySelector('.follow-up')).not.toBeNull()
    expect(document.querySelector('.follow-up__draw')).toBeNull()
  })
})
