// dispatch: the one entry every action goes through, on WeChat and in the local backend.
import { ok } from '../src/domain/errors'
import { defineFunction, dispatch, type Context } from './function'

const seen: unknown[] = []
const echo = defineFunction('user', {
  async whoami(req) {
    seen.push(req)
    return ok({ idHint: null, role: 'citizen', roleLabel: '居民', scope: {}, backend: 'local' })
  },
  async health() {
    throw new Error('boom')
  },
  async joinStaff() {
    return ok({ roleLabel: '社区工作者', name: '示例', scopeLabel: '示例', replayed: false })
  }
})
const ctx = {} as Context

describe('dispatch', () => {
  beforeEach(() => (seen.length = 0))

  it('passes the request without the action and the platform keys', async () => {
    await dispatch(echo, { action: 'whoami', userInfo: { openId: 'x' }, knownVersion: '1' }, ctx)
    expect({ ...(seen[0] as object) }).toEqual({ knownVersion: '1' })
  })

  it('never lets a payload set the request’s prototype', async () => {
    const event = JSON.parse('{"action":"whoami","__proto__":{"isAdmin":true},"constructor":{"x":1},"a":1}')
    await dispatch(echo, event, ctx)
    const req = seen[0] as Record<string, unknown>
    expect(Object.getPrototypeOf(req)).toBeNull()
    expect(req.isAdmin).toBeUndefined()
    expect(Object.keys(req)).toEqual(['a'])
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  })

  it('answers unknown actions, malformed events and crashes with typed errors', async () => {
    expect(await dispatch(echo, { action: 'toString' }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_ACTION' }
    })
    expect(await dispatch(echo, [1], ctx)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    jest.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(await dispatch(echo, { action: 'health' }, ctx)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  })
})
