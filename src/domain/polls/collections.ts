// Collections of 快问快答 (merged into src/domain/collections.ts).
import { CLOUD_FUNCTIONS_ONLY, type CollectionSpec, type IndexField } from '../collection-spec'

const asc = (field: string): IndexField => ({ field, direction: 'asc' })
const desc = (field: string): IndexField => ({ field, direction: 'desc' })

export const POLL_COLLECTIONS = {
  polls: {
    name: 'polls',
    purpose:
      '快问快答：问题（成人版和儿童版）、2–5 个带图的选项、问谁、街道或全区、起止日期、发起人（工作人员的 openid 与称呼）、开始和结束时间，以及每个选项的票数（结束后最后一次计票，公开的只有票数）',
    indexes: [
      // The polls taking answers today, and the recently ended ones (pollStatus).
      { name: 'opened_ends', fields: [asc('openedAt'), desc('endsOn')] },
      // Staff pages, newest first; the purge's final count and deletion of answers.
      { name: 'street_created', fields: [asc('street'), desc('createdAt')] },
      { name: 'tallied', fields: [asc('talliedAt'), asc('answersDeletedAt')] },
      // 儿童议事会: the polls asked for a round, shown with its results.
      { name: 'council_round', fields: [asc('councilRoundId'), desc('createdAt')] }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  poll_answers: {
    name: 'poll_answers',
    purpose:
      '快问快答的每一份回答（_id 为 投票:用户，一人一票）：选了哪一项、小朋友还是家长、时间；投票结束最后一次计票后由定时清理删除，只留票数',
    indexes: [
      { name: 'poll_option', fields: [asc('pollId'), asc('option')] },
      { name: 'poll_as', fields: [asc('pollId'), asc('as')] },
      // 我的数据: one person's answers, to list and to delete.
      { name: 'openid', fields: [asc('openid')] }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  }
} as const satisfies Record<string, CollectionSpec>
