import { Text, View } from '@tarojs/components'
import './index.scss'

interface Props {
  title: string
  lead: string
  items: string[]
}

/** Honest placeholder for a section that is not built yet: says what will be here. */
export function ComingSoon({ title, lead, items }: Props) {
  return (
    <View className='coming-soon'>
      <Text className='coming-soon__title'>{title}</Text>
      <Text className='coming-soon__lead'>{lead}</Text>
      <View className='coming-soon__list' ariaRole='list'>
        {items.map((item) => (
          <View key={item} className='coming-soon__item' ariaRole='listitem'>
            <Text>· {item}</Text>
          </View>
        ))}
      </View>
      <Text className='coming-soon__badge'>建设中</Text>
    </View>
  )
}
