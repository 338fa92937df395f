// Paging numbers over the wire: integers only (a query string's digits too), never what
// JavaScript would turn into one ([7], true, "1e3", "0x10", " 5", 2.5).
import { pagingInt } from './paging'
import { boardSkip } from './suggestions/rules'
import { parseInboxRequest } from './staff/inbox-query'

describe('paging numbers', () => {
  it.each([[7], ['7'], [0]])('takes %j', (raw) => expect(pagingInt(raw, 0, 100)).toBe(Number(raw)))
  it.each([[[7]], [true], ['1e3'], ['0x10'], [' 5'], [2.5], ['2.0'], [-1], [101], [NaN], [{}], ['']])(
    'refuses %j',
    (raw) => expect(pagingInt(raw, 0, 100)).toBeNull()
  )

  it('every paging parameter goes through it: the board’s skip, the inbox page size', () => {
    for (const raw of [[20], true, '1e1']) {
      expect(boardSkip(raw)).toBeNull()
      expect(parseInboxRequest({ pageSize: raw })).toMatchObject({ ok: false, field: 'pageSize' })
    }
    expect(parseInboxRequest({ pageSize: 10 })).toMatchObject({ ok: true, value: { pageSize: 10 } })
  })
})
