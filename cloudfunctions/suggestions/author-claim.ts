// The audit entry with which an author's own step (withdraw, delete my data, 解决了吗) claims the
// row's next revision: no openid, no words, only what the detail names.
import type { Suggestion } from '../../src/domain/suggestions/model'
import type { AuditEntry } from '../staff/access'

export function authorClaim(
  s: Pick<Suggestion, '_id' | 'rev'>,
  kind: 'withdraw' | 'delete_data' | 'follow_up',
  at: string,
  detail: NonNullable<AuditEntry['detail']>
): AuditEntry & { suggestionId: string; rev: number } {
  const rev = (s.rev ?? 0) + 1
  return {
    _id: `${s._id}@${rev}`,
    kind,
    at,
    actor: null,
    actorName: '提建议的人',
    actorRole: 'citizen',
    suggestionId: s._id,
    rev,
    detail
  }
}
