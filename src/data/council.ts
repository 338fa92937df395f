// 儿童议事会: the public page (rounds, picks, answers), a representative's own view and picks, and
// the staff page (representatives, rounds, answers).
import { useCloudQuery } from '../hooks/useCloudQuery'
import { action } from './calls'

export const councilCalls = {
  /** The code the street admin gave the guardian; sent again after a lost answer, it finds the account joined. */
  joinCouncil: action('policy', 'joinCouncil'),
  /** The whole set of picks (replacing the earlier ones): sending it again changes nothing. */
  pickCouncil: action('policy', 'pickCouncil')
}

export const councilStaffCalls = {
  addRepresentative: action('policy', 'addRepresentative'),
  endRepresentative: action('policy', 'endRepresentative'),
  councilGuardian: action('policy', 'councilGuardian'),
  openRound: action('policy', 'openRound'),
  closeRound: action('policy', 'closeRound'),
  answerCouncilItem: action('policy', 'answerCouncilItem')
}

/** The round under way and the closed ones with their picks and answers. */
export const useCouncil = () => useCloudQuery('policy', { action: 'council' })

/** Whether this account is a representative; the open round's suggestions and their picks. */
export const useCouncilMe = () => useCloudQuery('policy', { action: 'councilMe' })

/** Street and district admins: representatives, rounds and picked suggestions; asked only once the caller may manage the council. */
export const useStaffCouncil = (asked = true) => useCloudQuery('policy', asked ? { action: 'staffCouncil' } : null)
