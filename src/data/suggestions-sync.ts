// Suggestions as the main package sends and fetches them: the outboxes at launch, 我的 and the
// board preview on home. Apart from data/suggestions (the subpackages' pages), since a module the
// main package shares carries every export any subpackage uses into it.
import { action } from './calls'

/** Sends one suggestion (the outbox's step; its client id makes a retry answer the stored one). */
export const submitSuggestion = action('suggestions', 'submit')
/** Sends one 解决了吗 answer (the follow-up outbox's step). */
export const sendFollowUp = action('suggestions', 'followUp')
export const fetchMySuggestions = action('suggestions', 'listMine')
export const fetchPublicSuggestions = action('suggestions', 'listPublic')
