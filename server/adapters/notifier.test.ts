import { localNotifier, wechatNotifier, type NotificationRecord, type SubscribeMessage } from './notifier'
import { tempRepo } from '../../tests/server/test-repo'

const message: SubscribeMessage = {
  kind: 'reply',
  touser: 'o-kid',
  page: 'pkg-suggest/detail/index?id=s1',
  data: { thing1: { value: '滑梯' } },
  suggestionId: 's1'
}
const at = '2026-11-28T02:00:00.000Z'

describe('subscribe message notifier', () => {
  it('sends each kind with its own template, and not a kind whose template is not set', async () => {
    const sent: Array<{ templateId: string }> = []
    const openapi = {
      subscribeMessage: { send: async (o: object) => (sent.push(o as { templateId: string }), { errCode: 0 }) }
    }
    const notice = { ...message, kind: 'new_suggestion' as const, touser: 'o-worker' }
    const replyOnly = wechatNotifier(openapi, { SUBSCRIBE_TEMPLATE_REPLY: 'tpl-reply' })
    expect(replyOnly.templateFor('new_suggestion')).toBeUndefined()
    expect(await replyOnly.send(notice, at)).toEqual({ status: 'skipped', reason: 'no_template' })
    const both = wechatNotifier(openapi, {
      SUBSCRIBE_TEMPLATE_REPLY: 'tpl-reply',
      SUBSCRIBE_TEMPLATE_NEW_SUGGESTION: 'tpl-new'
    })
    expect(await both.send(notice, at)).toEqual({ status: 'sent' })
    expect(await both.send(message, at)).toEqual({ status: 'sent' })
    expect(sent.map((o) => o.templateId)).toEqual(['tpl-new', 'tpl-reply'])
  })

  it('sends with the template id from the environment, and says when the user has not subscribed', async () => {
    const sent: object[] = []
    const openapi = { subscribeMessage: { send: async (o: object) => (sent.push(o), { errCode: 0 }) } }
    expect(await wechatNotifier(openapi, {}).send(message, at)).toEqual({ status: 'skipped', reason: 'no_template' })
    expect(sent).toEqual([])
    // whoami hands this to the app, which asks the user for the same template.
    expect(wechatNotifier(openapi, {}).templateId).toBeUndefined()
    expect(wechatNotifier(openapi, { SUBSCRIBE_TEMPLATE_REPLY: 'tpl-abc' }).templateId).toBe('tpl-abc')
    expect(
      await wechatNotifier(openapi, { SUBSCRIBE_TEMPLATE_REPLY: 'tpl-abc', SUBSCRIBE_MINIPROGRAM_STATE: 'trial' }).send(
        message,
        at
      )
    ).toEqual({ status: 'sent' })
    expect(sent).toEqual([
      { touser: 'o-kid', templateId: 'tpl-abc', page: message.page, data: message.data, miniprogramState: 'trial' }
    ])

    const refusing = {
      subscribeMessage: {
        send: async () => Promise.reject(Object.assign(new Error('user refuse'), { errCode: 43101 }))
      }
    }
    expect(await wechatNotifier(refusing, { SUBSCRIBE_TEMPLATE_REPLY: 't' }).send(message, at)).toEqual({
      status: 'not_subscribed'
    })
    const failing = { subscribeMessage: { send: async () => ({ errCode: 47003 }) } }
    expect(await wechatNotifier(failing, { SUBSCRIBE_TEMPLATE_REPLY: 't' }).send(message, at)).toEqual({
      status: 'failed',
      errCode: 47003
    })
  })

  it('records the message locally instead of sending it', async () => {
    const t = tempRepo()
    try {
      expect(await localNotifier(t.repo).send(message, at)).toEqual({ status: 'recorded' })
      const [record] = await t.repo.collection<NotificationRecord>('notifications').find()
      expect(record).toMatchObject({ ...message, templateId: 'local-reply-template', at })
    } finally {
      t.cleanup()
    }
  })
})
