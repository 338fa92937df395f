// What a guardian agrees to before signing a child up: what is kept, why, for how long (the
// retention period comes from the table, so the words cannot promise what the purge does not do).
import { SIGNUP_RETENTION_DAYS } from './retention'

export const SIGNUP_CONSENT_VERSION = 1

export const SIGNUP_CONSENT_TEXT =
  '报名需要家长填写：孩子的年龄、家长的称呼和手机号码。只用于活动的组织者（社区、街道或区里的工作人员）安排名额、' +
  `在活动有变化时联系你；工作人员看到的手机号是隐去中间几位的，查看完整号码会被记录。活动结束 ${SIGNUP_RETENTION_DAYS} 天后，报名信息自动删除。` +
  '不问孩子的姓名，不用于其他目的。'
