// Who the caller is: the one who-am-I the app asks (useSessionStore holds the answer).
import { action } from './calls'

export const fetchWhoAmI = action('user', 'whoami')
