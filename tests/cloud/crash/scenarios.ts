// Every write action of every cloud function (src/domain/cloud-api.ts, and the purge's timer run),
// each from a prepared state and with the request its client sends: the subjects of the
// fault-injection test. A retry sends the same request again, as the client does (the outbox
// keeps a suggestion's or a follow-up's id; the staff pages keep the rev they showed and a
// reply's clientId).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { placesFunction } from '../../../cloudfunctions/places/handler'
import { policyFunction } from '../../../cloudfunctions/policy/handler'
import { suggestionsFunction } from '../../../cloudfunctions/suggestions/handler'
import { staffFunction } from '../../../cloudfunctions/staff/handler'
import { activitiesFunction } from '../../../cloudfunctions/activities/handler'
import { userFunction } from '../../../cloudfunctions/user/handler'
import { activityForm, signUpFor } from '../../fixtures/activities'
import { stepNote } from '../../fixtures/staff'
import { adultInA, childInA, COMMUNITY_A, STREET, WHO } from '../../server/test-kit'
import { DEMO_DEPARTMENTS, DEMO_STAFF, seedDemoData } from '../../../server/local/seed'
import { seedStaffDemo } from '../../../server/local/seed-staff'
import { recordUpload } from '../../../server/adapters/file-storage'
import { dispatch, type CloudFunction } from '../../../server/function'
import type { Repository } from '../../../server/adapters/repository'
import { contextFor } from '../../server/test-context'
import type { CloudResult } from '../../../src/domain/errors'
import type { FunctionName } from '../../../src/domain/cloud-api'
import { policyDocument } from '../../../src/domain/policy/content'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../src/domain/clock'
import type { StaffRecord } from '../../../src/domain/roles'
import type { Department } from '../../../src/domain/staff/routing'
import type { Suggestion } from '../../../src/domain/suggestions/model'
import { editFormOf } from '../../../src/domain/places/place-edit'
import type { PlaceDoc } from '../../../src/domain/places/model'
import { childBase } from '../../fixtures/validation-cases'
import { STREET_POLL } from '../../fixtures/polls'
import { REPRESENTATIVE, boardRow } from '../../fixtures/council'
import { MESSAGES_AT_LEAST_ONCE } from './messages'
import { PLACE_SCENARIOS } from './place-scenarios'

/** A prepared state is built through the functions themselves, at its own clock. */
export interface World {
  repo: Repository
  filesDir: string
  clock: Date
  call(
    fn: CloudFunction<FunctionName>,
    who: string | null,
    event: Record<string, unknown>
  ): Promise<CloudResult<unknown>>
  /** A file in the local storage, uploaded by `owner` (as POST /cloud/_files records it); its id. */
  upload(name: string, owner: string): Promise<string>
  stored(id: string): Promise<Suggestion>
}

export interface Scenario {
  name: string
  /** The function, or 'purge' for one run of the scheduled purge (retried by its next run). */
  fn: CloudFunction<FunctionName> | 'purge'
  who: string | null
  setup(w: World): Promise<void>
  /** The event the client sends (read from the prepared state where it carries a rev). */
  event(w: World): Promise<Record<string, unknown>>
  /** How far after the prepared state the action runs (default: 1 minute). */
  laterMs?: number
  /**
   * Documents that may be written more than once by a retry and are compared as a set (the
   * same entry twice counts once): entries that log an access which a lost answer may already
   * have shown, and are rightly logged again (at least once, never never).
   */
  atLeastOnce?: Array<{ collection: string; where: (doc: Record<string, unknown>) => boolean; why: string }>
  /**
   * Found by this test and not fixed yet: what goes wrong. The case is then expected to fail (so
   * it fails once fixed, to be moved out of this list).
   */
  known?: string
  /** Documents that describe one invocation, not the state: left out of the comparison. */
  perRun?: Array<{ collection: string; where: (doc: Record<string, unknown>) => boolean; why: string }>
}

const T0 = '2026-11-28T02:00:00.000Z'
const HOUR = 3_600_000

async function staffWorld(w: World) {
  for (const s of DEMO_STAFF) await w.repo.collection<StaffRecord>('staff').put(s)
  await seedStaffDemo(w.repo, w.clock)
}

const citizen = WHO.citizen
const parent = 'dev-parent'

/** The adult's suggestion with a real photo file in community A, and the child's (with a contact). */
async function twoRows(w: World) {
  await staffWorld(w)
  const photo = await w.upload('photo-a-0001.jpg', parent)
  expect(
    await w.call(suggestionsFunction, parent, { action: 'submit', suggestion: { ...adultInA, photoFileIds: [photo] } })
  ).toMatchObject({ ok: true })
  expect(await w.call(suggestionsFunction, citizen, { action: 'submit', suggestion: childInA })).toMatchObject({
    ok: true
  })
}

/** Worker A takes the child's row along the workflow to `to`. */
async function advance(w: World, id: string, path: string[], who: string = WHO.workerA) {
  for (const to of path) {
    w.clock = new Date(w.clock.getTime() + 60_000)
    expect(await w.call(staffFunction, who, { action: 'transition', id, to, ...stepNote(to) })).toMatchObject({
      ok: true
    })
  }
}

/** A district admin's 公开, so that the row is on the public board. */
async function publishRow(w: World, id: string) {
  const s = await w.stored(id)
  expect(
    await w.call(staffFunction, WHO.district, { action: 'publish', id, title: s.title, text: s.text })
  ).toMatchObject({ ok: true })
}

/** A parent's 纠错 of a demo childcare centre's phone. */
const phoneCorrection = (id: string) => ({
  id,
  placeId: 'demo-childcare-03',
  kind: 'phone',
  note: '打过去是空号（示例）'
})

/** The demo places, and a parent's 纠错 waiting for the district. */
async function reportedCorrection(w: World, id: string) {
  await seedDemoData(w.repo, w.clock)
  expect(
    await w.call(placesFunction, parent, { action: 'reportCorrection', correction: phoneCorrection(id) })
  ).toMatchObject({ ok: true })
}

const revOf = async (w: World, id: string) => (await w.stored(id)).rev ?? 0

const staffStep = (
  name: string,
  who: string,
  request: (w: World) => Promise<Record<string, unknown>> | Record<string, unknown>,
  setup: (w: World) => Promise<void> = twoRows,
  extra: Partial<Scenario> = {}
): Scenario => ({
  name: `staff.${name}`,
  fn: staffFunction as CloudFunction<FunctionName>,
  who,
  setup,
  event: async (w) => ({ action: name, ...(await request(w)) }),
  ...extra
})

const AUDIT_AFTER =
  "an admin step's audit entry is written after its effect under a random id: a call that dies in between loses it, and the retry (answered as done, or refused as already done) does not write it; one that dies after it writes a second"

const named = (name: string, s: Scenario): Scenario => ({ ...s, name })

// 儿童议事会's scenarios (their setups are below SCENARIOS).
const COUNCIL_CHILD = 'o-council-child'
const COUNCIL_ROUND = '2026-Q4'
const seeded = async (w: World) => void (await seedDemoData(w.repo, w.clock))

// ---- activities: one activity of capacity 2 in community A, and n parents signed up ----
const ACTIVITY = 'act-crash-0001'
const parentOf = (n: number) => `o-activity-parent-${n}`
const activityStep = (action: string, who: string): Scenario => ({
  name: `activities.${action}`,
  fn: activitiesFunction as CloudFunction<FunctionName>,
  who,
  setup: async (w) => void (await seedDemoData(w.repo, w.clock)),
  event: async () => ({ action })
})
/** seed: false where the state already has its staff (and no places are wanted: an address is used). */
async function activityWith(w: World, parents: number, seed = true) {
  if (seed) await seedDemoData(w.repo, w.clock)
  const fn = activitiesFunction as CloudFunction<FunctionName>
  const published = await w.call(fn, WHO.workerA, { action: 'publish', form: activityForm(ACTIVITY) })
  if (!published.ok) throw new Error(published.error.message)
  for (let n = 1; n <= parents; n++) {
    w.clock = new Date(w.clock.getTime() + 60_000)
    const r = await w.call(fn, parentOf(n), { action: 'signUp', ...signUpFor(ACTIVITY) })
    if (!r.ok) throw new Error(r.error.message)
  }
}

export const SCENARIOS: Scenario[] = [
  // ---- suggestions ----
  {
    name: 'suggestions.submit (a photo; a subscribed worker gets 新建议提醒)',
    fn: suggestionsFunction as CloudFunction<FunctionName>,
    who: parent,
    async setup(w) {
      await staffWorld(w)
      expect(await w.call(staffFunction, WHO.workerA, { action: 'subscribeNotice', accepted: true })).toMatchObject({
        ok: true
      })
      await w.upload('photo-a-0002.jpg', parent)
    },
    event: async () => ({
      action: 'submit',
      suggestion: { ...adultInA, id: 'adult-new-0001', photoFileIds: ['local://files/photo-a-0002.jpg'] }
    }),
    atLeastOnce: [MESSAGES_AT_LEAST_ONCE]
  },
  {
    name: 'suggestions.submit (a child’s recording, checked later)',
    fn: suggestionsFunction as CloudFunction<FunctionName>,
    who: citizen,
    async setup(w) {
      await staffWorld(w)
      await w.upload('voice-0001.mp3', citizen)
    },
    event: async () => ({
      action: 'submit',
      suggestion: {
        ...childInA,
        id: 'voice-new-0001',
        text: '',
        audioFileId: 'local://files/voice-0001.mp3',
        audioDurationMs: 14_000
      }
    }),
    atLeastOnce: [
      {
        collection: 'media_checks',
        where: () => true,
        why: 'a check started by a call that died before its row is kept: its verdict is about the same recording'
      }
    ]
  },
  {
    name: 'suggestions.mediaChecked',
    fn: suggestionsFunction as CloudFunction<FunctionName>,
    who: null,
    async setup(w) {
      await staffWorld(w)
      const audio = await w.upload('voice-0002.mp3', citizen)
      const r = await w.call(suggestionsFunction, citizen, {
        action: 'submit',
        suggestion: { ...childInA, id: 'voice-row-0001', text: '', audioFileId: audio, audioDurationMs: 14_000 }
      })
      expect(r).toMatchObject({ ok: true })
    },
    async event(w) {
      const [check] = await w.repo.collection('media_checks').find({ suggestionId: 'voice-row-0001' })
      return { action: 'mediaChecked', traceId: check._id, suggest: 'pass' }
    }
  },
  {
    name: 'suggestions.uploadSlot',
    fn: suggestionsFunction as CloudFunction<FunctionName>,
    who: citizen,
    setup: staffWorld,
    event: async () => ({ action: 'uploadSlot', ext: 'jpg' }),
    atLeastOnce: [
      {
        collection: 'uploads',
        where: () => true,
        why: 'a reservation whose answer was lost is never used: an unclaimed upload the purge deletes after ORPHAN_UPLOAD_DAYS'
      }
    ]
  },
  ...(['withdraw', 'deleteMyData'] as const).map((action): Scenario => ({
    name: `suggestions.${action}`,
    fn: suggestionsFunction as CloudFunction<FunctionName>,
    who: parent,
    setup: twoRows,
    event: async () => ({ action, id: adultInA.id })
  })),
  {
    name: 'suggestions.deleteAllMyData',
    fn: suggestionsFunction as CloudFunction<FunctionName>,
    who: parent,
    async setup(w) {
      await twoRows(w)
      await w.upload('photo-unsent-01.jpg', parent)
      await advance(w, childInA.id, ['accepted', 'in_progress', 'adopted'], WHO.street)
      await publishRow(w, childInA.id)
      expect(await w.call(suggestionsFunction, parent, { action: 'support', id: childInA.id })).toMatchObject({
        ok: true
      })
      // An activity of capacity 2: the parent holds a seat, another parent waits for one.
      await activityWith(w, 0, false)
      const fn = activitiesFunction as CloudFunction<FunctionName>
      for (const who of [parent, parentOf(1), parentOf(2)]) {
        w.clock = new Date(w.clock.getTime() + 60_000)
        expect(await w.call(fn, who, { action: 'signUp', ...signUpFor(ACTIVITY) })).toMatchObject({ ok: true })
      }
    },
    event: async () => ({ action: 'deleteAllMyData', confirmed: true })
  },
  {
    name: 'suggestions.followUp (还没有, with a drawing)',
    fn: suggestionsFunction as CloudFunction<FunctionName>,
    who: citizen,
    async setup(w) {
      await twoRows(w)
      await advance(w, childInA.id, ['accepted', 'in_progress', 'answered', 'closed'])
      await w.upload('drawing-0001.png', citizen)
    },
    event: async (w) => ({
      action: 'followUp',
      id: childInA.id,
      answer: 'not_yet',
      text: '滑梯还是坏的',
      drawingFileId: 'local://files/drawing-0001.png',
      closedAt: (await w.stored(childInA.id)).closedAt
    })
  },
  {
    name: 'suggestions.support',
    fn: suggestionsFunction as CloudFunction<FunctionName>,
    who: 'dev-supporter',
    async setup(w) {
      await staffWorld(w)
      expect(
        await w.call(suggestionsFunction, parent, { action: 'submit', suggestion: { ...adultInA, photoFileIds: [] } })
      ).toMatchObject({
        ok: true,
        data: { visibility: 'visible' }
      })
      await advance(w, adultInA.id, ['accepted', 'in_progress', 'adopted'], WHO.street)
      await publishRow(w, adultInA.id)
    },
    event: async () => ({ action: 'support', id: adultInA.id })
  },

  // ---- staff ----
  staffStep('subscribeNotice', WHO.workerA, () => ({ accepted: true }), twoRows, {
    known:
      'an accepted 订阅 tap carries no idempotency key: the retry of a call whose answer was lost counts a second credit (WeChat allowed one; the first refused send resets the count)'
  }),
  staffStep('openContact', WHO.workerA, () => ({ id: adultInA.id, purpose: '回访' }), twoRows, {
    atLeastOnce: [
      {
        collection: 'audit_log',
        where: (d) => d.kind === 'open_contact',
        why: 'logged before the contact is returned: a retry after a lost answer is a second opening, logged again'
      }
    ]
  }),
  staffStep(
    'transition',
    WHO.workerA,
    async (w) => ({ id: childInA.id, to: 'accepted', rev: await revOf(w, childInA.id) }),
    twoRows,
    { atLeastOnce: [MESSAGES_AT_LEAST_ONCE] }
  ),
  staffStep(
    'reply',
    WHO.workerA,
    async (w) => ({
      id: childInA.id,
      clientId: 'reply-client-0001',
      templateId: 'demo-tpl-received',
      to: 'accepted',
      rev: await revOf(w, childInA.id)
    }),
    twoRows,
    {
      atLeastOnce: [MESSAGES_AT_LEAST_ONCE]
    }
  ),
  staffStep('publish', WHO.district, async (w) => {
    const s = await w.stored(childInA.id)
    return { id: s._id, title: s.title, text: s.text, rev: s.rev ?? 0 }
  }),
  staffStep(
    'publishReply',
    WHO.district,
    async (w) => {
      const s = await w.stored(childInA.id)
      return { id: s._id, replyId: 'reply-client-0002', text: s.replies[0].text, rev: s.rev ?? 0 }
    },
    async (w) => {
      await twoRows(w)
      expect(
        await w.call(staffFunction, WHO.workerA, {
          action: 'reply',
          id: childInA.id,
          clientId: 'reply-client-0002',
          templateId: 'demo-tpl-received'
        })
      ).toMatchObject({ ok: true })
    }
  ),
  staffStep(
    'unpublish',
    WHO.district,
    async (w) => ({ id: childInA.id, rev: await revOf(w, childInA.id) }),
    async (w) => {
      await twoRows(w)
      const s = await w.stored(childInA.id)
      expect(
        await w.call(staffFunction, WHO.district, { action: 'publish', id: s._id, title: s.title, text: s.text })
      ).toMatchObject({ ok: true })
    }
  ),
  named(
    'staff.moderate (removeImage)',
    staffStep(
      'moderate',
      WHO.workerA,
      async (w) => ({
        id: adultInA.id,
        op: 'removeImage',
        fileId: 'local://files/photo-a-0001.jpg',
        reason: '照片里有车牌',
        rev: await revOf(w, adultInA.id)
      }),
      twoRows
    )
  ),
  named(
    'staff.moderate (redact)',
    staffStep('moderate', WHO.workerA, async (w) => ({
      id: adultInA.id,
      op: 'redact',
      field: 'text',
      spans: ['中山二路'],
      rev: await revOf(w, adultInA.id)
    }))
  ),
  staffStep(
    'enter',
    WHO.workerA,
    () => ({
      channel: 'phone',
      suggestion: { ...childBase, id: 'phone-call-0001', street: STREET, community: COMMUNITY_A }
    }),
    twoRows,
    {}
  ),
  staffStep(
    'enterBatch',
    WHO.workerA,
    () => ({
      channel: 'event',
      batchId: 'event-20261128',
      rows: [1, 2, 3].map((n) => ({
        ...childBase,
        id: undefined,
        street: STREET,
        community: COMMUNITY_A,
        text: `想要秋千 ${n}`
      }))
    }),
    twoRows,
    { known: AUDIT_AFTER }
  ),
  staffStep('export', WHO.workerA, () => ({ format: 'csv' }), twoRows, {
    atLeastOnce: [
      {
        collection: 'audit_log',
        where: (d) => d.kind === 'export',
        why: 'an export is logged before its file is returned: a retry after a lost answer exports again'
      }
    ]
  }),
  staffStep(
    'saveTemplate',
    WHO.district,
    () => ({
      template: {
        id: 'demo-tpl-park',
        title: '示例 · 公园设施（改）',
        text: '您好，{街道}已转交相关部门现场查看。',
        textForChildren: '我们已经请负责公园的叔叔阿姨去看看。',
        topics: ['parks_green']
      }
    }),
    twoRows,
    {}
  ),
  staffStep(
    'saveStaff',
    WHO.district,
    () => ({
      staff: {
        openid: 'dev-new-worker',
        role: 'community_worker',
        name: '新社工',
        scope: { communities: [COMMUNITY_A] }
      }
    }),
    twoRows,
    { known: AUDIT_AFTER }
  ),
  staffStep(
    'markUrgent',
    WHO.workerA,
    async (w) => ({ id: childInA.id, reason: '画里有人被打（示例）', rev: await revOf(w, childInA.id) }),
    twoRows,
    { atLeastOnce: [MESSAGES_AT_LEAST_ONCE] }
  ),
  staffStep(
    'transfer',
    WHO.street,
    async (w) => ({
      id: childInA.id,
      to: { kind: 'department', id: 'demo-dept-traffic' },
      reason: 'responsibility',
      rev: await revOf(w, childInA.id)
    }),
    async (w) => {
      await twoRows(w)
      for (const d of DEMO_DEPARTMENTS) await w.repo.collection<Department>('departments').put(d)
    },
    { atLeastOnce: [MESSAGES_AT_LEAST_ONCE] }
  ),
  staffStep('assign', WHO.workerA, async (w) => ({ id: childInA.id, staffId: 'me', rev: await revOf(w, childInA.id) })),
  staffStep('addNote', WHO.workerA, async (w) => ({
    id: childInA.id,
    clientId: 'note-client-0001',
    text: '已电话联系家长（示例）',
    rev: await revOf(w, childInA.id)
  })),
  staffStep('saveDepartment', WHO.district, () => ({
    department: { id: 'dept-crash-0001', create: true, name: '区体育局（示例）', topics: ['play'] }
  })),
  staffStep('saveDeadlines', WHO.district, () => ({ limits: { acceptDays: 3, answerDays: 12 } })),

  // ---- 邀请加入 (the user function) ----
  {
    name: 'user.joinStaff',
    fn: userFunction as CloudFunction<FunctionName>,
    who: 'o-invited-worker',
    async setup(w) {
      await staffWorld(w)
      const place = {
        inviteId: 'staff-invite-crash',
        role: 'community_worker',
        name: '王社工',
        scope: { communities: [COMMUNITY_A] }
      }
      expect(await w.call(staffFunction, WHO.district, { action: 'saveStaff', staff: place })).toMatchObject({
        ok: true
      })
    },
    event: async (w) => {
      const place = await w.repo.collection<StaffRecord>('staff').get('staff-invite-crash')
      return { action: 'joinStaff', code: place!.openid.slice('invite:'.length) }
    }
  },

  // ---- places ----
  {
    name: 'places.reportCorrection',
    fn: placesFunction as CloudFunction<FunctionName>,
    who: parent,
    setup: async (w) => void (await seedDemoData(w.repo, w.clock)),
    event: async () => ({
      action: 'reportCorrection',
      correction: phoneCorrection('corr-test-0001')
    })
  },
  {
    name: 'places.resolveCorrection (no change)',
    fn: placesFunction as CloudFunction<FunctionName>,
    who: WHO.district,
    setup: (w) => reportedCorrection(w, 'corr-test-0002'),
    event: async () => ({
      action: 'resolveCorrection',
      id: 'corr-test-0002',
      status: 'no_change',
      answer: '核实无误（示例）'
    }),
    known: AUDIT_AFTER
  },

  {
    name: 'places.resolveCorrection (corrected, with the place rewritten)',
    fn: placesFunction as CloudFunction<FunctionName>,
    who: WHO.district,
    setup: (w) => reportedCorrection(w, 'corr-test-0003'),
    event: async (w) => ({
      action: 'resolveCorrection',
      id: 'corr-test-0003',
      status: 'corrected',
      answer: '已更新电话（示例）',
      update: {
        ...editFormOf((await w.repo.collection<PlaceDoc>('places').get('demo-childcare-03'))!, '2026-11-28'),
        phone: '023-63600000',
        source: '电话核实（示例）'
      }
    }),
    known:
      'a call that dies after marking the report corrected and before rewriting the place: the retry is answered with the stored report and the place is never fixed (the report and the place want one transaction, or the place written under a claim first)'
  },

  // ---- policy ----
  {
    name: 'policy.publish',
    fn: policyFunction as CloudFunction<FunctionName>,
    who: WHO.district,
    setup: async (w) => void (await seedDemoData(w.repo, w.clock)),
    event: async () => ({
      action: 'publish',
      document: { ...policyDocument, version: '2026-12-01.1', updatedAt: '2026-12-01' }
    })
  },
  {
    name: 'policy.publishNews',
    fn: policyFunction as CloudFunction<FunctionName>,
    who: WHO.district,
    setup: async (w) => void (await seedDemoData(w.repo, w.clock)),
    event: async () => ({
      action: 'publishNews',
      items: [{ id: 'audit-news-1', date: '2026-11', title: '示例动态', text: '示例内容。', source: '示例来源' }]
    })
  },

  policyStep('recordProgress', WHO.district, seeded, () => ({
    id: 'progress-crash-0001',
    targetId: 'childcareSlotsPerThousand',
    value: '3.9',
    asOf: '2026-09-30',
    source: { document: '《托育服务统计（示例）》', office: '区卫生健康委', url: 'https://example.gov.cn/a' }
  })),
  {
    name: 'places.saveWalkRoute',
    fn: placesFunction as CloudFunction<FunctionName>,
    who: WHO.district,
    setup: staffWorld,
    event: async () => ({
      action: 'saveWalkRoute',
      route: {
        id: 'route-crash-0001',
        name: '大井巷上学路（示例）',
        description: '从大井巷社区到小学门口。',
        street: STREET,
        points: '29.5585,106.5775\n29.5579,106.5782',
        hidden: false,
        source: '街道实地踏勘（示例）',
        verifiedOn: '2026-11-27'
      }
    })
  },
  {
    name: 'places.saveOffice',
    fn: placesFunction as CloudFunction<FunctionName>,
    who: WHO.street,
    setup: staffWorld,
    event: async () => ({
      action: 'saveOffice',
      code: COMMUNITY_A,
      office: {
        address: '渝中区大井巷（示例）',
        phones: '023-63000001',
        hours: 'Mo-Fr 09:00-17:30',
        source: '电话核实（示例）',
        verifiedOn: '2026-11-27'
      }
    })
  },
  {
    name: 'places.savePlace (a centre’s fees and free places)',
    fn: placesFunction as CloudFunction<FunctionName>,
    who: WHO.district,
    setup: seeded,
    event: async (w) => {
      const form = editFormOf((await w.repo.collection<PlaceDoc>('places').get('demo-childcare-03'))!, '2026-11-28')
      return {
        action: 'savePlace',
        id: 'demo-childcare-03',
        update: {
          ...form,
          source: '电话核实（示例）',
          childcare: { ...form.childcare!, fees: '全日托 2400', freePlaces: '3', freePlacesOn: '2026-11-27' }
        }
      }
    }
  },
  {
    name: 'places.savePlace (a new place)',
    fn: placesFunction as CloudFunction<FunctionName>,
    who: WHO.district,
    setup: seeded,
    event: async () => ({
      action: 'savePlace',
      id: 'place-crash-0001-abcdef',
      create: true,
      category: 'park',
      street: STREET,
      update: {
        ...editFormOf({ id: 'x', name: '', category: 'park', phones: [], facilities: [], source: '' }, '2026-11-28'),
        name: '示例口袋公园',
        source: '街道上报（示例）'
      }
    })
  },
  {
    name: 'places.import',
    fn: placesFunction as CloudFunction<FunctionName>,
    who: WHO.district,
    setup: seeded,
    event: async () => ({
      action: 'import',
      text: readFileSync(join(__dirname, '../../../scripts/fixtures/places-sample.csv'), 'utf8'),
      source: '示例导入'
    }),
    // The places end the same; the log does not.
    known:
      'an import is logged after its writes under a random id, counting what that attempt changed: an attempt that dies part-way and its retry leave two entries (the second counts only the rest)'
  },

  // ---- 快问快答 (the policy function) ----
  policyStep(
    'createPoll',
    WHO.district,
    async (w) => void (await seedDemoData(w.repo, w.clock)),
    () => ({ poll: POLL })
  ),
  policyStep('openPoll', WHO.district, pollCreated, () => ({ id: POLL.id })),
  policyStep('closePoll (counted for the last time)', WHO.district, pollAnswered, () => ({ id: POLL.id })),
  {
    ...policyStep('answerPoll', 'o-poll-child', pollAnswered, () => ({ pollId: POLL.id, option: 1, as: 'child' })),
    who: 'o-poll-child'
  },
  // ---- 儿童议事会 (the policy function) ----
  policyStep('addRepresentative', WHO.street, seeded, async () => ({ representative: REPRESENTATIVE })),
  policyStep('joinCouncil', COUNCIL_CHILD, councilAdded, async (w) => ({ code: await inviteOf(w) })),
  policyStep('openRound', WHO.district, councilJoined, async () => ({})),
  policyStep('pickCouncil', COUNCIL_CHILD, councilOpen, async () => ({
    roundId: COUNCIL_ROUND,
    picks: ['crash-board-1', 'crash-board-2']
  })),
  policyStep('closeRound (counted once)', WHO.district, councilPicked, async () => ({ id: COUNCIL_ROUND })),
  policyStep('answerCouncilItem', WHO.district, councilClosed, async () => ({
    id: `${COUNCIL_ROUND}:crash-board-1`,
    answer: { plan: 'will', byOn: '2027-03-31', words: '示例答复', wordsForChildren: '示例给小朋友的话' }
  })),
  policyStep('endRepresentative', WHO.street, councilJoined, async () => ({ id: REPRESENTATIVE.id })),
  {
    ...policyStep('councilGuardian', WHO.street, councilAdded, async () => ({ id: REPRESENTATIVE.id })),
    atLeastOnce: [
      {
        collection: 'audit_log',
        where: (d) => d.kind === 'open_guardian_contact',
        why: 'opening a guardian’s phone is logged before it is shown; a lost answer is opened (and logged) again'
      }
    ]
  },

  // ---- activities ----
  named('activities.publish', {
    ...activityStep('publish', WHO.workerA),
    event: async () => ({ action: 'publish', form: activityForm(ACTIVITY) })
  }),
  named('activities.signUp (the last seat)', {
    ...activityStep('signUp', parentOf(2)),
    setup: (w) => activityWith(w, 1),
    event: async () => ({ action: 'signUp', ...signUpFor(ACTIVITY) })
  }),
  named('activities.signUp (full: the waitlist)', {
    ...activityStep('signUp', parentOf(3)),
    setup: (w) => activityWith(w, 2),
    event: async () => ({ action: 'signUp', ...signUpFor(ACTIVITY) })
  }),
  named('activities.cancelSignUp (the first waiting takes the seat)', {
    ...activityStep('cancelSignUp', parentOf(1)),
    setup: (w) => activityWith(w, 3),
    event: async () => ({ action: 'cancelSignUp', activityId: ACTIVITY })
  }),
  named('activities.change (a notice to everyone signed up)', {
    ...activityStep('change', WHO.workerA),
    setup: (w) => activityWith(w, 3),
    event: async () => ({
      action: 'change',
      id: ACTIVITY,
      rev: 1,
      form: activityForm(ACTIVITY, { capacity: '3', startTime: '14:00', endTime: '15:30' }),
      notice: '改到下午两点'
    }),
    atLeastOnce: [MESSAGES_AT_LEAST_ONCE]
  }),
  named('activities.change (the cover replaced: the old file deleted, by the retry too)', {
    ...activityStep('change', WHO.workerA),
    async setup(w) {
      await seedDemoData(w.repo, w.clock)
      const first = await w.upload('cover-0001.jpg', WHO.workerA)
      await w.upload('cover-0002.jpg', WHO.workerA)
      const published = await w.call(activitiesFunction as CloudFunction<FunctionName>, WHO.workerA, {
        action: 'publish',
        form: activityForm(ACTIVITY, { coverFileId: first, coverConfirmed: true })
      })
      expect(published).toMatchObject({ ok: true })
    },
    event: async () => ({
      action: 'change',
      id: ACTIVITY,
      rev: 1,
      form: activityForm(ACTIVITY, { coverFileId: 'local://files/cover-0002.jpg', coverConfirmed: true }),
      notice: '换了封面'
    })
  }),
  named('activities.cancel', {
    ...activityStep('cancel', WHO.street),
    setup: (w) => activityWith(w, 3),
    event: async () => ({ action: 'cancel', id: ACTIVITY, rev: 1, notice: '场地维修' }),
    atLeastOnce: [MESSAGES_AT_LEAST_ONCE]
  }),
  named('activities.sendReminders (the timer, the day before)', {
    ...activityStep('sendReminders', WHO.workerA),
    who: null,
    setup: (w) => activityWith(w, 3),
    // From the sign-ups on 2026-11-28 to 18:30 in China the day before the activity (12-05 09:30).
    laterMs: 6 * DAY_MS + 8 * HOUR_MS + 27 * MINUTE_MS,
    atLeastOnce: [MESSAGES_AT_LEAST_ONCE]
  }),
  named('activities.markAttendance', {
    ...activityStep('markAttendance', WHO.workerA),
    setup: async (w) => {
      await activityWith(w, 1)
      // Marked once it is under way (attendanceRefusal): 09:30 in China on its day.
      w.clock = new Date('2026-12-05T01:30:00.000Z')
    },
    event: async (w) => {
      const [row] = await w.repo.collection<{ _id: string }>('activity_signups').find({})
      return { action: 'markAttendance', id: ACTIVITY, rowId: row._id, attended: true }
    }
  }),
  named('activities.exportSignUps', {
    ...activityStep('exportSignUps', WHO.workerA),
    setup: (w) => activityWith(w, 2),
    event: async () => ({ action: 'exportSignUps', id: ACTIVITY }),
    atLeastOnce: [
      {
        collection: 'audit_log',
        where: (d) => d.kind === 'export_signups',
        why: 'an export is logged before its file is returned: a retry after a lost answer exports again'
      }
    ]
  }),
  named('activities.openContact', {
    ...activityStep('openContact', WHO.workerA),
    setup: (w) => activityWith(w, 1),
    event: async (w) => {
      const [row] = await w.repo.collection<{ _id: string }>('activity_signups').find({})
      return { action: 'openContact', id: ACTIVITY, rowId: row._id, purpose: '通知' }
    },
    atLeastOnce: [
      {
        collection: 'audit_log',
        where: (d) => d.kind === 'open_signup_contact',
        why: 'opening a contact is logged before it is shown; a lost answer is opened (and logged) again'
      }
    ]
  }),

  // ---- the scheduled purge ----
  {
    name: 'purge (retention, rate slots, orphan uploads)',
    fn: 'purge',
    who: null,
    async setup(w) {
      await twoRows(w)
      await advance(w, adultInA.id, ['accepted', 'in_progress', 'answered', 'closed'])
      await w.upload('photo-orphan-01.jpg', parent)
      // An answered poll, ended by the time of the run: counted for the last time, answers deleted.
      await pollAnsweredIn(w)
      // An activity whose sign-ups are long due (30 days after it ended).
      await activityWith(w, 3, false)
      // A council round closed with its ballots, and a representative who stopped: both long due.
      await councilPickedIn(w)
      await callPolicy(w, WHO.district, { action: 'closeRound', id: COUNCIL_ROUND })
      await callPolicy(w, WHO.street, { action: 'endRepresentative', id: REPRESENTATIVE.id })
    },
    event: async () => ({}),
    perRun: [
      {
        collection: 'audit_log',
        where: (d) => d.kind === 'purge' && !d.suggestionId,
        why: 'the summary of one run counts what that run did; each row purged has its own entry (its claim)'
      }
    ],
    // Long enough for the closed row's contact and location to be due, the orphan upload, and the poll's answers.
    laterMs: 800 * DAY_MS
  },
  ...PLACE_SCENARIOS
]

/** A district poll (T0 is 2026-11-28 in China) that a poll scenario runs on. */
const POLL = { ...STREET_POLL, street: null, startsOn: '2026-11-28', endsOn: '2026-11-30' }

async function pollCreated(w: World) {
  await seedDemoData(w.repo, w.clock)
  expect(
    await w.call(policyFunction as CloudFunction<FunctionName>, WHO.district, { action: 'createPoll', poll: POLL })
  ).toMatchObject({ ok: true })
}

async function pollAnswered(w: World) {
  await pollCreated(w)
  await pollAnsweredIn(w)
}

/** Opens POLL (created already) and two people answer it. */
async function pollAnsweredIn(w: World) {
  if (!(await w.repo.collection('polls').get(POLL.id)))
    expect(
      await w.call(policyFunction as CloudFunction<FunctionName>, WHO.district, { action: 'createPoll', poll: POLL })
    ).toMatchObject({ ok: true })
  const call = (who: string, event: Record<string, unknown>) =>
    w.call(policyFunction as CloudFunction<FunctionName>, who, event)
  expect(await call(WHO.district, { action: 'openPoll', id: POLL.id })).toMatchObject({ ok: true })
  for (const [who, option] of [
    ['o-poll-a', 0],
    ['o-poll-b', 1]
  ] as const)
    expect(await call(who, { action: 'answerPoll', pollId: POLL.id, option, as: 'child' })).toMatchObject({ ok: true })
}

/** A scenario of one policy action (快问快答, 儿童议事会): its name starts with the action. */
function policyStep(
  name: string,
  who: string,
  setup: (w: World) => Promise<void>,
  request: (w: World) => Record<string, unknown> | Promise<Record<string, unknown>>
): Scenario {
  const action = name.split(' ')[0]
  return {
    name: `policy.${name}`,
    fn: policyFunction as CloudFunction<FunctionName>,
    who,
    setup,
    event: async (w) => ({ action, ...(await request(w)) })
  }
}

// ---- 儿童议事会: a representative of 解放碑, joined, a round open (T0's quarter), two picks ----

async function callPolicy(w: World, who: string, event: Record<string, unknown>) {
  expect(await w.call(policyFunction as CloudFunction<FunctionName>, who, event)).toMatchObject({ ok: true })
}

async function inviteOf(w: World): Promise<string> {
  const rep = await w.repo
    .collection<{ _id: string; inviteCode: string }>('council_representatives')
    .get(REPRESENTATIVE.id)
  return rep!.inviteCode
}

async function councilAdded(w: World) {
  await seeded(w)
  await callPolicy(w, WHO.street, { action: 'addRepresentative', representative: REPRESENTATIVE })
}

async function councilJoined(w: World) {
  await councilAdded(w)
  await callPolicy(w, COUNCIL_CHILD, { action: 'joinCouncil', code: await inviteOf(w) })
}

async function councilOpen(w: World) {
  await councilJoined(w)
  const rows = w.repo.collection<Suggestion>('suggestions')
  await rows.put(
    boardRow('crash-board-1', '示例：校门口加斑马线', { createdAt: '2026-11-20T02:00:00.000Z' }) as Suggestion
  )
  await rows.put(boardRow('crash-board-2', '示例：公园加秋千', { createdAt: '2026-11-21T02:00:00.000Z' }) as Suggestion)
  await callPolicy(w, WHO.district, { action: 'openRound' })
}

async function councilPicked(w: World) {
  await councilOpen(w)
  await callPolicy(w, COUNCIL_CHILD, {
    action: 'pickCouncil',
    roundId: COUNCIL_ROUND,
    picks: ['crash-board-1', 'crash-board-2']
  })
}

/** The whole council up to the picks, in a state another scenario already prepared (the purge's). */
async function councilPickedIn(w: World) {
  await callPolicy(w, WHO.street, { action: 'addRepresentative', representative: REPRESENTATIVE })
  await callPolicy(w, COUNCIL_CHILD, { action: 'joinCouncil', code: await inviteOf(w) })
  await w.repo
    .collection<Suggestion>('suggestions')
    .put(boardRow('crash-board-1', '示例：校门口加斑马线', { createdAt: '2026-11-20T02:00:00.000Z' }) as Suggestion)
  await callPolicy(w, WHO.district, { action: 'openRound' })
  await callPolicy(w, COUNCIL_CHILD, { action: 'pickCouncil', roundId: COUNCIL_ROUND, picks: ['crash-board-1'] })
}

async function councilClosed(w: World) {
  await councilPicked(w)
  await callPolicy(w, WHO.district, { action: 'closeRound', id: COUNCIL_ROUND })
}

/** The clock every prepared state starts at. */
export const START = new Date(T0)
export const ONE_HOUR = HOUR

/** The World of one prepared state. */
export function world(repo: Repository, filesDir: string): World {
  const w: World = {
    repo,
    filesDir,
    clock: new Date(START),
    async call(fn, who, event) {
      return dispatch(fn, event, await contextFor(repo, who, () => w.clock, filesDir))
    },
    async upload(name, owner) {
      writeFileSync(join(filesDir, name), `bytes of ${name}`)
      await recordUpload(repo, { _id: name, path: `files/${name}`, owner, at: w.clock.toISOString() })
      return `local://files/${name}`
    },
    async stored(id) {
      return (await repo.collection<Suggestion>('suggestions').get(id))!
    }
  }
  return w
}
