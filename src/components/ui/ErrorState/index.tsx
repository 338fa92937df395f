import { Text, View } from '@tarojs/components'
import { Button } from '../Button'
import './index.scss'

/** What went wrong, in the words the cloud layer chose, and 重试 when asking again can help. */
export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <View className='ui-error' ariaRole='alert'>
      <Text className='ui-error__message'>⚠ {message}</Text>
      {onRetry ? (
        <Button size='small' className='ui-error__retry' onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  )
}
