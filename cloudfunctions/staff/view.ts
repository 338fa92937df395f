// What staff see of a suggestion: the contact masked, the consent as its record, no openid;
// moderation originals for the district admin only.
import type { InboxItem, StaffSuggestion } from '../../src/domain/staff/api'
import { maskContact } from '../../src/domain/staff/mask'
import { can } from '../../src/domain/staff/permissions'
import { checkPublish, checkUnpublish } from '../../src/domain/staff/publication'
import { nextStatuses } from '../../src/domain/staff/workflow'
import { findCommunity, findStreet } from '../../src/domain/streets'
import { isOpenFollowUp } from '../../src/domain/suggestions/followup'
import type { Status, Suggestion } from '../../src/domain/suggestions/model'
import type { Context } from '../../server/runtime/function'
import { originals } from './access'

export function toInboxItem(s: Suggestion): InboxItem {
  return {
    id: s._id,
    topic: s.topic,
    mode: s.mode,
    title: s.title,
    excerpt: Array.from(s.text).slice(0, 60).join(''),
    ...(s.ageGroup ? { ageGroup: s.ageGroup } : {}),
    ...(s.street ? { street: s.street } : {}),
    ...(s.community ? { community: s.community } : {}),
    status: s.status,
    visibility: s.visibility,
    supportCount: s.supportCount,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    hasPhoto: s.photoFileIds.length > 0,
    hasDrawing: Boolean(s.drawingFileId),
    hasAudio: Boolean(s.audioFileId),
    hasContact: Boolean(s.contact),
    replyCount: s.replies.length,
    ...(s.channel ? { channel: s.channel } : {}),
    ...(isOpenFollowUp(s) ? { followUp: true as const } : {})
  }
}

const FINAL: readonly Status[] = ['closed', 'withdrawn']

/** The staff view of a suggestion already known to be in the caller's area. */
export async function staffView(ctx: Context, s: Suggestion): Promise<StaffSuggestion> {
  const { caller } = ctx
  const { _id, authorId: _author, enteredById: _worker, contact, consent, rev, ...rest } = s
  const original = can(caller, 'viewOriginal') && s.redactedAt ? await originals(ctx).get(_id) : null
  return {
    ...rest,
    id: _id,
    ...(s.street ? { streetName: findStreet(s.street)?.name } : {}),
    ...(s.community ? { communityName: findCommunity(s.community)?.community.name } : {}),
    ...(contact ? { contact: maskContact(contact) } : {}),
    ...(consent ? { consent } : {}),
    rev: rev ?? 0,
    ...(original
      ? {
          original: {
            ...(original.title !== undefined ? { title: original.title } : {}),
            ...(original.text !== undefined ? { text: original.text } : {}),
            removedFiles: original.removedFiles
          }
        }
      : {}),
    allowed: {
      transitions: can(caller, 'transition') ? nextStatuses(s.status, caller.role) : [],
      reply: can(caller, 'reply') && !FINAL.includes(s.status),
      openContact: can(caller, 'openContact') && Boolean(contact),
      // Withdrawn by its author: staff can look, nothing more.
      moderate: can(caller, 'moderate') && s.status !== 'withdrawn',
      publish: can(caller, 'publish') && checkPublish(s).ok,
      unpublish: can(caller, 'moderate') && checkUnpublish(s).ok
    }
  }
}
