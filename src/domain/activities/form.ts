// The staff form of an activity (validate.ts: ActivityForm) as the edit page starts it: empty for
// a new one (in the staff member's own street and community), or filled from a published one in
// China time, so that saving a change without touching a field keeps it as it was.
import { chinaClock, chinaDate, formatMinutes } from '../clock'
import type { StaffActivity } from './egress'
import type { ActivityForm } from './validate'

export function emptyActivityForm(id: string, street = '', community = ''): ActivityForm {
  return {
    id,
    title: '',
    description: '',
    placeId: '',
    address: '',
    street,
    community,
    date: '',
    startTime: '',
    endTime: '',
    ageMin: '',
    ageMax: '',
    capacity: '',
    feeYuan: '',
    feeNote: '',
    howToSignUp: '',
    coverFileId: '',
    coverConfirmed: false
  }
}

const clockTime = (iso: string) => formatMinutes(chinaClock(Date.parse(iso)).minutes)

export function activityFormOf(a: StaffActivity): ActivityForm {
  return {
    id: a.id,
    title: a.title,
    description: a.description,
    placeId: a.place.placeId ?? '',
    address: a.place.placeId ? '' : (a.place.address ?? a.place.name),
    street: a.street,
    community: a.community ?? '',
    date: chinaDate(Date.parse(a.startAt)),
    startTime: clockTime(a.startAt),
    endTime: clockTime(a.endAt),
    ageMin: String(a.ageMin),
    ageMax: String(a.ageMax),
    capacity: String(a.capacity),
    feeYuan: a.fee ? String(a.fee.amountYuan) : '',
    feeNote: a.fee?.note ?? '',
    howToSignUp: a.howToSignUp,
    coverFileId: a.coverFileId ?? '',
    // A stored cover was confirmed when it was added.
    coverConfirmed: Boolean(a.coverFileId)
  }
}
