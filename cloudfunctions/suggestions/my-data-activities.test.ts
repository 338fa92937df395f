// 我的数据 and 删除我的全部数据 cover activity sign-ups too: the list shows each of my sign-ups (the
// activity's title, time and place, how it stands, what I gave), never another parent's; deleting
// removes mine, frees the seat I held for the first on the waitlist (as a cancel does) and keeps
// the activity and everyone else's sign-up.
import { dispatch, type CloudFunction } from '../../server/function'
import type { FunctionName } from '../../src/domain/cloud-api'
import type { CloudResult } from '../../src/domain/errors'
import type { Seat, SignUp } from '../../src/domain/activities/model'
import { deleteAllConfirmation, myDataCounts, myDataFile, type MyDataView } from '../../src/domain/suggestions/my-data'
import { activityForm, signUpFor } from '../../tests/fixtures/activities'
import { WHO, staffKit, type StaffKit } from '../../tests/server/test-kit'
import { contextFor } from '../../tests/server/test-context'
import { activitiesFunction } from '../activities/handler'
import { suggestionsFunction } from './handler'

const parent = (n: number) => `o-parent-${n}`

describe('我的数据 with activity sign-ups', () => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
  })
  afterEach(() => k.cleanup())

  const run = async (fn: CloudFunction<FunctionName>, who: string, action: string, body = {}) => {
    const r = (await dispatch(fn, { action, ...body }, await contextFor(k.repo, who, k.now))) as CloudResult<any>
    if (!r.ok) throw new Error(`${action}: ${r.error.message}`)
    return r.data
  }
  const activities = (who: string, action: string, body = {}) =>
    run(activitiesFunction as CloudFunction<FunctionName>, who, action, body)
  const suggestions = (who: string, action: string, body = {}) =>
    run(suggestionsFunction as CloudFunction<FunctionName>, who, action, body)

  /** Capacity 2: parent 1 and 2 have the seats, parent 3 waits. */
  const scene = async () => {
    const a = (await activities(WHO.workerA, 'publish', { form: activityForm() })).activity
    for (const n of [1, 2, 3]) await activities(parent(n), 'signUp', signUpFor(a.id, `1381234567${n}`))
    return a
  }

  it('lists my sign-ups in words, with nothing that names my account or another parent', async () => {
    const a = await scene()
    const v: MyDataView = await suggestions(parent(3), 'myData')
    expect(v.activitySignUps).toEqual([
      {
        activityTitle: '周末亲子绘本会',
        activityStartAt: a.startAt,
        activityPlace: '大井巷社区活动室',
        standing: 'waitlisted',
        childAge: 5,
        guardianName: '王女士',
        guardianPhone: '13812345673',
        signedAt: k.now().toISOString()
      }
    ])
    const text = JSON.stringify(v)
    expect(text).not.toContain(parent(3))
    expect(text).not.toContain('13812345671')
    expect(text).not.toContain(a.id)
    expect(myDataCounts(v).activitySignUps).toBe(1)
    expect(deleteAllConfirmation(myDataCounts(v)).content).toContain(
      '1 个活动报名（家长称呼、手机和孩子年龄；报名随之取消，名额让给别人）'
    )
    expect(myDataFile(v).content).toContain('"活动": "周末亲子绘本会"')
  })

  it('delete-all removes my sign-up, gives my seat to the first waiting, keeps the rest; twice is once', async () => {
    const a = await scene()
    const done = await suggestions(parent(1), 'deleteAllMyData', { confirmed: true })
    expect(done).toMatchObject({ activitySignUps: 1 })
    const rows = await k.repo.collection<SignUp>('activity_signups').find({ activityId: a.id })
    expect(rows.map((r) => r.userId).sort()).toEqual([parent(2), parent(3)])
    expect((await activities(parent(3), 'get', { id: a.id })).mine).toMatchObject({ standing: 'confirmed' })
    const seats = await k.repo.collection<Seat>('activity_seats').find({ activityId: a.id })
    expect(seats.filter((s) => s.signupId).length).toBe(2)
    expect((await suggestions(parent(1), 'myData')).activitySignUps).toEqual([])
    expect(await suggestions(parent(1), 'deleteAllMyData', { confirmed: true })).toMatchObject({ activitySignUps: 0 })
    // The activity itself stays: the district's record.
    expect((await activities(parent(2), 'get', { id: a.id })).activity).toMatchObject({ title: '周末亲子绘本会' })
  })
})
