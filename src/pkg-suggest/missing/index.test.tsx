// A queued suggestion whose files WeChat deleted: 我的 sends the author here, where they send it
// without the files (when what is left can still go), or delete it (when nothing would be left).
import TestUtils from '@tarojs/test-utils-react'
import { answer, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import { missingFilesMessage } from '../../domain/suggestions/draft'
import { callCloud } from '../../services/cloud'
import { useOutboxStore } from '../../stores/useOutboxStore'
import MissingFilesPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const adult = {
  id: 'sug-missing-0001',
  payload: {
    input: {
      id: 'sug-missing-0001',
      mode: 'adult',
      topic: 'safety',
      title: '学校门口需要护学岗',
      text: '上学时车很多，希望有人帮忙。'
    },
    photoPaths: ['wxfile://tmp/gone.jpg']
  },
  uploaded: {},
  state: 'failed',
  attempts: 1,
  nextAttemptAt: 0,
  createdAt: 1,
  missingFiles: ['wxfile://tmp/gone.jpg']
}
const drawingOnly = {
  ...adult,
  id: 'sug-missing-0002',
  payload: {
    input: { id: 'sug-missing-0002', mode: 'child', topic: 'parks_green', title: '', text: '', ageGroup: '6to9' },
    drawingPath: 'wxfile://tmp/drawing.png',
    photoPaths: []
  },
  missingFiles: ['wxfile://tmp/drawing.png']
}

async function open(item: typeof adult | typeof drawingOnly) {
  const withMessage = {
    ...item,
    error: { code: 'VALIDATION', message: missingFilesMessage(item.payload as never, item.missingFiles) }
  }
  useOutboxStore.setState({ items: [withMessage] as never, progress: {} })
  setRouterParams({ id: item.id })
  const u = new TestUtils()
  await u.mount(MissingFilesPage, {})
  return u
}

describe('文件不见了', () => {
  beforeEach(() => mockedCall.mockReset())

  it('a grown-up’s suggestion without its photo can still go: 不带它发送 sends it once, without the photo', async () => {
    stubCloud(mockedCall, {
      suggestions: {
        submit: answer('suggestions', 'submit', {
          id: adult.id,
          status: 'submitted',
          visibility: 'visible',
          createdAt: '2026-12-01T02:00:00Z',
          duplicate: false
        })
      }
    })
    const u = await open(adult)
    expect(document.body.textContent).toContain('学校门口需要护学岗')
    expect(document.body.textContent).toContain('1 张照片已经不在手机上了')
    expect(document.querySelector('.missing-files__readd')).not.toBeNull()
    expect(document.querySelector('.missing-files__discard')).toBeNull()
    await click(u, document.querySelector('.missing-files__without'))
    await waitUntil(() => document.body.textContent?.includes('这条建议已处理：已提交'), 'the sent state')
    const [request] = requestsTo(mockedCall, 'suggestions', 'submit')
    expect(request.suggestion).toMatchObject({ id: adult.id, photoFileIds: [] })
  })

  it('a drawing-only suggestion without its drawing would be empty: only 删掉这条', async () => {
    const u = await open(drawingOnly)
    expect(document.querySelector('.missing-files__without')).toBeNull()
    await click(u, byText('.missing-files__discard', '删掉这条'))
    expect(useOutboxStore.getState().items).toEqual([])
    expect(document.body.textContent).toContain('这条建议已经不在手机上了')
    expect(mockedCall).not.toHaveBeenCalled()
  })
})
