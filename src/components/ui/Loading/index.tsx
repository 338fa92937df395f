import { Text, View } from '@tarojs/components'
import './index.scss'

/** Loading in words, or as grey blocks where other content is already on screen. */
export function Loading({ text = '正在加载…', skeleton = false }: { text?: string; skeleton?: boolean }) {
  if (skeleton) {
    return (
      <View className='ui-loading ui-loading--skeleton' ariaRole='status' ariaLabel={text}>
        <View className='ui-loading__bar' />
        <View className='ui-loading__bar ui-loading__bar--short' />
      </View>
    )
  }
  return (
    <View className='ui-loading' ariaRole='status'>
      <Text className='ui-loading__text'>{text}</Text>
    </View>
  )
}
