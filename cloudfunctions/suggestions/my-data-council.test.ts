// 我的数据 and 删除我的全部数据 cover the children's council too: a representative sees their place
// (nickname, street) and how many suggestions they picked this round; deleting everything deletes
// their picks and ends their place on the council (they cannot pick again), and keeps the council's
// record and every other representative's.
import { dispatch, type CloudFunction } from '../../server/function'
import type { FunctionName } from '../../src/domain/cloud-api'
import type { CloudResult } from '../../src/domain/errors'
import type { Representative } from '../../src/domain/council/model'
import type { Suggestion } from '../../src/domain/suggestions/model'
import type { MyDataView } from '../../src/domain/suggestions/my-data'
import { REPRESENTATIVE, boardRow } from '../../tests/fixtures/council'
import { WHO, staffKit, type StaffKit } from '../../tests/server/test-kit'
import { contextFor } from '../../tests/server/test-context'
import { policyFunction } from '../policy/handler'
import { suggestionsFunction } from './handler'

const CHILD = 'o-council-child'
const OTHER = 'o-council-other'

describe('我的数据 with a place on the children’s council', () => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
  })
  afterEach(() => k.cleanup())

  const call = async (fn: unknown, who: string, action: string, body = {}) =>
    (await dispatch(
      fn as CloudFunction<FunctionName>,
      { action, ...body },
      await contextFor(k.repo, who, k.now)
    )) as CloudResult<any>
  const policy = async (who: string, action: string, body = {}) => {
    const r = await call(policyFunction, who, action, body)
    if (!r.ok) throw new Error(`${action}: ${r.error.message}`)
    return r.data
  }

  const scene = async () => {
    await k.repo
      .collection<Suggestion>('suggestions')
      .put(boardRow('council-s1', '校门口加斑马线', { createdAt: '2026-11-20T02:00:00.000Z' }) as Suggestion)
    for (const [who, id] of [
      [CHILD, REPRESENTATIVE.id],
      [OTHER, 'rep-other-0001']
    ]) {
      const { representative } = await policy(WHO.street, 'addRepresentative', {
        representative: { ...REPRESENTATIVE, id }
      })
      await policy(who, 'joinCouncil', { code: representative.invite })
    }
    await policy(WHO.district, 'openRound')
    for (const who of [CHILD, OTHER]) await policy(who, 'pickCouncil', { roundId: '2026-Q4', picks: ['council-s1'] })
  }

  it('lists the place and the picks, and deleting ends the place and deletes the picks, no one else’s', async () => {
    await scene()
    const listed = await call(suggestionsFunction, CHILD, 'myData')
    expect(listed.ok && (listed.data as MyDataView).council).toEqual({
      nickname: '小星星',
      ageGroup: '10to13',
      streetLabel: '解放碑街道',
      joinedAt: expect.any(String),
      picks: 1
    })
    expect(await call(suggestionsFunction, CHILD, 'deleteAllMyData', { confirmed: true })).toMatchObject({
      ok: true,
      data: { council: 1 }
    })
    const mine = (await k.repo.collection<Representative>('council_representatives').get(REPRESENTATIVE.id))!
    expect(mine).toMatchObject({ openid: null, endedByName: '本人删除了自己的数据', nickname: '小星星' })
    expect((await k.repo.collection('council_ballots').find({})).map((b) => b._id)).toEqual(['2026-Q4:rep-other-0001'])
    expect(await call(policyFunction, CHILD, 'pickCouncil', { roundId: '2026-Q4', picks: [] })).toMatchObject({
      ok: false,
      error: { message: '只有小代表可以参加议事' }
    })
    const again = await call(suggestionsFunction, CHILD, 'myData')
    expect(again.ok && (again.data as MyDataView).council).toBeNull()
    expect(await call(suggestionsFunction, CHILD, 'deleteAllMyData', { confirmed: true })).toMatchObject({
      data: { council: 0 }
    })
    // The other representative is still on the council, picks and all.
    expect((await policy(OTHER, 'councilMe')).picks).toEqual(['council-s1'])
  })
})
