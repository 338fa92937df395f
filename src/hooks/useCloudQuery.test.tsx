import { act, useEffect } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { stateUpdates } from '../../tests/setup/counted-state'
import { answer, deferred, failure, requestsTo, stubCloud } from '../../tests/setup/cloud-stub'
import type { ResponseOf } from '../domain/cloud-api'
import type { CloudResult } from '../domain/errors'
import { callCloud } from '../services/cloud'
import { useCloudQuery, type CloudQuery } from './useCloudQuery'

jest.mock('../services/cloud', () => ({ callCloud: jest.fn() }))
// Every useState setter call is counted: nothing may be set after unmount.
jest.mock('react', () => jest.requireActual('../../tests/setup/counted-state').countingReact())
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

type Get = ResponseOf<'suggestions', 'get'>
type GetAnswer = CloudResult<Get>
// Each render's result, so a test can also see what was on screen in between.
let seen: Array<CloudQuery<Get>> = []
const last = () => seen[seen.length - 1]

function Probe({ id }: { id: string | null }) {
  const q = useCloudQuery('suggestions', id === null ? null : { action: 'get', id })
  useEffect(() => {
    seen.push(q)
  })
  return null
}

const suggestion = (id: string, title: string): Get => ({
  id,
  mode: 'adult',
  topic: 'safety',
  title,
  text: '放学时车多',
  photoFileIds: [],
  onBehalfOfChild: false,
  visibility: 'visible',
  status: 'submitted',
  history: [],
  replies: [],
  supportCount: 0,
  createdAt: '2026-11-28T02:00:00Z',
  updatedAt: '2026-11-28T02:00:00Z'
})

/** Each request gets its own answer, resolved by the test in any order. */
function answerByHand() {
  const pending: Array<ReturnType<typeof deferred<GetAnswer>>> = []
  stubCloud(mockedCall, {
    suggestions: {
      get: () => {
        const d = deferred<GetAnswer>()
        pending.push(d)
        return d.promise
      }
    }
  })
  return pending
}

let root: Root
let container: HTMLElement
const render = (id: string | null) => act(async () => root.render(<Probe id={id} />))

beforeAll(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
})
beforeEach(() => {
  seen = []
  mockedCall.mockReset()
  container = document.createElement('div')
  root = createRoot(container)
})
afterEach(() => act(async () => root.unmount()))

describe('useCloudQuery', () => {
  it('is loading until the answer comes, then holds its data', async () => {
    const pending = answerByHand()
    await render('s1')
    expect(seen[0]).toMatchObject({ status: 'loading', data: null, error: null })
    expect(requestsTo(mockedCall, 'suggestions', 'get')).toEqual([{ id: 's1' }])
    await act(async () => pending[0].resolve(answer('suggestions', 'get', suggestion('s1', '护学岗'))))
    expect(last()).toMatchObject({ status: 'ready', error: null, data: { id: 's1', title: '护学岗' } })
  })

  it('keeps the Chinese error of a failed answer, and retry loads the data', async () => {
    const pending = answerByHand()
    await render('s1')
    await act(async () => pending[0].resolve(failure('NETWORK')))
    expect(last()).toMatchObject({ status: 'error', data: null })
    expect(last().error).toEqual({ code: 'NETWORK', message: '网络连接失败，请检查网络后重试' })

    let retried = false
    await act(async () => {
      void last()
        .reload()
        .then(() => (retried = true))
    })
    expect(last()).toMatchObject({ status: 'loading', error: null })
    await act(async () => pending[1].resolve(answer('suggestions', 'get', suggestion('s1', '护学岗'))))
    expect(retried).toBe(true)
    expect(last()).toMatchObject({ status: 'ready', error: null, data: { title: '护学岗' } })
  })

  it('shows the answer to the last request even when an older one comes later', async () => {
    const pending = answerByHand()
    await render('s1')
    await render('s2')
    // A new question does not show the old answer meanwhile.
    expect(last()).toMatchObject({ status: 'loading', data: null })
    await act(async () => pending[1].resolve(answer('suggestions', 'get', suggestion('s2', '新的'))))
    await act(async () => pending[0].resolve(answer('suggestions', 'get', suggestion('s1', '旧的'))))
    expect(last()).toMatchObject({ status: 'ready', data: { id: 's2', title: '新的' } })
    expect(seen.some((q) => q.data?.id === 's1')).toBe(false)
  })

  it('drops a slower retry’s predecessor, and a late error too', async () => {
    const pending = answerByHand()
    await render('s1')
    await act(async () => void last().reload())
    await act(async () => pending[1].resolve(answer('suggestions', 'get', suggestion('s1', '新的'))))
    await act(async () => pending[0].resolve(failure('TIMEOUT')))
    expect(last()).toMatchObject({ status: 'ready', error: null, data: { title: '新的' } })
  })

  it('asks nothing while the payload is null, and asks once per value (not per object)', async () => {
    answerByHand()
    await render(null)
    expect(last()).toMatchObject({ status: 'idle', data: null })
    expect(mockedCall).not.toHaveBeenCalled()
    await render('s1')
    await render('s1')
    expect(requestsTo(mockedCall, 'suggestions', 'get')).toEqual([{ id: 's1' }])
  })

  it('changes the data locally with setData', async () => {
    stubCloud(mockedCall, { suggestions: { get: answer('suggestions', 'get', suggestion('s1', '护学岗')) } })
    await render('s1')
    await act(async () => last().setData((d) => ({ ...d, supportCount: 5 })))
    expect(last().data).toMatchObject({ title: '护学岗', supportCount: 5 })
  })

  it('sets nothing after unmount', async () => {
    const pending = answerByHand()
    await render('s1')
    await act(async () => root.unmount())
    const before = stateUpdates.count
    // The counter sees the hook's own setters (the loading or busy flag set before unmount).
    expect(before).toBeGreaterThan(0)
    await act(async () => pending[0].resolve(answer('suggestions', 'get', suggestion('s1', '护学岗'))))
    expect(stateUpdates.count).toBe(before)
    root = createRoot(container) // for afterEach
  })
})
