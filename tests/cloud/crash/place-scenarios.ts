// The places function's 预约参观 and 机构照片 write actions for the fault-injection test (SCENARIOS
// takes them in): a parent asks (the area's subscribed staff told at least once) and withdraws; staff open the contact (logged first) and answer
// (logged first, keyed by the request; the parent's message at least once); a district admin
// replaces a place's photos (logged first, keyed by the set it replaces).
import { placesFunction } from '../../../cloudfunctions/places/handler'
import { DEMO_STAFF, seedDemoData } from '../../../server/local/seed'
import { addNoticeCredit } from '../../../server/services/staff-notice'
import type { CloudFunction } from '../../../server/function'
import type { FunctionName } from '../../../src/domain/cloud-api'
import { WHO } from '../../server/test-kit'
import { MESSAGES_AT_LEAST_ONCE } from './messages'
import type { Scenario, World } from './scenarios'

const places = placesFunction as CloudFunction<FunctionName>
const parent = 'dev-parent'
const VISIT = 'visit-crash-0001'

const visitForm = {
  id: VISIT,
  placeId: 'demo-childcare-03',
  childAge: 'age1',
  slot: 'weekday_pm',
  guardianName: '王女士',
  guardianPhone: '13812345678',
  consentVersion: 1
}

/** The demo places and a parent's request waiting for staff. */
async function asked(w: World) {
  await seedDemoData(w.repo, w.clock)
  expect(await w.call(places, parent, { action: 'requestVisit', visit: visitForm })).toMatchObject({ ok: true })
}

export const PLACE_SCENARIOS: Scenario[] = [
  {
    name: 'places.requestVisit (a subscribed district admin is told)',
    fn: places,
    who: parent,
    async setup(w) {
      await seedDemoData(w.repo, w.clock)
      for (const s of DEMO_STAFF) await w.repo.collection('staff').put(s)
      await addNoticeCredit(w.repo, WHO.district, w.clock)
    },
    event: async () => ({ action: 'requestVisit', visit: visitForm }),
    atLeastOnce: [MESSAGES_AT_LEAST_ONCE]
  },
  {
    name: 'places.withdrawVisit',
    fn: places,
    who: parent,
    setup: asked,
    event: async () => ({ action: 'withdrawVisit', id: VISIT })
  },
  {
    name: 'places.openVisitContact',
    fn: places,
    who: WHO.district,
    setup: asked,
    event: async () => ({ action: 'openVisitContact', id: VISIT }),
    atLeastOnce: [
      {
        collection: 'audit_log',
        where: (d) => d.kind === 'open_visit_contact',
        why: 'logged before the contact is returned: a retry after a lost answer is a second opening, logged again'
      }
    ]
  },
  {
    name: 'places.answerVisit',
    fn: places,
    who: WHO.district,
    setup: asked,
    event: async () => ({
      action: 'answerVisit',
      id: VISIT,
      status: 'arranged',
      answer: '12月10日上午10点，到前台找李老师（示例）'
    }),
    atLeastOnce: [MESSAGES_AT_LEAST_ONCE]
  },
  {
    name: 'places.savePlacePhotos (one added, one removed)',
    fn: places,
    who: WHO.district,
    async setup(w) {
      await seedDemoData(w.repo, w.clock)
      for (const s of DEMO_STAFF) await w.repo.collection('staff').put(s)
      const first = await w.upload('photo-place-0001.jpg', WHO.district)
      expect(
        await w.call(places, WHO.district, {
          action: 'savePlacePhotos',
          placeId: 'demo-childcare-03',
          fileIds: [first],
          confirmed: true
        })
      ).toMatchObject({ ok: true })
      await w.upload('photo-place-0002.jpg', WHO.district)
    },
    event: async () => ({
      action: 'savePlacePhotos',
      placeId: 'demo-childcare-03',
      fileIds: ['local://files/photo-place-0002.jpg'],
      confirmed: true
    })
  }
]
