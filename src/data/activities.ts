// 活动报名: the activities function's actions for the parent and staff pages, named once.
import type { LatLng } from '../domain/places/model'
import { useCloudQuery } from '../hooks/useCloudQuery'
import { action } from './calls'

export const activityCalls = {
  signUp: action('activities', 'signUp'),
  cancelSignUp: action('activities', 'cancelSignUp'),
  publish: action('activities', 'publish'),
  change: action('activities', 'change'),
  cancel: action('activities', 'cancel'),
  markAttendance: action('activities', 'markAttendance'),
  openContact: action('activities', 'openContact'),
  exportSignUps: action('activities', 'exportSignUps')
}

/** Coming activities: this week only (home), or near a position (places/usePlaceActivities: at one place). */
export function useActivities(options: { week?: boolean; near?: LatLng | null } = {}) {
  const { week, near } = options
  return useCloudQuery('activities', {
    action: 'list',
    ...(week ? { week } : {}),
    ...(near ? { near: { latitude: near.latitude, longitude: near.longitude } } : {})
  })
}

/** One activity with the caller's own sign-up; nothing until an id is known. */
export const useActivity = (id: string | null) => useCloudQuery('activities', id ? { action: 'get', id } : null)

/** 我的活动. */
export const useMyActivities = () => useCloudQuery('activities', { action: 'mine' })

/** Staff: the activities in their area. */
export const useStaffActivities = () => useCloudQuery('activities', { action: 'staffList' })

/** Staff: who signed up to one activity, masked. */
export const useSignUps = (id: string | null) => useCloudQuery('activities', id ? { action: 'signUps', id } : null)
