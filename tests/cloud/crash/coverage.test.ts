// The fault-injection suite covers every write action of every cloud function: each action has a
// scenario (scenarios.ts, named "function.action …"), or is named here as one that writes nothing
// of the state, with why. A new action fails this test until someone decides which it is.
import { activitiesFunction } from '../../../cloudfunctions/activities/handler'
import { placesFunction } from '../../../cloudfunctions/places/handler'
import { policyFunction } from '../../../cloudfunctions/policy/handler'
import { staffFunction } from '../../../cloudfunctions/staff/handler'
import { suggestionsFunction } from '../../../cloudfunctions/suggestions/handler'
import { userFunction } from '../../../cloudfunctions/user/handler'
import { SCENARIOS } from './scenarios'

const SETTLES =
  'reads; an ended poll or a closed council round met here is counted for the last time, once (an update only while not yet counted): the same step as closePoll/closeRound, whose scenarios cover it'

/** Actions that write nothing a retry could double or lose, each with why. */
const READS: Record<string, string> = {
  'user.whoami': 'reads',
  'user.health': 'reads',
  'suggestions.listMine': 'reads',
  'suggestions.get': 'reads',
  'suggestions.myData': 'reads',
  'suggestions.imageUrls': 'short-lived links; nothing stored',
  'suggestions.similar': 'reads',
  'suggestions.listPublic': 'reads',
  'suggestions.stats': 'reads (an in-memory cache)',
  'staff.inbox': 'reads',
  'staff.waiting': 'reads',
  'staff.get': 'reads',
  'staff.imageUrls': 'short-lived links; nothing stored',
  'staff.assignees': 'reads',
  'staff.departments': 'reads',
  'staff.moderationLog': 'reads',
  'staff.report': 'reads',
  'staff.listTemplates': 'reads',
  'staff.deadlines': 'reads',
  'staff.listStaff': 'reads',
  'staff.auditLog': 'reads',
  'places.list': 'reads',
  'places.version': 'reads',
  'places.nearby': 'reads',
  'places.get': 'reads',
  'places.myCorrections': 'reads',
  'places.listCorrections': 'reads',
  'places.getCorrection': 'reads',
  'places.myVisits': 'reads',
  'places.staffVisits': 'reads',
  'places.placePhotos': 'reads (short-lived links)',
  'places.offices': 'reads',
  'places.staffOffices': 'reads',
  'places.walkRoutes': 'reads',
  'places.staffWalkRoutes': 'reads',
  'policy.latest': 'reads',
  'policy.summary': 'reads',
  'policy.news': 'reads',
  'policy.progress': 'reads (an in-memory cache)',
  'policy.progressHistory': 'reads',
  'policy.listPolls': SETTLES,
  'policy.staffPolls': SETTLES,
  'policy.council': SETTLES,
  'policy.staffCouncil': SETTLES,
  'policy.councilMe': 'reads',
  'activities.list': 'reads',
  'activities.get': 'reads',
  'activities.mine': 'reads',
  'activities.staffList': 'reads',
  'activities.signUps': 'reads'
}

const FUNCTIONS = [
  userFunction,
  suggestionsFunction,
  staffFunction,
  placesFunction,
  policyFunction,
  activitiesFunction
] as Array<{ name: string; handlers: object }>

describe('the fault-injection suite covers every write action', () => {
  const actions = FUNCTIONS.flatMap((f) => Object.keys(f.handlers).map((a) => `${f.name}.${a}`))
  const covered = new Set(SCENARIOS.map((s) => s.name.split(' ')[0]))

  it('every action has a scenario, or writes nothing and says why', () => {
    const missing = actions.filter((a) => !covered.has(a) && !(a in READS))
    expect(missing).toEqual([])
  })

  it('names no action that does not exist, and none both ways', () => {
    expect(Object.keys(READS).filter((a) => !actions.includes(a))).toEqual([])
    expect(Object.keys(READS).filter((a) => covered.has(a))).toEqual([])
  })
})
