// 新建议提醒: a citizen's submission notifies the subscribed staff whose area it is in, at most
// once per person per hour; 订阅 taps are counted; the 我的 tab's count of what waits.
import type { NotificationRecord } from '../../server/adapters/notifier'
import { COMMUNITY_A, COMMUNITY_B, WHO, adultInA, childInA, staffKit, type StaffKit } from '../../tests/server/test-kit'

const HOUR = 60 * 60 * 1000

describe('new-suggestion notices to staff', () => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
  })
  afterEach(() => k.cleanup())

  const notices = async () =>
    (await k.repo.collection<NotificationRecord>('notifications').find({ kind: 'new_suggestion' }, { limit: 100 })).map(
      (n) => n as NotificationRecord
    )
  const recipients = async () => (await notices()).map((n) => n.touser).sort()
  const subscribe = async (who: 'workerA' | 'workerB' | 'street' | 'district', times = 1) => {
    for (let i = 0; i < times; i++)
      expect(await k.call(who, 'subscribeNotice', { accepted: true })).toMatchObject({ ok: true })
  }
  const childSuggestion = (id: string, community = COMMUNITY_A) => ({
    ...childInA,
    id,
    community,
    contact: undefined,
    consent: undefined,
    text: '我叫王小明，想要秋千'
  })

  it('goes to the subscribed staff whose area the suggestion is in, and to nobody else', async () => {
    await subscribe('workerA')
    await subscribe('workerB')
    await subscribe('street')
    await subscribe('district')
    expect(await k.submit('dev-kid', childSuggestion('notice-a-0001'))).toMatchObject({ ok: true })
    // Community A: its worker, the street admin, the district admin; not community B's worker.
    expect(await recipients()).toEqual([WHO.workerA, WHO.street, WHO.district].sort())
    const [one] = await notices()
    expect(one).toMatchObject({
      page: 'pkg-staff/case/index?id=notice-a-0001',
      templateId: 'local-new-suggestion-template'
    })
    expect(one.data).toEqual({
      thing1: { value: '小朋友：公园和绿地' },
      thing2: { value: '解放碑 · 大井巷' },
      time3: { value: '2026年11月28日 10:00' }
    })
    // Never the child's words.
    expect(JSON.stringify(await notices())).not.toContain('王小明')
  })

  it('is sent only to those who accepted a 订阅, one message per accepted tap', async () => {
    await subscribe('workerA')
    expect(await k.call('street', 'subscribeNotice', { accepted: false })).toEqual({
      ok: true,
      data: { noticeCredits: 0 }
    })
    await k.submit('dev-kid', childSuggestion('notice-b-0001'))
    expect(await recipients()).toEqual([WHO.workerA])
    expect(await k.call('workerA', 'waiting')).toMatchObject({ ok: true, data: { noticeCredits: 0 } })
    // Used up: the next hour's suggestion reaches nobody until the worker subscribes again.
    k.advance(HOUR)
    await k.submit('dev-kid', childSuggestion('notice-b-0002'))
    expect(await recipients()).toEqual([WHO.workerA])
  })

  it('reaches one person at most once an hour, however many suggestions arrive', async () => {
    await subscribe('workerA', 5)
    await k.submit('dev-kid', childSuggestion('notice-c-0001'))
    k.advance(10 * 60 * 1000)
    await k.submit('dev-parent', { ...adultInA, id: 'notice-c-0002', photoFileIds: [] })
    await k.submit('dev-kid2', childSuggestion('notice-c-0003'))
    expect(await recipients()).toEqual([WHO.workerA])
    // The unused subscriptions stay for later.
    expect(await k.call('workerA', 'waiting')).toMatchObject({ ok: true, data: { noticeCredits: 4 } })
    k.advance(HOUR)
    await k.submit('dev-kid3', childSuggestion('notice-c-0004'))
    expect(await recipients()).toEqual([WHO.workerA, WHO.workerA])
    expect((await notices()).map((n) => n.suggestionId).sort()).toEqual(['notice-c-0001', 'notice-c-0004'])
  })

  it('is not sent for a worker’s own assisted entry, nor to a deactivated staff member', async () => {
    await subscribe('workerA')
    await subscribe('street')
    expect(
      await k.call('workerA', 'enter', { channel: 'event', suggestion: childSuggestion('notice-d-0001') })
    ).toMatchObject({
      ok: true
    })
    expect(await recipients()).toEqual([])
    await k.repo.collection('staff').update('demo-staff-street', { active: false })
    await k.submit('dev-kid', childSuggestion('notice-d-0002'))
    expect(await recipients()).toEqual([WHO.workerA])
  })

  it('counts what waits in the caller’s area for the 我的 tab, refused to citizens', async () => {
    const before = (await k.call('workerA', 'waiting')) as { ok: true; data: { submitted: number } }
    const streetBefore = (await k.call('street', 'waiting')) as { ok: true; data: { submitted: number } }
    await k.submit('dev-kid', childSuggestion('notice-e-0001'))
    await k.submit('dev-kid', childSuggestion('notice-e-0002', COMMUNITY_B))
    expect(await k.call('workerA', 'waiting')).toMatchObject({
      ok: true,
      data: { submitted: before.data.submitted + 1 }
    })
    expect(await k.call('street', 'waiting')).toMatchObject({
      ok: true,
      data: { submitted: streetBefore.data.submitted + 2 }
    })
    // Taken up: no longer waiting.
    await k.call('workerA', 'transition', { id: 'notice-e-0001', to: 'accepted' })
    expect(await k.call('workerA', 'waiting')).toMatchObject({ ok: true, data: { submitted: before.data.submitted } })
    expect(await k.call('citizen', 'waiting')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
