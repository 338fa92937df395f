// What the exports (CSV, Open311) let out of the system (issue 21): a row about a child goes out
// at street level only, whoever wrote it; a child's words go out only once a person approved them;
// 公开状态 says 公开 only for rows that really are on the public board.
import Papa from 'papaparse'
import type { Open311Request } from '../../src/domain/staff/export'
import { adultBase } from '../../tests/fixtures/validation-cases'
import { COMMUNITY_A, STREET, WHO, childInA, staffKit, type StaffKit } from '../../tests/server/test-kit'

const data = (r: { ok: boolean; data?: any }) => r.data

describe('staff export: what leaves the system', () => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
  })
  afterEach(() => k.cleanup())

  const csv = async () => {
    const r = await k.call('district', 'export', { format: 'csv', filter: {} })
    expect(r).toMatchObject({ ok: true })
    const parsed = Papa.parse<Record<string, string>>(data(r).content.replace(/^\uFEFF/, ''), { header: true })
    return { text: data(r).content as string, rows: parsed.data.filter((row) => row['编号']) }
  }
  const open311 = async () => {
    const r = await k.call('district', 'export', { format: 'open311', filter: {} })
    expect(r).toMatchObject({ ok: true })
    return JSON.parse(data(r).content) as Open311Request[]
  }
  const at = (n: number) => ({ latitude: 29.5571234 + n * 1e-6, longitude: 106.5771234 + n * 1e-6 })
  const own = { ...adultBase, photoFileIds: [], street: STREET, community: COMMUNITY_A, contact: undefined }

  it('street level only for any row about a child: a parent for a child, an age group, a child', async () => {
    const rows = [
      { ...own, id: 'exp-parent-0001', onBehalfOfChild: true, location: { ...at(1), source: 'map' } },
      {
        ...own,
        id: 'exp-agegrp-0001',
        onBehalfOfChild: false,
        ageGroup: '6to9',
        location: { ...at(2), source: 'current' }
      },
      { ...childInA, id: 'exp-child-00001' },
      { ...own, id: 'exp-adult-00001', onBehalfOfChild: false, location: { ...at(4), source: 'map' } }
    ]
    for (const row of rows) expect(await k.submit('dev-exp-author', row)).toMatchObject({ ok: true })
    // A child's own point is refused at submission now; a row of an earlier release may hold one.
    await k.repo.collection('suggestions').update('exp-child-00001', { location: { ...at(3), source: 'current' } })
    const { text, rows: lines } = await csv()
    const requests = await open311()
    for (const n of [1, 2, 3]) {
      expect(text).not.toContain(String(at(n).latitude).slice(0, 9))
      expect(text).not.toContain(String(at(n).longitude).slice(0, 10))
    }
    for (const id of ['exp-parent-0001', 'exp-agegrp-0001', 'exp-child-00001']) {
      expect(requests.find((r) => r.service_request_id === id)).toMatchObject({ lat: null, long: null })
      expect(lines.find((l) => l['编号'] === id)).toMatchObject({ '纬度(GCJ-02)': '', '经度(GCJ-02)': '' })
    }
    // An adult writing for themselves about a place: the point goes out (Open311 consumers need it).
    expect(requests.find((r) => r.service_request_id === 'exp-adult-00001')?.lat).toEqual(expect.any(Number))
  })

  it('a child’s words go out only once approved, and 公开状态 says what the board really shows', async () => {
    const kid = { ...childInA, id: 'exp-kid-words01', title: '我叫王小明', text: '我家住在人和街88号，想要秋千' }
    expect(await k.submit(WHO.citizen, kid)).toMatchObject({ ok: true, data: { visibility: 'visible' } })
    await k.repo.collection('suggestions').update(kid.id, { status: 'closed' })

    let line = (await csv()).rows.find((l) => l['编号'] === kid.id)!
    expect(line['公开状态']).not.toBe('公开')
    expect(line['公开状态']).toMatch(/待.*公开/)
    const pending = JSON.stringify([line, (await open311()).find((r) => r.service_request_id === kid.id)])
    expect(pending).not.toMatch(/王小明|人和街|秋千/)

    // Approved (the street admin gives a logged reason for what still looks personal): out, without
    // what looks personal unless that was approved.
    const s = (await k.stored(kid.id))!
    expect(
      await k.call('street', 'publish', {
        id: kid.id,
        title: s.title,
        text: s.text,
        reason: '门牌是公园的地址，不是家'
      })
    ).toMatchObject({ ok: true })
    line = (await csv()).rows.find((l) => l['编号'] === kid.id)!
    expect(line['公开状态']).toBe('公开')
    expect(line['内容']).toContain('想要秋千')
  })
})
