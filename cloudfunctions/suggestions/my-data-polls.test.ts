// 我的数据 and 删除我的全部数据 cover 快问快答 too: a person sees the answers still kept (the question
// and the option they chose, in words), and deleting everything deletes them: a poll still running
// counts without them (and they may answer it again), a poll counted for the last time keeps its
// counts, and nobody else's answer goes.
import { seedDemoData } from '../../server/local/seed'
import { dispatch, type CloudFunction } from '../../server/function'
import type { FunctionName } from '../../src/domain/cloud-api'
import type { CloudResult } from '../../src/domain/errors'
import type { Poll, PollAnswer } from '../../src/domain/polls/model'
import { DEV_IDENTITIES } from '../../src/domain/roles'
import type { MyDataDeleted, MyDataView } from '../../src/domain/suggestions/my-data'
import { STREET_POLL } from '../../tests/fixtures/polls'
import { contextFor } from '../../tests/server/test-context'
import { tempRepo } from '../../tests/server/test-repo'
import { policyFunction } from '../policy/handler'
import { suggestionsFunction } from './handler'

const ME = 'o-poll-me'
const OTHER = 'o-poll-other'
const STREET = DEV_IDENTITIES.street.openid
const ENDED_POLL = { ...STREET_POLL, id: 'poll-ended0001', question: '周末你想去哪里玩？' }

describe('我的数据 with 快问快答 answers', () => {
  let t: ReturnType<typeof tempRepo>
  let clock: string
  beforeEach(async () => {
    t = tempRepo()
    clock = '2026-12-07T02:00:00Z'
    await seedDemoData(t.repo)
  })
  afterEach(() => t.cleanup())

  const call = async <T>(fn: unknown, who: string, event: Record<string, unknown>): Promise<T> => {
    const r = (await dispatch(
      fn as CloudFunction<FunctionName>,
      event,
      await contextFor(t.repo, who, () => new Date(clock))
    )) as CloudResult<T>
    if (!r.ok) throw new Error(`${String(event.action)}: ${r.error.message}`)
    return r.data
  }
  const answered = (pollId: string) => t.repo.collection<PollAnswer>('poll_answers').find({ pollId }, { limit: 10 })
  const stored = async (id: string) => (await t.repo.collection<Poll>('polls').get(id))!

  it('lists the answers in words, and deleting removes them: a running poll recounts, a counted one keeps its counts', async () => {
    for (const poll of [STREET_POLL, ENDED_POLL]) {
      await call(policyFunction, STREET, { action: 'createPoll', poll })
      await call(policyFunction, STREET, { action: 'openPoll', id: poll.id })
      for (const who of [ME, OTHER])
        await call(policyFunction, who, { action: 'answerPoll', pollId: poll.id, option: 1, as: 'child' })
    }
    // The second poll is closed and counted for the last time.
    await call(policyFunction, STREET, { action: 'closePoll', id: ENDED_POLL.id })
    await call(policyFunction, ME, { action: 'listPolls' })
    expect((await stored(ENDED_POLL.id)).talliedAt).toBeTruthy()

    const view = await call<MyDataView>(suggestionsFunction, ME, { action: 'myData' })
    expect(view.pollAnswers.map((a) => [a.question, a.option, a.as]).sort()).toEqual(
      [
        [STREET_POLL.question, STREET_POLL.options[1].label, 'child'],
        [ENDED_POLL.question, ENDED_POLL.options[1].label, 'child']
      ].sort()
    )
    expect(JSON.stringify(view.pollAnswers)).not.toMatch(/poll-|o-poll/)

    const done = await call<MyDataDeleted>(suggestionsFunction, ME, { action: 'deleteAllMyData', confirmed: true })
    expect(done.pollAnswers).toBe(2)
    expect((await answered(STREET_POLL.id)).map((a) => a.openid)).toEqual([OTHER])
    expect((await answered(ENDED_POLL.id)).map((a) => a.openid)).toEqual([OTHER])
    // Running: counted without the answer; counted for the last time: the counts stay.
    expect((await stored(STREET_POLL.id)).respondents).toEqual({ child: 1, parent: 0 })
    expect((await stored(ENDED_POLL.id)).respondents).toEqual({ child: 2, parent: 0 })
    expect((await call<MyDataView>(suggestionsFunction, ME, { action: 'myData' })).pollAnswers).toEqual([])
    // One answer per person still: the running poll takes theirs again.
    await call(policyFunction, ME, { action: 'answerPoll', pollId: STREET_POLL.id, option: 0, as: 'child' })
    expect((await stored(STREET_POLL.id)).respondents).toEqual({ child: 2, parent: 0 })
  })
})
