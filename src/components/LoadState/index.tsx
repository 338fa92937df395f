// The one view for the states of server data on every data screen: loading, an error with 重试,
// and nothing to show (composed of the ui parts). Pages render their data next to it; it stays
// silent once there is some.
import type { CloudError } from '../../domain/errors'
import type { LoadStatus } from '../../domain/load-status'
import type { CloudQuery } from '../../hooks/useCloudQuery'
import { EmptyState } from '../ui/EmptyState'
import { ErrorState } from '../ui/ErrorState'
import { Loading } from '../ui/Loading'

interface Props {
  status: LoadStatus
  error?: CloudError | null
  /** Offers 重试 with the error (left out when asking again cannot help, e.g. NOT_FOUND). */
  onRetry?: () => void
  /** Nothing is on screen yet: loading shows only then, and `emptyText` once loaded. */
  empty: boolean
  emptyText?: string
  loadingText?: string
  /** Grey blocks instead of text, where other content (bundled examples) is already on screen. */
  skeleton?: boolean
}

export function LoadState({ status, error, onRetry, empty, emptyText, loadingText = '正在加载…', skeleton }: Props) {
  if (error) return <ErrorState message={error.message} onRetry={onRetry ? () => onRetry() : undefined} />
  if (!empty) return null
  if (status === 'loading' || status === 'idle') return <Loading text={loadingText} skeleton={skeleton} />
  return emptyText ? <EmptyState text={emptyText} /> : null
}

/**
 * A page about one record that is not on screen yet: loading, or why not, with 重试 unless it
 * does not exist (asking again cannot help then).
 */
export function RecordLoadState({ query }: { query: Pick<CloudQuery<unknown>, 'status' | 'error' | 'reload'> }) {
  return (
    <LoadState
      status={query.status}
      error={query.error}
      onRetry={query.error?.code === 'NOT_FOUND' ? undefined : query.reload}
      empty
    />
  )
}
