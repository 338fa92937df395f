// WeChat entry of the `activities` cloud function (bundled to index.js by `npm run build:cloud`).
// Its timer (config.json) calls with { Type: 'Timer', TriggerName }: that is the day-before
// reminders' run, the sendReminders action (refused to a caller with an account).
import { isReminderTimer } from '../../src/domain/activities/reminder'
import { wechatMain } from '../../server/adapters/wechat'
import { activitiesFunction } from './handler'

const handle = wechatMain(activitiesFunction)

export const main = (event: unknown) => handle(isReminderTimer(event) ? { action: 'sendReminders' } : event)
