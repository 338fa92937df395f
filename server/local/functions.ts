// Every cloud function the local backend serves: the same definitions WeChat runs.
import type { FunctionName } from '../../src/domain/cloud-api'
import type { CloudFunction } from '../function'
import { activitiesFunction } from '../../cloudfunctions/activities/handler'
import { placesFunction } from '../../cloudfunctions/places/handler'
import { policyFunction } from '../../cloudfunctions/policy/handler'
import { staffFunction } from '../../cloudfunctions/staff/handler'
import { suggestionsFunction } from '../../cloudfunctions/suggestions/handler'
import { userFunction } from '../../cloudfunctions/user/handler'

export const FUNCTIONS: { [N in FunctionName]: CloudFunction<N> } = {
  user: userFunction,
  policy: policyFunction,
  places: placesFunction,
  suggestions: suggestionsFunction,
  staff: staffFunction,
  activities: activitiesFunction
}
