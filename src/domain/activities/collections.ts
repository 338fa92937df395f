// Collections owned by activities (merged into src/domain/collections.ts), with the indexes the
// activities function's queries use.
import { CLOUD_FUNCTIONS_ONLY, type CollectionSpec } from '../collection-spec'
import { SIGNUP_RETENTION_DAYS } from './retention'

const asc = (field: string) => ({ field, direction: 'asc' as const })

export const ACTIVITY_COLLECTIONS = {
  activities: {
    name: 'activities',
    purpose:
      '活动：名称、介绍、地点（地点记录或地址）、时间、年龄、名额、费用（默认免费）、报名须知、封面、状态（报名中/有变更/已取消）和发布人；由社区、街道、区级工作人员发布',
    indexes: [
      // Coming activities, soonest first (the list, home's 本周).
      { name: 'end_start', fields: [asc('endAt'), asc('startAt')] },
      // A place page's coming activities.
      { name: 'place_end', fields: [asc('place.placeId'), asc('endAt')] }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  activity_signups: {
    name: 'activity_signups',
    purpose: `活动报名：孩子的年龄、家长的称呼和手机、报名状态、签到，和报名人的 openid（我的活动和变更通知）；_id 由活动和账号算出，同一账号同一活动只一条；活动结束 ${SIGNUP_RETENTION_DAYS} 天后由 purge 删除`,
    indexes: [
      { name: 'activity_signed', fields: [asc('activityId'), asc('signedAt')] },
      { name: 'user_signed', fields: [asc('userId'), asc('signedAt')] },
      { name: 'end', fields: [asc('activityEndAt')] }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  activity_seats: {
    name: 'activity_seats',
    purpose:
      '活动名额：每个名额一条（_id 为 活动#序号），插入或接手即占用，并发报名也不会超过名额；记录占用它的报名；随报名一起删除',
    indexes: [
      { name: 'activity_n', fields: [asc('activityId'), asc('n')] },
      { name: 'signup', fields: [asc('signupId')] }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  }
} as const satisfies Record<string, CollectionSpec>
