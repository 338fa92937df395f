// The one view for the states of server data on every data screen: loading, an error with 重试,
// and nothing to show. Pages render their data next to it; it stays silent once there is some.
import { Button, Text, View } from '@tarojs/components'
import type { CloudError } from '../../domain/errors'
import './index.scss'

interface Props {
  status: 'idle' | 'loading' | 'ready' | 'error'
  error?: CloudError | null
  /** Offers 重试 with the error (left out when asking again cannot help, e.g. NOT_FOUND). */
  onRetry?: () => void
  /** Nothing is on screen yet: loading shows only then, and `emptyText` once loaded. */
  empty: boolean
  emptyText?: string
  loadingText?: string
  /** A grey block instead of text, where other content (bundled examples) is already on screen. */
  skeleton?: boolean
}

export function LoadState({ status, error, onRetry, empty, emptyText, loadingText = '正在加载…', skeleton }: Props) {
  if (error) {
    return (
      <View className='load-state load-state--error' ariaRole='alert'>
        <Text className='load-state__message'>{error.message}</Text>
        {onRetry ? (
          <Button className='load-state__retry' size='mini' onClick={() => onRetry()}>
            重试
          </Button>
        ) : null}
      </View>
    )
  }
  if (!empty) return null
  if (status === 'loading' || status === 'idle') {
    return skeleton ? (
      <View className='load-state load-state--skeleton' ariaLabel={loadingText} />
    ) : (
      <View className='load-state load-state--loading' ariaRole='status'>
        <Text className='muted'>{loadingText}</Text>
      </View>
    )
  }
  return emptyText ? (
    <View className='load-state load-state--empty'>
      <Text className='muted'>{emptyText}</Text>
    </View>
  ) : null
}
