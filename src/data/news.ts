// Home's 有什么变化: the newest published list, and district admins replacing it.
import { useCloudQuery } from '../hooks/useCloudQuery'
import { action } from './calls'

const NEWS_REQUEST = { action: 'news' as const }

export const newsCalls = { publishNews: action('policy', 'publishNews') }

/** The newest published list; null items when none was published (home keeps its bundled one). */
export function useNews() {
  return useCloudQuery('policy', NEWS_REQUEST)
}
