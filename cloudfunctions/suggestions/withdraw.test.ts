// The author's withdraw and delete-my-data: only their own rows, in the statuses the domain
// allows, idempotent; words, pictures (the stored files too), contact and location gone; staff
// see 已撤回 and nothing personal; the audit log says what kinds went, never the data.
import { existsSync } from 'node:fs'
import { fixtureFile } from '../../tests/server/test-context'
import { STATUSES, type Status } from '../../src/domain/suggestions/model'
import { AUTHOR_DELETED_TITLE } from '../../src/domain/suggestions/withdraw'
import { WHO, childInA, staffKit, type StaffKit } from '../../tests/server/test-kit'

const file = (ext: 'jpg' | 'png') => fixtureFile(ext)

/** The answer's data (the test fails on the next line if it was an error). */
const data = (r: { ok: boolean; data?: any }) => r.data

describe('suggestions.withdraw and deleteMyData (author only)', () => {
  let k: StaffKit
  const kid = WHO.citizen
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
  })
  afterEach(() => k.cleanup())

  const submitWithFiles = async (id: string) => {
    const [photo, drawing] = [file('jpg'), file('png')]
    const r = await k.submit(kid, {
      ...childInA,
      id,
      title: '我叫王小明',
      text: '我在人和街小学，电话13900139000',
      photoFileIds: [photo.id],
      drawingFileId: drawing.id,
      location: { latitude: 29.5585, longitude: 106.5561, source: 'place', placeId: 'park-1', placeName: '公园' }
    })
    expect(r).toMatchObject({ ok: true })
    return { photo, drawing }
  }

  it.each(Object.keys(STATUSES) as Status[])('withdraw in %s', async (status) => {
    expect(await k.submit(kid, { ...childInA, id: 'withdraw-0001' })).toMatchObject({ ok: true })
    await k.repo.collection('suggestions').update('withdraw-0001', { status })
    const r = await k.citizen(kid, 'withdraw', { id: 'withdraw-0001' })
    if (status === 'closed') {
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      expect((await k.stored('withdraw-0001'))!.text).toBe(childInA.text)
    } else {
      expect(r).toMatchObject({ ok: true, data: { status: 'withdrawn', title: AUTHOR_DELETED_TITLE, text: '' } })
    }
  })

  it('withdraws: files deleted, personal fields gone, staff see 已撤回 and can only look; twice is once', async () => {
    const { photo, drawing } = await submitWithFiles('withdraw-0002')
    const r = await k.citizen(kid, 'withdraw', { id: 'withdraw-0002' })
    expect(r).toMatchObject({ ok: true, data: { status: 'withdrawn', photoFileIds: [] } })
    expect(data(r).history.at(-1)).toMatchObject({ status: 'withdrawn', by: 'author' })
    expect(existsSync(photo.path) || existsSync(drawing.path)).toBe(false)
    const stored = (await k.stored('withdraw-0002'))!
    for (const gone of ['contact', 'consent', 'location', 'drawingFileId']) expect(stored).not.toHaveProperty(gone)
    expect(JSON.stringify(stored)).not.toMatch(/王小明|人和街|13900139000|妈妈/)

    const staff = await k.call('workerA', 'get', { id: 'withdraw-0002' })
    expect(staff).toMatchObject({
      ok: true,
      data: {
        status: 'withdrawn',
        allowed: { transitions: [], reply: false, openContact: false, moderate: false, publish: false }
      }
    })
    expect(JSON.stringify(staff)).not.toMatch(/王小明|13900139000|latitude/)
    expect(await k.call('workerA', 'transition', { id: 'withdraw-0002', to: 'accepted' })).toMatchObject({ ok: false })
    expect(await k.call('workerA', 'reply', { id: 'withdraw-0002', text: '你好，谢谢你的建议。' })).toMatchObject({
      ok: false
    })
    expect(await k.call('workerA', 'moderate', { id: 'withdraw-0002', op: 'hide', reason: '测试' })).toMatchObject({
      ok: false
    })

    const again = await k.citizen(kid, 'withdraw', { id: 'withdraw-0002' })
    expect(again).toEqual(r)
    const log = await k.repo.collection('audit_log').find({ suggestionId: 'withdraw-0002' })
    expect(log.map((e: any) => e.kind)).toEqual(['withdraw'])
    expect(log[0]).toMatchObject({
      actor: null,
      actorRole: 'citizen',
      detail: { from: 'submitted', contact: true, location: true, images: 2 }
    })
    expect(JSON.stringify(log)).not.toMatch(/王小明|13900139000|dev-kid|local:\/\//)
  })

  it('deletes my data in any status (已办结 too), keeping the status and the staff reply; originals too', async () => {
    const { photo } = await submitWithFiles('delete-00001')
    await k.call('workerA', 'moderate', { id: 'delete-00001', op: 'redact', field: 'title', spans: ['王小明'] })
    await k.call('workerA', 'reply', {
      id: 'delete-00001',
      text: '谢谢你的建议，我们会去看看。',
      textForChildren: '谢谢你！'
    })
    await k.repo.collection('suggestions').update('delete-00001', { status: 'closed' })
    const r = await k.citizen(kid, 'deleteMyData', { id: 'delete-00001' })
    expect(r).toMatchObject({ ok: true, data: { status: 'closed', title: AUTHOR_DELETED_TITLE, text: '' } })
    expect(data(r).replies).toHaveLength(1)
    expect(data(r).history.at(-1)).toMatchObject({ status: 'closed', event: 'data_deleted', by: 'author' })
    expect(existsSync(photo.path)).toBe(false)
    expect(await k.repo.collection('suggestion_originals').get('delete-00001')).toBeNull()
    const admin = await k.call('street', 'get', { id: 'delete-00001' })
    expect(data(admin)).not.toHaveProperty('original')
    expect(data(admin)).not.toHaveProperty('contact')
    // Nothing left: a second call changes nothing and logs nothing.
    expect(await k.citizen(kid, 'deleteMyData', { id: 'delete-00001' })).toEqual(r)
    expect(await k.repo.collection('audit_log').count({ kind: 'delete_data' })).toBe(1)
  })

  it.each(['withdraw', 'deleteMyData'] as const)(
    '%s takes the child’s words out of replies and notes too: staff view, CSV 最新回复, Open311 status_notes',
    async (step) => {
      const id = `scrub-${step}`.padEnd(12, '0')
      await submitWithFiles(id)
      // Replies written before templates stopped quoting the child (the title was filled in), a
      // worker quoting the text, and a note quoting it.
      const row = (await k.stored(id))!
      await k.repo.collection('suggestions').update(id, {
        status: 'in_progress',
        replies: [
          {
            at: '2026-11-28T03:00:00.000Z',
            by: '社工',
            text: '您好，已收到您关于“我叫王小明”的建议。',
            textForChildren: '收到“我叫王小明”啦'
          },
          { at: '2026-11-28T04:00:00.000Z', by: '社工', text: '你说“我在人和街小学”，我们去学校门口看了。' }
        ],
        history: [
          ...row.history,
          { status: 'in_progress', at: '2026-11-28T04:00:00.000Z', by: '社工', note: '孩子写了电话13900139000' }
        ]
      })
      expect(await k.citizen(kid, step, { id })).toMatchObject({ ok: true })
      const views = [
        await k.call('district', 'get', { id }),
        await k.call('district', 'export', { format: 'csv', filter: {} }),
        await k.call('district', 'export', { format: 'open311', filter: {} }),
        await k.citizen(kid, 'get', { id })
      ]
      for (const v of views) {
        expect(v).toMatchObject({ ok: true })
        expect(JSON.stringify(v)).not.toMatch(/王小明|人和街|13900139000/)
      }
      // The district's own words stay.
      expect(JSON.stringify(views[0])).toContain('我们去学校门口看了')
    }
  )

  it('nobody else can: other citizens, staff, and the worker who typed an assisted row in', async () => {
    await submitWithFiles('others-00001')
    for (const who of ['dev-other', WHO.workerA, WHO.street, WHO.district])
      for (const action of ['withdraw', 'deleteMyData'])
        expect(await k.citizen(who, action, { id: 'others-00001' })).toMatchObject({
          ok: false,
          error: { code: 'NOT_FOUND' }
        })
    expect(await k.citizen(null as any, 'withdraw', { id: 'others-00001' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' }
    })
    await k.call('workerA', 'enter', { channel: 'paper', suggestion: { ...childInA, id: 'paper-0002' } })
    expect(await k.citizen(WHO.workerA, 'deleteMyData', { id: 'paper-0002' })).toMatchObject({
      error: { code: 'NOT_FOUND' }
    })
    expect((await k.stored('others-00001'))!.text).toContain('人和街小学')
  })

  it('refuses while a staff change holds the row', async () => {
    await k.submit(kid, { ...childInA, id: 'busy-0001' })
    await k.repo
      .collection<any>('audit_log')
      .insert({ _id: 'busy-0001@1', kind: 'transition', at: k.now().toISOString() })
    expect(await k.citizen(kid, 'withdraw', { id: 'busy-0001' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
    expect((await k.stored('busy-0001'))!.status).toBe('submitted')
  })
})
