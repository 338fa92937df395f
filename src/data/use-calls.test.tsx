// useCalls: one busy flag over a data module's calls, the typed answer handed back, nothing set after unmount.
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { stateUpdates } from '../../tests/setup/counted-state'
import { answer, deferred, requestsTo, stubCloud } from '../../tests/setup/cloud-stub'
import type { ResponseOf } from '../domain/cloud-api'
import type { CloudResult } from '../domain/errors'
import { callCloud } from '../services/cloud'
import { action } from './calls'
import { useCalls } from './use-calls'

jest.mock('../services/cloud', () => ({ callCloud: jest.fn() }))
// Every useState setter call is counted: nothing may be set after unmount.
jest.mock('react', () => jest.requireActual('../../tests/setup/counted-state').countingReact())
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
    // The counter sees the hook's own setters (the loading or busy flag set before unmount).
    expect(before).toBeGreaterThan(0)
    await act(async () => d.resolve(answer('suggestions', 'support', { supportCount: 3, added: true })))
    expect(stateUpdates.count).toBe(before)
    expect(result).toEqual({ ok: true, data: { supportCount: 3, added: true } })
    root = createRoot(container)
  })
})
