// 快问快答: ended polls counted for the last time (settle), then, POLL_ANSWER_RETENTION_DAYS after
// that count (src/domain/suggestions/retention.ts), every answer record of the poll deleted: who
// answered and what goes, the counts stay with the poll. A run cut short leaves the poll without
// answersDeletedAt and the next run deletes the rest.
import { endedPollsWhere, type Poll, type PollAnswer } from '../../src/domain/polls/model'
import { POLL_ANSWER_RETENTION_DAYS, cutoffFor } from '../../src/domain/suggestions/retention'
import type { Repository } from '../../server/adapters/repository'
import { settle } from '../../server/services/polls'

export interface PollPurge {
  /** Polls counted for the last time in this run. */
  settled: number
  /** Answer records deleted. */
  answersDeleted: number
}

export async function forgetPollAnswers(repo: Repository, now: Date, max = 5000): Promise<PollPurge> {
  const polls = repo.collection<Poll>('polls')
  const answers = repo.collection<PollAnswer>('poll_answers')
  const result: PollPurge = { settled: 0, answersDeleted: 0 }
  for (const where of endedPollsWhere(now.getTime())) {
    for (const p of await polls.find(where, { limit: 100 })) {
      if ((await settle({ repo }, now, p)).talliedAt) result.settled += 1
    }
  }
  const due = await polls.find(
    { talliedAt: { $lte: cutoffFor(now, POLL_ANSWER_RETENTION_DAYS) }, answersDeletedAt: null },
    { limit: 100 }
  )
  for (const p of due) {
    for (;;) {
      const page = await answers.find({ pollId: p._id }, { limit: 100 })
      for (const a of page) {
        if (result.answersDeleted >= max) return result
        if (await answers.remove(a._id)) result.answersDeleted += 1
      }
      if (page.length < 100) break
    }
    await polls.update(p._id, { answersDeletedAt: now.toISOString() })
  }
  return result
}
