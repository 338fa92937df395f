// Collections owned by the suggestions feature (merged into src/domain/collections.ts).
import { CLOUD_FUNCTIONS_ONLY, type CollectionSpec } from '../collection-spec'

export const SUGGESTION_COLLECTIONS = {
  suggestions: {
    name: 'suggestions',
    purpose: '一米建议：小朋友和居民的建议，_id 为客户端生成的幂等键',
    indexes: [
      {
        name: 'author_created',
        fields: [
          { field: 'authorId', direction: 'asc' },
          { field: 'createdAt', direction: 'desc' }
        ]
      },
      {
        name: 'status_visibility_created',
        fields: [
          { field: 'status', direction: 'asc' },
          { field: 'visibility', direction: 'asc' },
          { field: 'createdAt', direction: 'desc' }
        ]
      },
      // The public board (publicBoardWhere): publication is part of its filter, so it is part of
      // the index too, or every pending child row of a public status is read and dropped.
      {
        name: 'board_created',
        fields: [
          { field: 'status', direction: 'asc' },
          { field: 'visibility', direction: 'asc' },
          { field: 'publication', direction: 'asc' },
          { field: 'createdAt', direction: 'desc' }
        ]
      },
      // The board's 办理中 chip: only rows whose author was told open rows show (openOnBoard).
      {
        name: 'board_open_created',
        fields: [
          { field: 'openOnBoard', direction: 'asc' },
          { field: 'status', direction: 'asc' },
          { field: 'visibility', direction: 'asc' },
          { field: 'publication', direction: 'asc' },
          { field: 'createdAt', direction: 'desc' }
        ]
      },
      {
        name: 'street_created',
        fields: [
          { field: 'street', direction: 'asc' },
          { field: 'createdAt', direction: 'desc' }
        ]
      },
      // Staff inbox (newest first, within an area or a status) and most-supported order; _id
      // breaks ties so pages stay stable.
      {
        name: 'created',
        fields: [
          { field: 'createdAt', direction: 'desc' },
          { field: '_id', direction: 'asc' }
        ]
      },
      {
        name: 'community_created',
        fields: [
          { field: 'community', direction: 'asc' },
          { field: 'createdAt', direction: 'desc' }
        ]
      },
      {
        name: 'status_created',
        fields: [
          { field: 'status', direction: 'asc' },
          { field: 'createdAt', direction: 'desc' }
        ]
      },
      // Area + status: the inbox's most common filter; also lets its count use the index alone.
      // A department's inbox (转办): what was handed to it, newest first.
      {
        name: 'department_created',
        fields: [
          { field: 'department', direction: 'asc' },
          { field: 'createdAt', direction: 'desc' }
        ]
      },
      {
        name: 'community_status_created',
        fields: [
          { field: 'community', direction: 'asc' },
          { field: 'status', direction: 'asc' },
          { field: 'createdAt', direction: 'desc' }
        ]
      },
      {
        name: 'street_status_created',
        fields: [
          { field: 'street', direction: 'asc' },
          { field: 'status', direction: 'asc' },
          { field: 'createdAt', direction: 'desc' }
        ]
      },
      // Children of one age in an area, and a topic over a date range: without these the inbox
      // reads every row of the street or the month (20–40 ms at 100k rows, `npm run bench --
      // inbox`). Mode is in the index so page 1's count needs no row.
      {
        name: 'street_age_mode_created',
        fields: [
          { field: 'street', direction: 'asc' },
          { field: 'ageGroup', direction: 'asc' },
          { field: 'mode', direction: 'asc' },
          { field: 'createdAt', direction: 'desc' }
        ]
      },
      {
        name: 'topic_created',
        fields: [
          { field: 'topic', direction: 'asc' },
          { field: 'createdAt', direction: 'desc' }
        ]
      },
      {
        name: 'visibility_created',
        fields: [
          { field: 'visibility', direction: 'asc' },
          { field: 'createdAt', direction: 'desc' }
        ]
      },
      {
        name: 'support_created',
        fields: [
          { field: 'supportCount', direction: 'desc' },
          { field: 'createdAt', direction: 'desc' }
        ]
      },
      // Rows a worker typed in, by worker: the purge looks for the files an upload went into.
      {
        name: 'entered_by_created',
        fields: [
          { field: 'enteredById', direction: 'asc' },
          { field: 'createdAt', direction: 'desc' }
        ]
      },
      // Purge: rows the retention table is not done with, left untouched the longest.
      {
        name: 'retention_updated',
        fields: [
          { field: 'retentionDoneAt', direction: 'asc' },
          { field: 'updatedAt', direction: 'asc' }
        ]
      }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  uploads: {
    name: 'uploads',
    purpose:
      '上传记录：每个文件的随机编号（_id）、存储路径和上传者；提交时只接受本人在本环境上传的文件，建议写入后记下认领；文件删除时记录随之删除；30 天没有建议引用的文件由 purge 删除',
    indexes: [
      {
        name: 'owner_at',
        fields: [
          { field: 'owner', direction: 'asc' },
          { field: 'at', direction: 'desc' }
        ]
      },
      // Purge: uploads no submission claimed, oldest first.
      {
        name: 'claimed_at',
        fields: [
          { field: 'claimedAt', direction: 'asc' },
          { field: 'at', direction: 'asc' }
        ]
      }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  media_checks: {
    name: 'media_checks',
    purpose: '录音内容检测：微信异步检测的 trace_id（_id）对应哪条建议，以及推送回来的结果',
    indexes: [],
    rule: CLOUD_FUNCTIONS_ONLY
  },
  supports: {
    name: 'supports',
    purpose:
      '“我也想要”：每人每条建议一条记录（_id 为 建议编号:用户），保证只计一次；365 天后换成不记名的记录，只留票数',
    indexes: [
      { name: 'suggestion', fields: [{ field: 'suggestionId', direction: 'asc' }] },
      // The board's 已支持: which of a page's suggestions one person supported.
      {
        name: 'openid_suggestion',
        fields: [
          { field: 'openid', direction: 'asc' },
          { field: 'suggestionId', direction: 'asc' }
        ]
      },
      // Purge: supports old enough to lose who gave them, oldest first.
      { name: 'at', fields: [{ field: 'at', direction: 'asc' }] }
    ],
    rule: CLOUD_FUNCTIONS_ONLY
  }
} as const satisfies Record<string, CollectionSpec>
