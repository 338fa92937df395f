// 我的数据 and 删除我的全部数据 cover 预约参观 too: the list shows my requests in words (the centre's
// name, never its id or my account), never another parent's; deleting removes mine only.
import type { VisitRequest } from '../../src/domain/places/visits'
import type { MyDataView } from '../../src/domain/suggestions/my-data'
import { myDataCounts } from '../../src/domain/suggestions/my-data'
import { visitRequest } from '../../tests/fixtures/visits'
import { seededFunction } from '../../tests/server/test-kit'
import { suggestionsFunction } from './handler'
import type { CloudFunction } from '../../server/function'
import type { FunctionName } from '../../src/domain/cloud-api'

describe('我的数据 with visit requests', () => {
  const k = seededFunction(suggestionsFunction as CloudFunction<FunctionName>, '2026-12-07T02:00:00.000Z')
  const rows = () => k.repo.collection<VisitRequest>('visit_requests')

  it('lists mine in words and deletes only mine', async () => {
    await rows().insert(visitRequest({ _id: 'visit-mine-0001', userId: 'o-parent-1', note: '想看看午睡的地方' }))
    await rows().insert(visitRequest({ _id: 'visit-other-0001', userId: 'o-parent-2', guardianPhone: '13900001111' }))
    const v: MyDataView = await k.data('o-parent-1', 'myData')
    expect(v.visitRequests).toEqual([
      expect.objectContaining({ placeName: '示例托育园', status: 'pending', guardianPhone: '13812345678' })
    ])
    expect(myDataCounts(v).visitRequests).toBe(1)
    const text = JSON.stringify(v.visitRequests)
    for (const never of ['o-parent-1', 'visit-mine', 'cc-', '13900001111']) expect(text).not.toContain(never)

    expect(await k.data('o-parent-1', 'deleteAllMyData', { confirmed: true })).toMatchObject({ visitRequests: 1 })
    expect((await rows().find({})).map((r) => r._id)).toEqual(['visit-other-0001'])
    expect((await k.data('o-parent-1', 'myData')).visitRequests).toEqual([])
  })
})
