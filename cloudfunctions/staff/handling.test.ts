// Replies (templates, child text, subscribe message), contact opening (masked by default,
// logged when opened) and moderation (approve, hide, redact, remove an image).
import type { NotificationRecord } from '../../server/adapters/notifier'
import { REDACTED } from '../../src/domain/staff/mask'
import { stepNote } from '../../tests/fixtures/staff'
import type { PublicSuggestion } from '../../src/domain/suggestions/model'
import { adultInA, childInA, staffKit, type StaffKit } from '../../tests/server/test-kit'

describe('staff handling', () => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
    await k.submit('dev-parent', adultInA)
    await k.submit('dev-kid', childInA)
  })
  afterEach(() => k.cleanup())

  describe('every status step is told to its author', () => {
    const messages = async () =>
      (await k.repo.collection<NotificationRecord>('notifications').find({}, { limit: 100 })).map((m) => [
        m.touser,
        m.data.phrase2.value,
        m.data.thing3.value
      ])
    const move = async (who: 'workerA' | 'street', id: string, to: string, note?: string) => {
      const rev = (await k.stored(id))!.rev ?? 0
      return k.call(who, 'transition', { id, to, rev, ...(note ? { note } : {}) })
    }

    it('sends one message per step, in a child’s words to a child, a refusal with its reason but nothing personal', async () => {
      for (const to of ['accepted', 'in_progress'])
        expect(await move('workerA', childInA.id, to)).toMatchObject({ ok: true })
      expect(await move('street', childInA.id, 'rejected', '这里要修路，请打13900139000问王小明')).toMatchObject({
        ok: true
      })
      for (const to of ['accepted', 'in_progress', 'adopted', 'closed'])
        expect(await move('street', adultInA.id, to, stepNote(to).note)).toMatchObject({ ok: true })
      const sent = await messages()
      expect(sent.filter(([to]) => to === 'dev-kid')).toEqual([
        ['dev-kid', '已受理', '工作人员看到你的建议了'],
        ['dev-kid', '办理中', '大人们正在忙着办'],
        ['dev-kid', '不予采纳', expect.stringMatching(/^没办法照做：这里要修路/)]
      ])
      expect(JSON.stringify(sent)).not.toMatch(/13900139000|王小明/)
      expect(sent.filter(([to]) => to === 'dev-parent').map(([, phrase, words]) => `${phrase}:${words}`)).toEqual([
        '已受理:工作人员已受理',
        '办理中:正在办理',
        '已采纳:你的建议被采纳了',
        '已办结:已办结。解决了吗？点开告诉我们'
      ])
      const steps = await k.repo
        .collection<{ _id: string; detail?: { notification?: string } }>('audit_log')
        .find({ kind: 'transition' }, { limit: 20 })
      expect(steps.every((e) => e.detail?.notification === 'recorded')).toBe(true)
    })

    it('a retried step stores nothing twice and tells once; a reply that moves the status sends one message', async () => {
      const rev = (await k.stored(adultInA.id))!.rev ?? 0
      const step = { id: adultInA.id, to: 'accepted', rev }
      expect(await k.call('workerA', 'transition', step)).toMatchObject({ ok: true, data: { status: 'accepted' } })
      // Its answer was lost: the same call again.
      expect(await k.call('workerA', 'transition', step)).toMatchObject({ ok: true, data: { status: 'accepted' } })
      expect((await k.stored(adultInA.id))!.history.map((h) => h.status)).toEqual(['submitted', 'accepted'])
      expect(await messages()).toHaveLength(1)
      // Someone else's stale step is still a conflict.
      expect(await k.call('street', 'transition', step)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
      const next = (await k.stored(childInA.id))!.rev ?? 0
      await k.call('workerA', 'reply', { id: childInA.id, templateId: 'demo-tpl-received', to: 'accepted', rev: next })
      expect((await messages()).filter(([to]) => to === 'dev-kid')).toHaveLength(1)
    })
  })

  describe('reply', () => {
    it('fills a template; the child sees the child text, and gets a subscribe message', async () => {
      const r = await k.call('workerA', 'reply', { id: childInA.id, templateId: 'demo-tpl-received', to: 'accepted' })
      expect(r).toMatchObject({
        ok: true,
        data: { notification: { status: 'recorded' }, suggestion: { status: 'accepted' } }
      })
      const stored = (await k.stored(childInA.id))!
      expect(stored.replies).toEqual([
        {
          at: '2026-11-28T02:00:00.000Z',
          by: '示例社工 · 大井巷',
          // The topic, never the child's words; it waits for an admin's 公开 like the child's words.
          text: '您好，大井巷社区已收到您关于“公园和绿地”的建议，我们会在 5 个工作日内了解情况并答复您。感谢您对儿童友好城市建设的关心。',
          textForChildren: '你好！大井巷社区的叔叔阿姨收到你的建议啦，我们会认真去看一看，过几天告诉你结果。谢谢你！',
          publication: 'pending'
        }
      ])
      const mine = await k.citizen('dev-kid', 'get', { id: childInA.id })
      expect(mine.ok && mine.data.replies[0].textForChildren).toMatch(/^你好！大井巷社区/)
      const sent = await k.repo.collection<NotificationRecord>('notifications').find()
      expect(sent).toEqual([
        expect.objectContaining({
          kind: 'reply',
          touser: 'dev-kid',
          suggestionId: childInA.id,
          page: `pkg-suggest/detail/index?id=${childInA.id}`,
          data: expect.objectContaining({
            phrase2: { value: '已受理' },
            thing3: { value: expect.stringMatching(/^你好！大井巷社区/) }
          })
        })
      ])
      const [entry] = await k.repo.collection('audit_log').find({ kind: 'reply' })
      expect(entry).toMatchObject({
        suggestionId: childInA.id,
        detail: { templateId: 'demo-tpl-received', to: 'accepted', notification: 'recorded' }
      })
    })

    it('lets the worker’s words override the template, and requires a child text for children', async () => {
      expect(await k.call('workerA', 'reply', { id: childInA.id, text: '已收到，谢谢。' })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', field: 'textForChildren' }
      })
      const r = await k.call('workerA', 'reply', {
        id: adultInA.id,
        templateId: 'demo-tpl-received',
        text: '王女士您好，护学岗的事已经转给交巡警了。'
      })
      // An adult's suggestion: the worker's words only, none of the template's child words.
      expect(r.ok && r.data.suggestion.replies[0]).toEqual(
        expect.objectContaining({ text: '王女士您好，护学岗的事已经转给交巡警了。' })
      )
      expect(r.ok && r.data.suggestion.replies[0]).not.toHaveProperty('textForChildren')
      // A child's: the worker's words, and the template's child words where none were written.
      const c = await k.call('workerA', 'reply', {
        id: childInA.id,
        templateId: 'demo-tpl-received',
        text: '已收到，我们去公园看看。'
      })
      expect(c.ok && c.data.suggestion.replies[0]).toMatchObject({
        text: '已收到，我们去公园看看。',
        textForChildren: expect.stringContaining('叔叔阿姨')
      })
      expect(await k.call('workerA', 'reply', { id: adultInA.id, templateId: 'nope' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', field: 'templateId' }
      })
      expect(await k.call('workerA', 'reply', { id: adultInA.id, text: '好', to: 'answered' })).toMatchObject({
        ok: false,
        error: { field: 'text' }
      })
      expect(
        await k.call('workerA', 'reply', { id: adultInA.id, text: '您好，已经处理好了。', to: 'answered' })
      ).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'to' } })
      expect((await k.stored(adultInA.id))!.replies).toHaveLength(1)
    })

    it('does not notify for an assisted entry, and refuses replies once closed', async () => {
      await k.call('workerA', 'enter', {
        channel: 'paper',
        suggestion: { ...childInA, id: 'paper-form-0001', contact: undefined, consent: undefined }
      })
      expect(
        await k.call('workerA', 'reply', { id: 'paper-form-0001', text: '已收到。', textForChildren: '收到啦！' })
      ).toMatchObject({ ok: true, data: { notification: { status: 'skipped', reason: 'assisted_entry' } } })
      expect(await k.repo.collection('notifications').count()).toBe(0)
      await k.repo.collection('suggestions').update(adultInA.id, { status: 'closed' })
      expect(await k.call('workerA', 'reply', { id: adultInA.id, text: '补充说明一下。' })).toMatchObject({
        ok: false,
        error: { message: '已办结的建议不能再回复' }
      })
    })
  })

  describe('contact', () => {
    it('is masked in every view and only opened on purpose, with a log entry', async () => {
      const view = await k.call('workerA', 'get', { id: adultInA.id })
      expect(view).toMatchObject({
        ok: true,
        data: { contact: { name: '王**', phone: '138****8000' }, allowed: { openContact: true } }
      })
      expect(JSON.stringify(view)).not.toContain('13800138000')
      expect(JSON.stringify(view)).not.toContain('dev-parent')
      const inbox = await k.call('workerA', 'inbox')
      expect(JSON.stringify(inbox)).not.toMatch(/13800138000|13900139000|王女士/)

      k.advance(5000)
      const opened = await k.call('workerA', 'openContact', { id: adultInA.id, purpose: '电话回访' })
      expect(opened).toEqual({
        ok: true,
        data: { contact: { name: '王女士', phone: '13800138000' }, loggedAt: '2026-11-28T02:00:05.000Z' }
      })
      const log = await k.call('district', 'auditLog', { kind: 'open_contact' })
      expect(log).toMatchObject({
        ok: true,
        data: {
          items: [
            {
              kind: 'open_contact',
              at: '2026-11-28T02:00:05.000Z',
              actorName: '示例社工 · 大井巷',
              actorRole: 'community_worker',
              suggestionId: adultInA.id,
              detail: { purpose: '电话回访' }
            }
          ]
        }
      })
    })

    it('says when there is no contact, or it was deleted after the retention period', async () => {
      await k.call('workerA', 'enter', {
        channel: 'event',
        suggestion: { ...childInA, id: 'no-contact-0001', contact: undefined, consent: undefined }
      })
      expect(await k.call('workerA', 'openContact', { id: 'no-contact-0001' })).toMatchObject({
        ok: false,
        error: { message: '这条建议没有留联系方式' }
      })
      await k.repo.collection('suggestions').update('no-contact-0001', { personalDataPurgedAt: '2026-11-01T00:00:00Z' })
      expect(await k.call('workerA', 'openContact', { id: 'no-contact-0001' })).toMatchObject({
        ok: false,
        error: { message: '联系方式已按规定到期删除' }
      })
      expect(await k.repo.collection('audit_log').count({ kind: 'open_contact' })).toBe(0)
    })
  })

  describe('moderation', () => {
    const board = async () => {
      const r = await k.citizen('dev-anyone', 'listPublic')
      return r.ok ? (r.data.items as PublicSuggestion[]).map((s) => s.id) : []
    }

    it('approves a suggestion held for review; a blocked one needs an admin', async () => {
      expect((await k.stored(adultInA.id))!.visibility).toBe('pending_review')
      expect(await k.call('workerA', 'moderate', { id: adultInA.id, op: 'approve' })).toMatchObject({
        ok: true,
        data: { visibility: 'visible' }
      })
      expect(await k.call('workerA', 'moderate', { id: adultInA.id, op: 'approve' })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT' }
      })
      await k.repo.collection('suggestions').update(childInA.id, { visibility: 'blocked' })
      expect(await k.call('workerA', 'moderate', { id: childInA.id, op: 'approve' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' }
      })
      expect(await k.call('street', 'moderate', { id: childInA.id, op: 'approve' })).toMatchObject({
        ok: true,
        data: { visibility: 'visible' }
      })
      expect(await k.call('street', 'moderate', { id: childInA.id, op: 'delete' })).toMatchObject({
        ok: false,
        error: { field: 'op' }
      })
    })

    it('hides from the public board with a reason, and shows again', async () => {
      await k.repo.collection('suggestions').update(childInA.id, { status: 'adopted', publication: 'approved' })
      expect(await board()).toEqual([childInA.id])
      expect(await k.call('workerA', 'moderate', { id: childInA.id, op: 'hide' })).toMatchObject({
        ok: false,
        error: { field: 'reason' }
      })
      expect(
        await k.call('workerA', 'moderate', { id: childInA.id, op: 'hide', reason: '含有学校全名' })
      ).toMatchObject({
        ok: true,
        data: { visibility: 'hidden', hidden: { reason: '含有学校全名', by: '示例社工 · 大井巷' } }
      })
      expect(await board()).toEqual([])
      const mine = await k.citizen('dev-kid', 'listMine')
      expect(mine.ok && mine.data.items.map((s: { id: string }) => s.id)).toContain(childInA.id)
      expect(await k.call('workerA', 'moderate', { id: childInA.id, op: 'unhide' })).toMatchObject({
        ok: true,
        data: { visibility: 'visible', hidden: null }
      })
      expect(await board()).toEqual([childInA.id])
    })

    it('redacts personal data in the text; the original is kept for the district admin only', async () => {
      const id = 'pii-text-00001'
      await k.submit('dev-kid', {
        ...childInA,
        id,
        contact: undefined,
        consent: undefined,
        text: '我家电话13800138000，想要秋千'
      })
      expect(await k.call('workerA', 'moderate', { id, op: 'redact', spans: ['不存在的字'] })).toMatchObject({
        ok: false,
        error: { field: 'spans' }
      })
      const r = await k.call('workerA', 'moderate', { id, op: 'redact' })
      expect(r).toMatchObject({
        ok: true,
        data: { text: `我家电话${REDACTED}，想要秋千`, redactedAt: '2026-11-28T02:00:00.000Z' }
      })
      expect(r.ok && r.data.original).toBeUndefined()
      expect(await k.call('workerA', 'moderate', { id, op: 'redact' })).toMatchObject({
        ok: false,
        error: { field: 'spans' }
      })
      // A second redaction keeps the very first original.
      await k.call('workerA', 'moderate', { id, op: 'redact', spans: ['秋千'] })
      expect(await k.call('street', 'get', { id })).not.toMatchObject({ data: { original: expect.anything() } })
      const admin = await k.call('district', 'get', { id })
      expect(admin).toMatchObject({
        ok: true,
        data: {
          text: `我家电话${REDACTED}，想要${REDACTED}`,
          original: { text: '我家电话13800138000，想要秋千', removedFiles: [] }
        }
      })
      const author = await k.citizen('dev-kid', 'get', { id })
      expect(JSON.stringify(author)).not.toContain('13800138000')
      const log = await k.repo.collection('audit_log').find({ suggestionId: id })
      expect(log.map((e) => (e as { detail?: { op?: string } }).detail?.op)).toEqual(['redact', 'redact'])
    })

    it('removes a photo or the drawing, keeping the file id for admins', async () => {
      const photo = adultInA.photoFileIds[0]
      expect(
        await k.call('workerA', 'moderate', { id: adultInA.id, op: 'removeImage', fileId: 'local://files/other.jpg' })
      ).toMatchObject({ ok: false, error: { field: 'fileId' } })
      expect(await k.call('workerA', 'moderate', { id: adultInA.id, op: 'removeImage', fileId: photo })).toMatchObject({
        ok: true,
        data: { photoFileIds: [] }
      })
      const drawn = 'drawn-child-0001'
      await k.submit('dev-kid', {
        ...childInA,
        id: drawn,
        contact: undefined,
        consent: undefined,
        drawingFileId: 'local://files/d.png'
      })
      await k.repo.collection('suggestions').update(drawn, { supportCount: 7 })
      const r = await k.call('workerA', 'moderate', { id: drawn, op: 'removeImage', fileId: 'local://files/d.png' })
      expect(r.ok && r.data.drawingFileId).toBeUndefined()
      const stored = (await k.stored(drawn))!
      expect(stored).not.toHaveProperty('drawingFileId')
      expect(stored.supportCount).toBe(7)
      expect(await k.call('district', 'get', { id: drawn })).toMatchObject({
        ok: true,
        data: { original: { removedFiles: ['local://files/d.png'] } }
      })
    })
  })
})
