// Everything of an activity or a sign-up that leaves the activities function goes through one of
// these projections, each an allow-list. Every stored field is decided here (SIGNUP_FIELDS,
// ACTIVITY_FIELDS): a new field that is not listed fails the egress tests.
import type { LatLng } from '../places/model'
import { maskName, maskPhone } from '../staff/mask'
import { placeLabel, type Activity, type ActivityFee, type ActivityStatus, type SignUp, type Standing } from './model'

/** Ways out of the activities function. */
export const ACTIVITY_EGRESS = {
  public: 'the list and detail every citizen sees (toPublicActivity)',
  staffActivity: 'the staff pages: the activity with who published it (toStaffActivity)',
  mine: 'a parent’s own sign-up on 我的活动 and the detail page (toMySignUp)',
  myData: 'a parent’s own sign-ups on 我的数据 and in its file, in words (toMyDataSignUp)',
  staffSignUp: 'the staff list of who signed up, masked (toStaffSignUp)',
  export: 'the staff export (CSV), masked (toSignUpExportRow)',
  openContact: 'the full name and phone, one logged step (toOpenedSignUpContact)',
  notice: 'the subscribe message of a change or cancellation (activityNoticeData)',
  reminder: 'the subscribe message the day before (activityReminderData)'
} as const
export type ActivityEgress = keyof typeof ACTIVITY_EGRESS

/** Where each stored field of a sign-up may go. userId goes nowhere. */
export const SIGNUP_FIELDS: Record<keyof SignUp, readonly ActivityEgress[]> = {
  _id: ['staffSignUp'],
  activityId: ['mine'],
  userId: [],
  childAge: ['mine', 'myData', 'staffSignUp', 'export'],
  // Staff see them masked; the whole only through openContact (logged); the parent sees their own.
  guardianName: ['mine', 'myData', 'staffSignUp', 'export', 'openContact'],
  guardianPhone: ['mine', 'myData', 'staffSignUp', 'export', 'openContact'],
  consentVersion: [],
  state: ['mine', 'myData', 'staffSignUp', 'export'],
  signedAt: ['mine', 'myData', 'staffSignUp', 'export'],
  cancelledAt: ['mine', 'myData'],
  attended: ['myData', 'staffSignUp', 'export'],
  attendanceMarkedAt: [],
  activityEndAt: [],
  remindedFor: []
}

/** Where each stored field of an activity may go. */
export const ACTIVITY_FIELDS: Record<keyof Activity, readonly ActivityEgress[]> = {
  _id: ['public', 'staffActivity'],
  title: ['public', 'staffActivity', 'notice', 'reminder', 'myData'],
  description: ['public', 'staffActivity'],
  place: ['public', 'staffActivity', 'notice', 'reminder', 'myData'],
  street: ['public', 'staffActivity'],
  community: ['public', 'staffActivity'],
  startAt: ['public', 'staffActivity', 'notice', 'reminder', 'myData'],
  endAt: ['public', 'staffActivity'],
  ageMin: ['public', 'staffActivity'],
  ageMax: ['public', 'staffActivity'],
  capacity: ['public', 'staffActivity'],
  fee: ['public', 'staffActivity'],
  howToSignUp: ['public', 'staffActivity'],
  coverFileId: ['staffActivity'],
  replacedCoverFileIds: [],
  status: ['public', 'staffActivity', 'notice'],
  notice: ['public', 'staffActivity', 'notice'],
  createdAt: ['staffActivity'],
  createdBy: [],
  createdByName: ['staffActivity'],
  changedBy: [],
  updatedAt: ['public', 'staffActivity'],
  rev: ['staffActivity']
}

export interface SeatCounts {
  confirmed: number
  waitlisted: number
}

export interface PublicActivity {
  id: string
  title: string
  description: string
  place: { name: string; address?: string; placeId?: string; location?: LatLng }
  street: string
  community?: string
  startAt: string
  endAt: string
  ageMin: number
  ageMax: number
  capacity: number
  seatsLeft: number
  waitlisted: number
  fee: ActivityFee
  howToSignUp: string
  /** A short-lived link to the cover, when there is one. */
  coverUrl?: string
  status: ActivityStatus
  notice?: string
  updatedAt: string
}

export function toPublicActivity(a: Activity, counts: SeatCounts, coverUrl?: string): PublicActivity {
  const place =
    a.place.kind === 'place'
      ? {
          name: a.place.name,
          placeId: a.place.placeId,
          ...(a.place.address ? { address: a.place.address } : {}),
          ...(a.place.location
            ? { location: { latitude: a.place.location.latitude, longitude: a.place.location.longitude } }
            : {})
        }
      : { name: a.place.address, address: a.place.address }
  return {
    id: a._id,
    title: a.title,
    description: a.description,
    place,
    street: a.street,
    ...(a.community ? { community: a.community } : {}),
    startAt: a.startAt,
    endAt: a.endAt,
    ageMin: a.ageMin,
    ageMax: a.ageMax,
    capacity: a.capacity,
    seatsLeft: Math.max(0, a.capacity - counts.confirmed),
    waitlisted: counts.waitlisted,
    fee: a.fee ? { amountYuan: a.fee.amountYuan, ...(a.fee.note ? { note: a.fee.note } : {}) } : null,
    howToSignUp: a.howToSignUp,
    ...(coverUrl ? { coverUrl } : {}),
    status: a.status,
    ...(a.notice ? { notice: a.notice } : {}),
    updatedAt: a.updatedAt
  }
}

export interface StaffActivity extends PublicActivity {
  rev: number
  coverFileId?: string
  createdAt: string
  createdByName: string
}

export function toStaffActivity(a: Activity, counts: SeatCounts, coverUrl?: string): StaffActivity {
  return {
    ...toPublicActivity(a, counts, coverUrl),
    rev: a.rev,
    ...(a.coverFileId ? { coverFileId: a.coverFileId } : {}),
    createdAt: a.createdAt,
    createdByName: a.createdByName
  }
}

export interface MySignUp {
  activityId: string
  standing: Standing
  /** 1 for the first on the waitlist; absent unless waitlisted. */
  waitlistPosition?: number
  childAge: number
  guardianName: string
  guardianPhone: string
  signedAt: string
  cancelledAt?: string
}

export function toMySignUp(s: SignUp, standing: Standing, waitlistPosition?: number): MySignUp {
  return {
    activityId: s.activityId,
    standing,
    ...(standing === 'waitlisted' && waitlistPosition ? { waitlistPosition } : {}),
    childAge: s.childAge,
    guardianName: s.guardianName,
    guardianPhone: s.guardianPhone,
    signedAt: s.signedAt,
    ...(s.cancelledAt ? { cancelledAt: s.cancelledAt } : {})
  }
}

/** One of my sign-ups on 我的数据: the activity named in words, never its id or my account. */
export interface MyDataSignUp {
  activityTitle: string
  activityStartAt: string
  activityPlace: string
  standing: Standing
  childAge: number
  guardianName: string
  guardianPhone: string
  signedAt: string
  cancelledAt?: string
  /** Whether staff marked the child as come; absent until they did. */
  attended?: boolean
  /** The organisers called the activity off. */
  activityCancelled?: true
}

export function toMyDataSignUp(
  s: SignUp,
  a: Pick<Activity, 'title' | 'startAt' | 'place' | 'status'> | null,
  standing: Standing
): MyDataSignUp {
  return {
    activityTitle: a ? a.title : '（活动已删除）',
    activityStartAt: a ? a.startAt : '',
    activityPlace: a ? placeLabel(a.place) : '',
    ...(a?.status === 'cancelled' ? { activityCancelled: true as const } : {}),
    standing,
    childAge: s.childAge,
    guardianName: s.guardianName,
    guardianPhone: s.guardianPhone,
    signedAt: s.signedAt,
    ...(s.cancelledAt ? { cancelledAt: s.cancelledAt } : {}),
    ...(typeof s.attended === 'boolean' ? { attended: s.attended } : {})
  }
}

export interface StaffSignUp {
  /** Opaque: what attendance and openContact name (never the parent’s account). */
  rowId: string
  standing: Standing
  waitlistPosition?: number
  childAge: number
  guardianName: string
  guardianPhone: string
  signedAt: string
  attended: boolean | null
}

export function toStaffSignUp(s: SignUp, standing: Standing, waitlistPosition?: number): StaffSignUp {
  return {
    rowId: s._id,
    standing,
    ...(standing === 'waitlisted' && waitlistPosition ? { waitlistPosition } : {}),
    childAge: s.childAge,
    guardianName: maskName(s.guardianName),
    guardianPhone: maskPhone(s.guardianPhone),
    signedAt: s.signedAt,
    attended: s.attended ?? null
  }
}

export function toOpenedSignUpContact(s: SignUp): { guardianName: string; guardianPhone: string } {
  return { guardianName: s.guardianName, guardianPhone: s.guardianPhone }
}
