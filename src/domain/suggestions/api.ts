// Contract of the `suggestions` cloud function.
import type { ImageUrls } from './images'
import type { BoardItem, FollowUpAnswer, MySuggestion, Status, Topic, Visibility } from './model'
import type { MyDataDeleted, MyDataView } from './my-data'
import type { BoardFilter } from './status'
import type { NoFields } from '../wire'

export interface SubmitAck {
  id: string
  status: Status
  visibility: Visibility
  createdAt: string
  /** True when this id had already arrived: the stored result is returned, nothing is added. */
  duplicate: boolean
}

export interface StreetMonthCount {
  street: string
  month: string
  submitted: number
  adopted: number
}

/** The `stats` action's answer (rules.ts: tallyStreetMonths counts it). */
export interface StreetMonthTally {
  byStreetMonth: StreetMonthCount[]
  /** The first month counted; later than asked when rows ran out (see complete). */
  since: string
  /** False when the row cap was reached: the oldest, partly read month was left out. */
  complete: boolean
}

export interface SuggestionsApi {
  submit: { request: { suggestion: unknown }; response: SubmitAck }
  /** WeChat: the storage path for one image or recording upload; submit accepts only files uploaded there. */
  uploadSlot: { request: { ext: string }; response: { cloudPath: string } }
  /**
   * Not for the app: WeChat's push of a recording's check verdict (wxa_media_check, mapped by
   * server/adapters/content-check.ts). Only a trace id the function itself received is accepted.
   */
  mediaChecked: { request: { traceId: string; suggest: string }; response: { recorded: boolean } }
  listMine: { request: NoFields; response: { items: MySuggestion[] } }
  get: { request: { id: string }; response: MySuggestion }
  /**
   * The author takes back a suggestion not yet 已办结: status 已撤回, and everything personal is
   * deleted as by deleteMyData. Repeating it answers the same.
   */
  withdraw: { request: { id: string }; response: MySuggestion }
  /** The author deletes their words, drawing, photos (the files too), contact and location, in any status. */
  deleteMyData: { request: { id: string }; response: MySuggestion }
  /** 我的数据: everything linked to the caller's account (my-data.ts), to show and save as a file. */
  myData: { request: NoFields; response: MyDataView }
  /**
   * Deletes all of it at once (the app asks once, listing what goes): every suggestion's data as
   * deleteMyData does, then the row's link to the account; supports; the link of 纠错 reports;
   * uploads not yet sent. `confirmed` must be true. Repeating it finds nothing left.
   */
  deleteAllMyData: { request: { confirmed: boolean }; response: MyDataDeleted }
  /**
   * 解决了吗？ — the author's answer to the current closure (`closedAt`: closureOf the row they
   * saw). 还没有 reopens it (办理中, 跟进 in the inbox). The same answer again answers the row as it is.
   * `drawingFileId`: a child's drawing with 还没有, uploaded by the caller (uploadSlot).
   */
  followUp: {
    request: { id: string; answer: FollowUpAnswer; text?: string; drawingFileId?: string; closedAt: string }
    response: MySuggestion
  }
  /** Short-lived links to the images of one's own suggestion (storage is private). */
  imageUrls: { request: { id: string }; response: ImageUrls }
  support: { request: { id: string }; response: { supportCount: number; added: boolean } }
  /**
   * Before sending: up to three public suggestions about the same topic at the same place or in
   * the same street (similar.ts); the public view only. Anyone may ask; one bounded read.
   * `supportedByMe` as on the board.
   */
  similar: { request: { topic: Topic; street?: string; placeId?: string }; response: { items: BoardItem[] } }
  /**
   * 20 a page (PUBLIC_BOARD) of one state chip (BOARD_FILTERS; 'taken' when none);
   * `supportedByMe`: the caller already tapped 我也想要 on it.
   */
  listPublic: {
    request: { street?: string; state?: BoardFilter; skip?: number }
    response: { items: BoardItem[]; hasMore: boolean }
  }
  /** The last months only (see PUBLIC_STATS); `complete` is false when the row cap cut it short. */
  stats: { request: NoFields; response: StreetMonthTally }
}
