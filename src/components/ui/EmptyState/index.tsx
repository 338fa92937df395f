import { Text, View } from '@tarojs/components'
import { Button } from '../Button'
import './index.scss'

/** Nothing to show, said in words, with the one thing that helps (e.g. 清除筛选). */
export function EmptyState({
  text,
  actionLabel,
  onAction
}: {
  text: string
  actionLabel?: string
  onAction?: () => void
}) {
  return (
    <View className='ui-empty'>
      <Text className='ui-empty__text'>{text}</Text>
      {actionLabel && onAction ? (
        <Button size='small' onClick={onAction}>
          {actionLabel}
        </Button>
      ) : null}
    </View>
  )
}
