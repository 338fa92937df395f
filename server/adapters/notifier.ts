// WeChat subscribe messages behind one interface: cloud.openapi.subscribeMessage.send in
// production, a record in the `notifications` collection in the local backend and tests (what
// would have been sent, for the developer to look at).
import { newClientId } from '../../src/domain/ids'
import type { NotifyOutcome } from '../../src/domain/staff/api'
import type { MessageData } from '../../src/domain/staff/message'
import type { Repository } from './repository'

/**
 * reply: to an author when staff answer; new_suggestion: to staff when one arrives in their area;
 * activity: to everyone signed up when staff change or cancel an activity; activity_reminder: to
 * each guardian with a seat, the day before.
 */
export type MessageKind = 'reply' | 'new_suggestion' | 'activity' | 'activity_reminder'

export interface SubscribeMessage {
  kind: MessageKind
  /** The author's (reply) or the staff member's (new_suggestion) openid. */
  touser: string
  /** Mini-program page the message opens, with its query. */
  page: string
  data: MessageData
  /** What the message is about: the suggestion's id, the activity's or the visit request's. */
  suggestionId: string
}

export interface Notifier {
  send(message: SubscribeMessage, at: string): Promise<NotifyOutcome>
  /** The template reply messages go out with: the app asks the author to subscribe to this one. */
  readonly templateId?: string
  /** The template of each kind (undefined: that kind is not sent). */
  templateFor(kind: MessageKind): string | undefined
}

export interface NotificationRecord extends SubscribeMessage {
  _id: string
  templateId: string
  at: string
}

const LOCAL_TEMPLATES: Record<MessageKind, string> = {
  reply: 'local-reply-template',
  new_suggestion: 'local-new-suggestion-template',
  activity: 'local-activity-template',
  activity_reminder: 'local-activity-reminder-template'
}

/** Records every message to `notifications` instead of sending it. */
export function localNotifier(repo: Repository, templateId = LOCAL_TEMPLATES.reply): Notifier {
  const templateFor = (kind: MessageKind) => (kind === 'reply' ? templateId : LOCAL_TEMPLATES[kind])
  return {
    templateId,
    templateFor,
    async send(message, at) {
      const record: NotificationRecord = {
        ...message,
        _id: newClientId(message.suggestionId, Date.parse(at)),
        templateId: templateFor(message.kind),
        at
      }
      await repo.collection<NotificationRecord>('notifications').insert(record)
      return { status: 'recorded' }
    }
  }
}

interface OpenApi {
  subscribeMessage: { send(options: object): Promise<{ errCode?: number } | undefined> }
}

// 43101: the user has not subscribed (or used up their one-time subscription).
const NOT_SUBSCRIBED = 43101
const STATES = ['developer', 'trial', 'formal'] as const

/** The environment variable naming each kind's template (云函数 → 配置 → 环境变量). */
export const TEMPLATE_VARIABLES: Record<MessageKind, string> = {
  reply: 'SUBSCRIBE_TEMPLATE_REPLY',
  new_suggestion: 'SUBSCRIBE_TEMPLATE_NEW_SUGGESTION',
  activity: 'SUBSCRIBE_TEMPLATE_ACTIVITY',
  activity_reminder: 'SUBSCRIBE_TEMPLATE_ACTIVITY_REMINDER'
}

/**
 * Sends with the template id from the cloud function's environment variable of the message's
 * kind (TEMPLATE_VARIABLES); without it nothing of that kind is sent. Optional
 * SUBSCRIBE_MINIPROGRAM_STATE (developer | trial | formal, default formal) picks which version
 * of the mini-program the message opens. Needs "subscribeMessage.send" in config.json.
 */
export function wechatNotifier(openapi: OpenApi, env: Record<string, string | undefined> = process.env): Notifier {
  const templateFor = (kind: MessageKind) => env[TEMPLATE_VARIABLES[kind]] || undefined
  return {
    get templateId() {
      return templateFor('reply')
    },
    templateFor,
    async send(message) {
      const templateId = templateFor(message.kind)
      if (!templateId) return { status: 'skipped', reason: 'no_template' }
      const state = STATES.find((s) => s === env.SUBSCRIBE_MINIPROGRAM_STATE) ?? 'formal'
      try {
        const r = await openapi.subscribeMessage.send({
          touser: message.touser,
          templateId,
          page: message.page,
          data: message.data,
          miniprogramState: state
        })
        const errCode = r?.errCode ?? 0
        if (errCode === 0) return { status: 'sent' }
        return errCode === NOT_SUBSCRIBED ? { status: 'not_subscribed' } : { status: 'failed', errCode }
      } catch (e) {
        const errCode = (e as { errCode?: unknown })?.errCode
        if (errCode === NOT_SUBSCRIBED) return { status: 'not_subscribed' }
        console.error('[notifier] subscribeMessage.send', e)
        return { status: 'failed', ...(typeof errCode === 'number' ? { errCode } : {}) }
      }
    }
  }
}
