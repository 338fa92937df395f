// useCalls: one busy flag over a data module's calls, the typed answer handed back, nothing set after unmount.
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { answer, deferred, requestsTo, stubCloud } from '../../tests/setup/cloud-stub'
import type { ResponseOf } from '../domain/cloud-api'
import type { CloudResult } from '../domain/errors'
import { callCloud } from '../services/cloud'
import { action } from './calls'
import { useCalls } from './use-calls'

jest.mock('../services/cloud', () => ({ callCloud: jest.fn() }))
// React 18 ignores (silently) a state update after unmount, so the hook's own guard is seen
// through the setters it calls: every useState setter is counted.
const stateUpdates = { count: 0 }
jest.mock('react', () => {
  const actual = jest.requireActual('react')
  return {
    ...actual,
    useState: (initial: unknown) => {
      const [value, set] = actual.useState(initial)
      return [
        value,
        (next: unknown) => {
          stateUpdates.count++
          set(next)
        }
      ]
    }
  }
})
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const calls = { support: action('suggestions', 'support') }

let root: Root
let container: HTMLElement

beforeAll(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
})
beforeEach(() => {
  mockedCall.mockReset()
  container = document.createElement('div')
  root = createRoot(container)
})
afterEach(() => act(async () => root.unmount()))

describe('useCalls', () => {
  let probe: ReturnType<typeof useCalls<typeof calls>>
  function ActionProbe() {
    probe = useCalls(calls)
    return null
  }

  it('is busy while a request runs and returns its typed answer', async () => {
    const d = deferred<CloudResult<ResponseOf<'suggestions', 'support'>>>()
    stubCloud(mockedCall, { suggestions: { support: () => d.promise } })
    await act(async () => root.render(<ActionProbe />))
    expect(probe.busy).toBe(false)
    let result: CloudResult<ResponseOf<'suggestions', 'support'>> | undefined
    await act(async () => {
      void probe.support({ id: 's1' }).then((r) => (result = r))
    })
    expect(probe.busy).toBe(true)
    await act(async () => d.resolve(answer('suggestions', 'support', { supportCount: 3, added: true })))
    expect(probe.busy).toBe(false)
    expect(result).toEqual({ ok: true, data: { supportCount: 3, added: true } })
    expect(requestsTo(mockedCall, 'suggestions', 'support')).toEqual([{ id: 's1' }])
  })

  it('sets nothing after unmount, and still hands the answer to the caller', async () => {
    const d = deferred<CloudResult<ResponseOf<'suggestions', 'support'>>>()
    stubCloud(mockedCall, { suggestions: { support: () => d.promise } })
    await act(async () => root.render(<ActionProbe />))
    let result: unknown
    await act(async () => {
      void probe.support({ id: 's1' }).then((r) => (result = r))
    })
    await act(async () => root.unmount())
    const before = stateUpdates.count
    await act(async () => d.resolve(answer('suggestions', 'support', { supportCount: 3, added: true })))
    expect(stateUpdates.count).toBe(before)
    expect(result).toEqual({ ok: true, data: { supportCount: 3, added: true } })
    root = createRoot(container)
  })
})
