// 快问快答: the polls a person may answer and the closed ones' results; staff ask, open and close.
import { useCloudQuery } from '../hooks/useCloudQuery'
import { action } from './calls'

export const pollCalls = {
  /** One answer per person: sent again after a lost answer, it is counted once (the server's rule). */
  answerPoll: action('policy', 'answerPoll'),
  createPoll: action('policy', 'createPoll'),
  openPoll: action('policy', 'openPoll'),
  closePoll: action('policy', 'closePoll')
}

/** The open polls (with this person's answer) and the recently closed with their results. */
export const usePolls = () => useCloudQuery('policy', { action: 'listPolls' })

/** Street and district admins: the polls of their area, newest first; asked only once the caller may run polls. */
export const useStaffPolls = (asked = true) => useCloudQuery('policy', asked ? { action: 'staffPolls' } : null)
