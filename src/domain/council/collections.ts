// Collections of the children's council (merged into src/domain/collections.ts).
import { CLOUD_FUNCTIONS_ONLY, type CollectionSpec, type IndexField } from '../collection-spec'

const asc = (field: string): IndexField => ({ field, direction: 'asc' })
const desc = (field: string): IndexField => ({ field, direction: 'desc' })

export const COUNCIL_COLLECTIONS = {
  council_representatives: {
    name: 'council_representatives',
    purpose:
      '儿童议事会的小代表：街道、昵称（不用真名）、年龄段、监护人的同意（与孩子的关系、手机号、同意日期、登记人）、一次性邀请码、加入后的 openid、是否仍在任；卸任满保留期后由定时清理删除监护人手机号和 openid',
    indexes: [
      { name: 'street_created', fields: [asc('street'), desc('createdAt')] },
      { name: 'invite', fields: [asc('inviteCode')] },
      { name: 'openid_ended', fields: [asc('openid'), asc('endedAt')] },
      { name: 'ended', fields: [asc('endedAt')] }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  council_rounds: {
    name: 'council_rounds',
    purpose: '儿童议事会每季度一次的议事（_id 为季度，如 2026-Q4）：开始和结束的时间与工作人员称呼、最后一次计票的时间',
    indexes: [
      // The round under way and the closed ones, newest first.
      { name: 'closed_opened', fields: [asc('closedAt'), desc('openedAt')] },
      { name: 'tallied', fields: [asc('talliedAt'), asc('ballotsDeletedAt')] }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  council_ballots: {
    name: 'council_ballots',
    purpose:
      '小代表在一次议事中选的建议（_id 为 议事:小代表，最多 3 条），只给本人看；议事结束计票后由定时清理删除，只留每条建议的票数',
    indexes: [
      { name: 'round_street', fields: [asc('roundId'), asc('street')] },
      // 我的数据: a representative's own ballots, deleted with the rest of their data.
      { name: 'representative', fields: [asc('representativeId')] }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  council_items: {
    name: 'council_items',
    purpose:
      '议事结束后被选中的建议（_id 为 议事:建议）：街道、票数，以及区里的公开答复（会做及完成日期，或为什么暂时做不了，成人版和儿童版）',
    indexes: [
      { name: 'round_picks', fields: [asc('roundId'), desc('picks')] },
      { name: 'round_street_picks', fields: [asc('roundId'), asc('street'), desc('picks')] }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  }
} as const satisfies Record<string, CollectionSpec>
