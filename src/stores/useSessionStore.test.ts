// The developer identity switch (browser build): the 我的 tab shows the identity just chosen,
// even when a who-am-I request asked as the previous one is still on its way (the launch's).
import { answer, deferred } from '../../tests/setup/cloud-stub'
import type { ResponseOf } from '../domain/cloud-api'
import type { CloudResult } from '../domain/errors'
import { callCloud } from '../services/cloud'
import { getDevIdentity, setDevIdentity } from '../services/dev-identity'
import { useSessionStore } from './useSessionStore'

jest.mock('../services/cloud', () => ({ callCloud: jest.fn() }))
// The identity the local backend is told, as the browser's developer tools keep it.
jest.mock('../services/dev-identity', () => {
  let identity = 'district'
  return {
    devIdentityAvailable: true,
    getDevIdentity: () => identity,
    setDevIdentity: (next: string) => {
      identity = next
    }
  }
})
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const whoami = (role: 'citizen' | 'district_admin', roleLabel: string) =>
  answer('user', 'whoami', { idHint: '…abcd', role, roleLabel, scope: {}, backend: 'local' })

describe('session store', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useSessionStore.setState({ status: 'idle', me: null, error: null })
  })

  it('a switch while an earlier who-am-I is on its way ends with the identity chosen', async () => {
    const early = deferred<CloudResult<ResponseOf<'user', 'whoami'>>>()
    // Each request answers as the identity the app holds when it is sent.
    mockedCall.mockImplementation((async () =>
      getDevIdentity() === 'district' ? early.promise : whoami('citizen', '居民')) as unknown as typeof callCloud)
    setDevIdentity('district')
    const first = useSessionStore.getState().load()
    const switched = useSessionStore.getState().switchIdentity('citizen')
    early.resolve(whoami('district_admin', '区级管理员'))
    await Promise.all([first, switched])
    expect(useSessionStore.getState().me?.roleLabel).toBe('居民')
  })
})
