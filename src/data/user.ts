// Who the caller is: the one who-am-I the app asks (useSessionStore holds the answer).
import { action } from './calls'

export const fetchWhoAmI = action('user', 'whoami')

/** 邀请加入: the code a district admin gave; sent again after a lost answer, it finds the caller joined. */
export const joinStaff = action('user', 'joinStaff')
