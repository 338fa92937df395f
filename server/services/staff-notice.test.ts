// A notice's key, kept with the staff member's 订阅 count so a retried pass does not send it twice:
// stored as lastSuggestionId by releases before 2026-12, lastNoticeKey since. A record the
// previous release wrote still stops the repeat; the next notice's write keeps the new name only.
import { localNotifier, type NotificationRecord } from '../adapters/notifier'
import type { Suggestion } from '../../src/domain/suggestions/model'
import { boardRow } from '../../tests/fixtures/council'
import { WHO, staffKit, type StaffKit } from '../../tests/server/test-kit'
import { notifyEscalation, type NoticeSubscription } from './staff-notice'

const AT = new Date('2026-10-13T03:30:00.000Z')
const row = (id: string) => boardRow(id, '想要一个秋千') as Suggestion

describe('a notice’s key across the rename of its stored field', () => {
  let k: StaffKit
  const subs = () => k.repo.collection<NoticeSubscription>('staff_notice_subs')
  const sent = async () =>
    (await k.repo.collection<NotificationRecord>('notifications').find({}, { limit: 10 })).map((n) => n.touser)
  const escalate = (id: string) =>
    notifyEscalation({ repo: k.repo, notifier: localNotifier(k.repo) }, row(id), 1, '受理', AT)

  beforeEach(async () => {
    k = staffKit(AT.toISOString())
    await k.seed()
    // As the previous release left it after sending late-0001's 督办 to the street admin.
    await subs().put({
      _id: WHO.street,
      credits: 2,
      updatedAt: '2026-10-13T03:00:00.000Z',
      lastSuggestionId: 'late-0001#escalated-1'
    })
  })
  afterEach(() => k.cleanup())

  it('a key stored under the old name is not sent again', async () => {
    expect(await escalate('late-0001')).toEqual([expect.objectContaining({ status: 'not_subscribed' })])
    expect(await sent()).toEqual([])
    expect((await subs().get(WHO.street))?.credits).toBe(2)
  })

  it('the next notice is sent and stored under the new name only; its retry is not sent again', async () => {
    expect(await escalate('late-0002')).toEqual([expect.objectContaining({ status: 'recorded' })])
    expect(await subs().get(WHO.street)).toEqual({
      _id: WHO.street,
      credits: 1,
      updatedAt: AT.toISOString(),
      lastNoticeKey: 'late-0002#escalated-1'
    })
    await escalate('late-0002')
    expect(await sent()).toEqual([WHO.street])
  })
})
