// useCloudPages: pages appended in order, a new key starts over, an answer to an older key or an
// older request never lands, and an error keeps what is on screen.
import { act, useEffect } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { deferred } from '../../tests/setup/cloud-stub'
import { fail, ok, type CloudResult } from '../domain/errors'
import { useCloudPages, type CloudPages } from './useCloudPages'

type Page = CloudResult<{ items: string[]; next: number | null }>
let seen: CloudPages<string> | null = null
let fetches: Array<{ key: string; cursor: number | null; answer: ReturnType<typeof deferred<Page>> }> = []

function Probe({ k }: { k: string | null }) {
  const list = useCloudPages<string, number>(k, (cursor) => {
    const answer = deferred<Page>()
    fetches.push({ key: k ?? '', cursor, answer })
    return answer.promise
  })
  useEffect(() => {
    seen = list
  })
  return null
}

describe('useCloudPages', () => {
  let root: Root
  let host: HTMLElement
  beforeEach(() => {
    seen = null
    fetches = []
    host = document.createElement('div')
    root = createRoot(host)
  })
  afterEach(() => act(() => root.unmount()))

  const render = (k: string | null) => act(async () => root.render(<Probe k={k} />))
  const answer = (i: number, page: Page) => act(async () => fetches[i].answer.resolve(page))

  it('appends the next page after the last, and says when there is no more', async () => {
    await render('all')
    expect(fetches.map((f) => f.cursor)).toEqual([null])
    await answer(0, ok({ items: ['a', 'b'], next: 2 }))
    expect(seen!.items).toEqual(['a', 'b'])
    expect(seen!.hasMore).toBe(true)
    await act(async () => void seen!.loadMore())
    expect(fetches.map((f) => f.cursor)).toEqual([null, 2])
    await answer(1, ok({ items: ['c'], next: null }))
    expect(seen!.items).toEqual(['a', 'b', 'c'])
    expect(seen!.hasMore).toBe(false)
  })

  it('starts over for a new key and drops the older key’s late answer', async () => {
    await render('all')
    await render('street')
    expect(fetches.map((f) => [f.key, f.cursor])).toEqual([
      ['all', null],
      ['street', null]
    ])
    await answer(1, ok({ items: ['s1'], next: null }))
    await answer(0, ok({ items: ['late'], next: 5 }))
    expect(seen!.items).toEqual(['s1'])
    expect(seen!.hasMore).toBe(false)
  })

  it('keeps the items on screen when the next page fails, and waits while the key is null', async () => {
    await render(null)
    expect(fetches).toHaveLength(0)
    expect(seen!.status).toBe('idle')
    await render('all')
    await answer(0, ok({ items: ['a'], next: 1 }))
    await act(async () => void seen!.loadMore())
    await answer(1, fail('NETWORK'))
    expect(seen!.items).toEqual(['a'])
    expect(seen!.error?.code).toBe('NETWORK')
    expect(seen!.hasMore).toBe(true)
  })

  it('keeps the rows on screen through a reload until the first page answers, and hands back that page', async () => {
    await render('all')
    await answer(0, ok({ items: ['a'], next: 1 }))
    await act(async () => void seen!.loadMore())
    await answer(1, ok({ items: ['b'], next: null }))
    expect(seen!.first).toEqual({ items: ['a'], next: 1 })
    await act(async () => void seen!.reload())
    expect(seen!.status).toBe('loading')
    expect(seen!.items).toEqual(['a', 'b'])
    await answer(2, ok({ items: ['n'], next: null }))
    expect(seen!.items).toEqual(['n'])
    expect(seen!.first).toEqual({ items: ['n'], next: null })
  })
})
