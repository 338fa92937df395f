// Replies leave the system only the way a person approved them (issue 21, item 1): a template is
// never filled from the author's words; a reply to a row whose words need approval shows on the
// board (and in `similar`) only once a street or district admin approved it, and each new reply
// asks again; what looks personal in a reply (a phone number…) never reaches the board. Replies
// carry the worker's client id and are stored exactly once.
import type { NotificationRecord } from '../../server/adapters/notifier'
import type { BoardItem } from '../../src/domain/suggestions/model'
import { adultBase } from '../../tests/fixtures/validation-cases'
import { COMMUNITY_A, STREET, WHO, childInA, staffKit, type StaffKit } from '../../tests/server/test-kit'

/** The answer's data (the test fails on the next line if it was an error). */
const data = (r: { ok: boolean; data?: any }) => r.data

describe('replies and the public board', () => {
  let k: StaffKit
  const kid = {
    ...childInA,
    id: 'reply-kid-0001',
    topic: 'play',
    title: '我叫王小明',
    text: '我在人和街小学读书，想要秋千'
  }
  const board = async (): Promise<BoardItem[]> => data(await k.citizen('dev-anyone', 'listPublic')).items
  const similar = async (): Promise<BoardItem[]> =>
    data(await k.citizen('dev-anyone', 'similar', { topic: 'play', street: STREET })).items
  const stored = async () => (await k.stored(kid.id))!

  beforeEach(async () => {
    k = staffKit()
    await k.seed()
    expect(await k.submit(WHO.citizen, kid)).toMatchObject({ ok: true })
  })
  afterEach(() => k.cleanup())

  /** Takes the child's words out, approves them and puts the row among the board's statuses. */
  const onBoard = async () => {
    const hits = ['王小明', '人和街小学']
    await k.call('workerA', 'moderate', { id: kid.id, op: 'redact', field: 'title', spans: [hits[0]] })
    await k.call('workerA', 'moderate', { id: kid.id, op: 'redact', field: 'text', spans: [hits[1]] })
    const s = await stored()
    expect(await k.call('street', 'publish', { id: kid.id, title: s.title, text: s.text })).toMatchObject({ ok: true })
    await k.repo.collection('suggestions').update(kid.id, { status: 'adopted' })
    expect((await board()).map((b) => b.id)).toEqual([kid.id])
  }

  it('a template names the topic, never the child’s title or first words', async () => {
    const r = await k.call('workerA', 'reply', { id: kid.id, templateId: 'demo-tpl-received', clientId: 'reply-0001' })
    expect(r).toMatchObject({ ok: true })
    const [reply] = (await stored()).replies
    expect(reply.text).toContain('关于“玩的地方”的建议')
    expect(JSON.stringify(reply)).not.toMatch(/王小明|人和街|我在人和/)
    const [message] = await k.repo.collection<NotificationRecord>('notifications').find()
    expect(JSON.stringify(message.data)).not.toMatch(/王小明|人和街/)
  })

  it('a reply to a child’s row is public only once an admin approved it; a new reply asks again', async () => {
    await onBoard()
    const first = '你好，秋千下个月装好，有问题请打13900139000找王老师。'
    expect(
      await k.call('workerA', 'reply', {
        id: kid.id,
        text: first,
        textForChildren: '秋千下个月装好啦',
        clientId: 'reply-0002'
      })
    ).toMatchObject({ ok: true })
    // Not reviewed yet: neither the board nor `similar` shows it.
    for (const item of [...(await board()), ...(await similar())]) {
      expect(item.reply).toBeUndefined()
      expect(JSON.stringify(item)).not.toMatch(/13900139000|王老师/)
    }
    // A community worker may not approve it; a street admin of its area may, exactly what they read.
    const key = (await stored()).replies[0].id
    expect(await k.call('workerA', 'publishReply', { id: kid.id, replyId: key, text: first })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await k.call('street', 'publishReply', { id: kid.id, replyId: key, text: '别的话' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
    expect(await k.call('street', 'publishReply', { id: kid.id, replyId: key, text: first })).toMatchObject({
      ok: true
    })
    const [shown] = await board()
    expect(shown.reply).toContain('秋千下个月装好')
    // What looks personal never reaches the board, approved or not.
    expect(JSON.stringify(await board())).not.toContain('13900139000')
    expect(JSON.stringify(await similar())).not.toContain('13900139000')
    const log = await k.repo.collection('audit_log').find({ kind: 'publish' })
    expect(log.map((e: any) => e.detail.op)).toContain('publish_reply')

    // A reply after approval: the board keeps the approved one until an admin approves the new one.
    await k.call('street', 'reply', {
      id: kid.id,
      text: '王小明，你家门牌是几号？',
      textForChildren: '你好',
      clientId: 'reply-0003'
    })
    expect((await board())[0].reply).toContain('秋千下个月装好')
    expect(JSON.stringify(await board())).not.toContain('门牌')
  })

  it('an adult’s own row: replies are public at once, without what looks personal', async () => {
    const own = { ...adultBase, id: 'reply-adult-0001', onBehalfOfChild: false, photoFileIds: [] }
    await k.submit('dev-parent', { ...own, street: STREET, community: COMMUNITY_A })
    await k.repo.collection('suggestions').update(own.id, { status: 'adopted' })
    await k.call('workerA', 'reply', {
      id: own.id,
      text: '已安排护学岗，联系人电话13800138001。',
      clientId: 'reply-0004'
    })
    const [item] = await board()
    expect(item.reply).toMatch(/^已安排护学岗/)
    expect(item.reply).not.toContain('13800138001')
  })

  it('the same send twice (a second tap, a retry) stores one reply', async () => {
    const send = () =>
      k.call('workerA', 'reply', { id: kid.id, templateId: 'demo-tpl-received', clientId: 'rp-twice-0001' })
    expect(await send()).toMatchObject({ ok: true, data: { duplicate: false } })
    // Sent again with the revision the page had before (a stale double tap) or after (a second tap).
    expect(await send()).toMatchObject({ ok: true, data: { duplicate: true } })
    expect(
      await k.call('workerA', 'reply', {
        id: kid.id,
        templateId: 'demo-tpl-received',
        clientId: 'rp-twice-0001',
        rev: 0
      })
    ).toMatchObject({
      ok: true,
      data: { duplicate: true }
    })
    expect((await stored()).replies).toHaveLength(1)
    expect(await k.repo.collection('notifications').find()).toHaveLength(1)
    expect(
      await k.call('workerA', 'reply', { id: kid.id, text: '好的，收到了', textForChildren: '收到啦', clientId: 'x' })
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'clientId' }
    })
  })
})
