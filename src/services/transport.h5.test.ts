// The browser build's way to the local backend, as callCloud sees it: the answer's body, a clear
// timeout apart from no network, and a server that fell over without a JSON answer.
import { callCloud } from './cloud'
import { env } from '../env'
import { send } from './transport.h5'

type FetchArgs = [string, RequestInit]
const realFetch = globalThis.fetch

function answer(status: number, body: string): Response {
  return { status, json: async () => JSON.parse(body) } as unknown as Response
}

let calls: FetchArgs[]
function fetchWith(respond: (init: RequestInit) => Promise<Response>) {
  calls = []
  globalThis.fetch = ((url: string, init: RequestInit) => {
    calls.push([url, init])
    return respond(init)
  }) as typeof fetch
}

afterEach(() => {
  globalThis.fetch = realFetch
  jest.useRealTimers()
})

describe('browser transport', () => {
  it('posts the payload as JSON to the function by name and returns the answer, an error answer too', async () => {
    fetchWith(async () => answer(400, '{"ok":false,"error":{"code":"BAD_INPUT","message":"请填写标题"}}'))
    await expect(send('suggestions', { action: 'submit', title: '秋千' })).resolves.toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: '请填写标题' }
    })
    const [url, init] = calls[0]
    expect(url).toBe('/cloud/suggestions')
    expect(init.method).toBe('POST')
    expect(JSON.parse(String(init.body))).toEqual({ action: 'submit', title: '秋千' })
    expect(init.headers).toEqual({ 'content-type': 'application/json' })
  })

  it('a server that fell over without a JSON answer is a network failure, not a bad answer', async () => {
    fetchWith(async () => ({ status: 502, json: async () => JSON.parse('<html>') }) as unknown as Response)
    const result = await callCloud('policy', { action: 'summary' })
    expect(result).toMatchObject({ ok: false, error: { code: 'NETWORK' } })
  })

  it('no network at all is a network failure', async () => {
    fetchWith(async () => {
      throw new TypeError('Failed to fetch')
    })
    const result = await callCloud('policy', { action: 'summary' })
    expect(result).toMatchObject({ ok: false, error: { code: 'NETWORK' } })
  })

  it('an answer without JSON below 500 is no answer; one cut off on the way is a network failure', async () => {
    fetchWith(async () => ({ status: 404, json: async () => JSON.parse('Not Found') }) as unknown as Response)
    await expect(send('policy', { action: 'summary' })).resolves.toBeNull()
    expect(await callCloud('policy', { action: 'summary' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    fetchWith(
      async () =>
        ({
          status: 200,
          json: async () => {
            throw new TypeError('network error')
          }
        }) as unknown as Response
    )
    expect(await callCloud('policy', { action: 'summary' })).toMatchObject({ ok: false, error: { code: 'NETWORK' } })
  })

  it('gives up after the timeout and says so, so the page can say 网络超时 rather than 没有网络', async () => {
    jest.useFakeTimers()
    fetchWith(
      (init) =>
        new Promise((_, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
        )
    )
    const pending = callCloud('policy', { action: 'summary' })
    jest.advanceTimersByTime(env.cloudTimeoutMs)
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'TIMEOUT' } })
  })
})
