// activities on SQLite: staff publish in their area; parents sign up once, a waitlist when full,
// the first waiting takes a freed seat; capacity holds under concurrent sign-ups; a change or a
// cancellation reaches everyone signed up; staff see masked rows, open a contact in a logged step,
// mark attendance and export; the purge deletes sign-ups 30 days after the activity.
import { existsSync } from 'node:fs'
import { runPurge } from '../purge/run'
import { localFileStorage, recordUpload } from '../../server/adapters/file-storage'
import type { NotificationRecord } from '../../server/adapters/notifier'
import type { AuditEntry } from '../../server/services/audit'
import type { CloudFunction } from '../../server/function'
import type { FunctionName } from '../../src/domain/cloud-api'
import { seededFunction } from '../../tests/server/test-kit'
import { TEST_FILES_DIR, contextFor, fixtureFile } from '../../tests/server/test-context'
import { dispatch } from '../../server/function'
import { activityForm, signUpFor } from '../../tests/fixtures/activities'
import type { Activity, Seat, SignUp } from '../../src/domain/activities/model'
import { DEV_IDENTITIES } from '../../src/domain/roles'
import { activitiesFunction } from './handler'

const T0 = '2026-11-28T02:00:00.000Z'
const WORKER = DEV_IDENTITIES.worker.openid
const DISTRICT = DEV_IDENTITIES.district.openid
const parent = (n: number) => `o-parent-${n}`

describe('activities (SQLite)', () => {
  const k = seededFunction(activitiesFunction as CloudFunction<FunctionName>, T0)
  const { call, data } = k

  const publish = async (over: Record<string, unknown> = {}, who = WORKER) =>
    (await data(who, 'publish', { form: activityForm('act-form-0001', over) })).activity
  const audits = (kind: string) => k.repo.collection<AuditEntry>('audit_log').find({ kind })

  it('a worker publishes in their community, free by default, logged once even when sent twice', async () => {
    const a = await publish()
    expect(a).toMatchObject({ title: '周末亲子绘本会', fee: null, capacity: 2, seatsLeft: 2, status: 'published' })
    const again = await data(WORKER, 'publish', { form: activityForm() })
    expect(again.replayed).toBe(true)
    expect(await audits('publish_activity')).toHaveLength(1)
    // Anyone sees it; not who published it.
    const { items } = await data(parent(1), 'list')
    expect(items.map((i: { id: string }) => i.id)).toEqual([a.id])
    expect(JSON.stringify(items)).not.toContain(WORKER)
  })

  it('a cover is the publisher’s own upload, confirmed; parents get a short-lived link, never its id', async () => {
    const mine = fixtureFile('jpg')
    const name = mine.id.slice('local://files/'.length)
    await recordUpload(k.repo, { _id: name, path: `files/${name}`, owner: WORKER, at: T0 })
    const theirs = fixtureFile('jpg')
    const theirName = theirs.id.slice('local://files/'.length)
    await recordUpload(k.repo, { _id: theirName, path: `files/${theirName}`, owner: parent(1), at: T0 })
    const refused = await call(WORKER, 'publish', {
      form: activityForm('act-form-cover', { coverFileId: theirs.id, coverConfirmed: true })
    })
    expect(refused).toMatchObject({ ok: false, error: { field: 'coverFileId' } })
    const a = await publish({ coverFileId: mine.id, coverConfirmed: true })
    const seen = (await data(parent(1), 'get', { id: a.id })).activity
    expect(seen.coverUrl).toMatch(/^\/cloud\/_files\/.+\?exp=\d+&sig=/)
    expect(JSON.stringify(seen)).not.toContain('local://')
    // Taken off again (a child could be recognised after all): gone from the page and from storage.
    const changed = await data(WORKER, 'change', {
      id: a.id,
      rev: a.rev,
      form: activityForm(a.id, { coverFileId: '', coverConfirmed: false }),
      notice: '封面已撤下'
    })
    expect(changed.activity.coverUrl).toBeUndefined()
    expect((await data(parent(1), 'get', { id: a.id })).activity.coverUrl).toBeUndefined()
    expect(existsSync(mine.path)).toBe(false)
  })

  it('a cover whose delete failed stays named with the activity and goes with the next change', async () => {
    const upload = async () => {
      const f = fixtureFile('jpg')
      const name = f.id.slice('local://files/'.length)
      await recordUpload(k.repo, { _id: name, path: `files/${name}`, owner: WORKER, at: T0 })
      return f
    }
    const [first, second, third] = [await upload(), await upload(), await upload()]
    const a = await publish({ coverFileId: first.id, coverConfirmed: true })
    const covered = (id: string) => activityForm(a.id, { coverFileId: id, coverConfirmed: true })
    // Storage refuses the delete this once.
    const ctx = await contextFor(k.repo, WORKER, k.now)
    ctx.services.files = {
      ...ctx.services.files,
      remove: async (ids) => ({ deleted: [], foreign: [], failed: [...ids] })
    }
    const refused = await dispatch(
      activitiesFunction,
      { action: 'change', id: a.id, rev: a.rev, form: covered(second.id), notice: '换了封面' },
      ctx
    )
    expect(refused).toMatchObject({ ok: true })
    expect(existsSync(first.path)).toBe(true)
    const stored = () => k.repo.collection<Activity>('activities').get(a.id)
    expect((await stored())?.replacedCoverFileIds).toEqual([first.id])
    // The next change deletes both the one it replaces and the one still waiting.
    await data(WORKER, 'change', { id: a.id, rev: a.rev + 1, form: covered(third.id), notice: '又换了封面' })
    expect([existsSync(first.path), existsSync(second.path), existsSync(third.path)]).toEqual([false, false, true])
    expect((await stored())?.replacedCoverFileIds).toEqual([])
  })

  it('keeps each staff role to its area and citizens out', async () => {
    const other = activityForm('act-form-0002', { community: '500103003018' })
    expect(await call(WORKER, 'publish', { form: other })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call(WORKER, 'publish', { form: activityForm('act-form-0003', { community: '' }) })).toMatchObject({
      ok: false,
      error: { field: 'community' }
    })
    const otherStreet = activityForm('act-form-0004', { street: '500103001', community: '' })
    expect(await call(DEV_IDENTITIES.street.openid, 'publish', { form: otherStreet })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect((await call(DISTRICT, 'publish', { form: otherStreet })).ok).toBe(true)
    expect(await call(parent(1), 'publish', { form: activityForm('act-form-0005') })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await call(parent(1), 'signUps', { id: 'act-form-0004' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await call(WORKER, 'signUps', { id: 'act-form-0004' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
  })

  it('refuses a bad form with a Chinese message beside its field', async () => {
    const r = await call(WORKER, 'publish', { form: activityForm('act-form-0006', { capacity: '0' }) })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'capacity', message: '名额请填 1–500 的整数' }
    })
  })

  it('capacity 2: the third waits, a second tap is the same sign-up, a cancel promotes the first waiting', async () => {
    const a = await publish()
    const first = await data(parent(1), 'signUp', signUpFor(a.id))
    expect(first.mine.standing).toBe('confirmed')
    expect((await data(parent(1), 'signUp', signUpFor(a.id))).replayed).toBe(true)
    expect((await data(parent(2), 'signUp', signUpFor(a.id))).mine.standing).toBe('confirmed')
    const third = await data(parent(3), 'signUp', signUpFor(a.id))
    expect(third.mine).toMatchObject({ standing: 'waitlisted', waitlistPosition: 1 })
    expect(third.activity).toMatchObject({ seatsLeft: 0, waitlisted: 1 })
    expect(await k.repo.collection('activity_signups').count({ activityId: a.id })).toBe(3)

    const cancelled = await data(parent(1), 'cancelSignUp', { activityId: a.id })
    expect(cancelled.mine.standing).toBe('cancelled')
    expect((await data(parent(3), 'get', { id: a.id })).mine.standing).toBe('confirmed')
    // Cancelling again changes nothing.
    expect((await data(parent(1), 'cancelSignUp', { activityId: a.id })).mine.standing).toBe('cancelled')
    const mine = await data(parent(3), 'mine')
    expect(mine.items).toHaveLength(1)
    expect(mine.items[0].mine).toMatchObject({ standing: 'confirmed', guardianPhone: '13812345678' })
  })

  it('never seats more than the capacity when many sign up at once', async () => {
    const a = await publish({ capacity: '3' })
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => data(parent(i), 'signUp', signUpFor(a.id))))
    expect(answers.filter((r) => r.mine.standing === 'confirmed').length).toBeLessThanOrEqual(3)
    const held = await k.repo.collection<Seat>('activity_seats').find({ activityId: a.id })
    expect(held.filter((s) => s.signupId).length).toBe(3)
    expect(new Set(held.map((s) => s.signupId)).size).toBe(3)
    const { rows } = await data(WORKER, 'signUps', { id: a.id })
    expect(rows.filter((r: { standing: string }) => r.standing === 'confirmed')).toHaveLength(3)
    expect(rows.filter((r: { standing: string }) => r.standing === 'waitlisted')).toHaveLength(9)
  })

  it('a change and a cancellation reach everyone signed up, once logged; no sign-up after cancelling', async () => {
    const a = await publish()
    for (const n of [1, 2, 3]) await data(parent(n), 'signUp', signUpFor(a.id))
    await data(parent(2), 'cancelSignUp', { activityId: a.id })
    const changed = await data(WORKER, 'change', {
      id: a.id,
      rev: a.rev,
      form: activityForm(a.id, { startTime: '14:00', endTime: '15:30', capacity: '3' }),
      notice: '改到下午两点'
    })
    expect(changed.activity).toMatchObject({ status: 'changed', notice: '改到下午两点', capacity: 3 })
    expect(changed.notice).toMatchObject({ notified: 2, outcomes: { recorded: 2 } })
    const sent = await k.repo.collection<NotificationRecord>('notifications').find({ kind: 'activity' })
    expect(sent.map((m) => m.touser).sort()).toEqual([parent(1), parent(3)])
    expect(sent[0]).toMatchObject({
      templateId: 'local-activity-template',
      page: `pkg-activities/detail/index?id=${a.id}`
    })
    expect(JSON.stringify(sent)).not.toContain('13812345678')
    // The old rev again is someone else's change unless it is this very change (a retry).
    expect((await call(WORKER, 'change', { id: a.id, rev: a.rev, form: activityForm(a.id), notice: '别的' })).ok).toBe(
      false
    )
    expect(
      (await call(WORKER, 'change', { id: a.id, rev: a.rev, form: activityForm(a.id), notice: '改到下午两点' })).ok
    ).toBe(true)
    expect(await audits('change_activity')).toHaveLength(1)

    const cancel = await data(DEV_IDENTITIES.street.openid, 'cancel', {
      id: a.id,
      rev: changed.activity.rev,
      notice: '场地维修'
    })
    expect(cancel.activity.status).toBe('cancelled')
    // Nobody comes to a cancelled activity: no attendance, even on the day.
    const { rows } = await data(WORKER, 'signUps', { id: a.id })
    k.setNow(a.startAt)
    expect(await call(WORKER, 'markAttendance', { id: a.id, rowId: rows[0].rowId, attended: true })).toMatchObject({
      ok: false,
      error: { message: '活动已取消，不用签到' }
    })
    expect(await call(parent(4), 'signUp', signUpFor(a.id))).toMatchObject({
      ok: false,
      error: { message: '这个活动已取消' }
    })
    expect(await call(WORKER, 'cancel', { id: a.id, rev: cancel.activity.rev, notice: '' })).toMatchObject({
      ok: false,
      error: { field: 'notice' }
    })
  })

  it('staff see masked rows, open one contact in a logged step, mark attendance and export masked', async () => {
    const a = await publish()
    await data(parent(1), 'signUp', signUpFor(a.id, '13812345678'))
    const { rows } = await data(WORKER, 'signUps', { id: a.id })
    expect(rows[0]).toMatchObject({ guardianName: '王**', guardianPhone: '138****5678', childAge: 5, attended: null })
    expect(JSON.stringify(rows)).not.toContain(parent(1))
    const opened = await data(WORKER, 'openContact', { id: a.id, rowId: rows[0].rowId, purpose: '通知改时间' })
    expect(opened).toMatchObject({ guardianName: '王女士', guardianPhone: '13812345678' })
    expect(await audits('open_signup_contact')).toHaveLength(1)
    // Who came is marked from an hour before the start (families arrive early), not days ahead.
    expect(await call(WORKER, 'markAttendance', { id: a.id, rowId: rows[0].rowId, attended: true })).toMatchObject({
      ok: false,
      error: { message: '活动开始前 60 分钟起才能签到' }
    })
    k.setNow('2026-12-05T00:30:00.000Z') // 08:30 in China, an hour before 09:30
    expect(
      (await data(WORKER, 'markAttendance', { id: a.id, rowId: rows[0].rowId, attended: true })).row.attended
    ).toBe(true)
    // Each change of attendance is logged once (a retry or a second tap with the same answer is not
    // a change); the entry names the row, not the parent.
    await data(WORKER, 'markAttendance', { id: a.id, rowId: rows[0].rowId, attended: true })
    k.advance(60_000)
    await data(WORKER, 'markAttendance', { id: a.id, rowId: rows[0].rowId, attended: false })
    k.advance(60_000)
    await data(WORKER, 'markAttendance', { id: a.id, rowId: rows[0].rowId, attended: true })
    const marks = (await audits('mark_attendance')).sort((x, y) => x.at.localeCompare(y.at))
    expect(marks.map((m) => m.detail)).toEqual([
      { activityId: a.id, rowId: rows[0].rowId, attended: true },
      { activityId: a.id, rowId: rows[0].rowId, attended: false },
      { activityId: a.id, rowId: rows[0].rowId, attended: true }
    ])
    expect(JSON.stringify(marks)).not.toContain(parent(1))
    const { csv, fileName } = await data(WORKER, 'exportSignUps', { id: a.id })
    expect(fileName).toBe('活动报名-2026-12-05.csv')
    expect(csv).toContain('138****5678')
    expect(csv).toContain('已到')
    expect(csv).not.toContain('13812345678')
  })

  it('the purge deletes sign-ups and seats 30 days after the activity, and keeps the activity', async () => {
    const a = await publish()
    await data(parent(1), 'signUp', signUpFor(a.id))
    const run = (iso: string) => runPurge(k.repo, localFileStorage(k.repo, TEST_FILES_DIR), new Date(iso))
    expect((await run('2027-01-04T02:59:00.000Z')).activitySignUps).toBe(0)
    expect(await k.repo.collection<SignUp>('activity_signups').count()).toBe(1)
    expect((await run('2027-01-04T03:00:00.000Z')).activitySignUps).toBe(1)
    expect(await k.repo.collection<SignUp>('activity_signups').count()).toBe(0)
    expect(await k.repo.collection<Seat>('activity_seats').count()).toBe(0)
    expect(await k.repo.collection('activities').count()).toBe(1)
    expect(await audits('purge_signups')).toHaveLength(1)
  })
})
