// 活动报名: the activities function's actions for the parent and staff pages, named once.
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

/** Coming activities, or this week's only (home's 本周活动); at one place: places/usePlaceActivities. */
export function useActivities({ week = false }: { week?: boolean } = {}) {
  return useCloudQuery('activities', { action: 'list', ...(week ? { week } : {}) })
}

/** One activity with the caller's own sign-up; nothing until an id is known. */
export const useActivity = (id: string | null) => useCloudQuery('activities', id ? { action: 'get', id } : null)

/** 我的活动. */
export const useMyActivities = () => useCloudQuery('activities', { action: 'mine' })

/** Staff: the activities in their area. */
export const useStaffActivities = () => useCloudQuery('activities', { action: 'staffList' })

/** Staff: who signed up to one activity, masked. */
export const useSignUps = (id: string | null) => useCloudQuery('activities', id ? { action: 'signUps', id } : null)
