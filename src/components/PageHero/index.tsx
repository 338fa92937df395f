import { Text, View } from '@tarojs/components'
import './index.scss'
import { headingProps } from '../a11y'

interface Props {
  title: string
  lines: string[]
}

/** The headline of a hub page and a line or two on what it is for. */
export function PageHero({ title, lines }: Props) {
  return (
    <View className='page-hero' {...headingProps(1)}>
      <Text className='page-hero__title'>{title}</Text>
      {lines.map((line) => (
        <Text key={line} className='page-hero__lead'>
          {line}
        </Text>
      ))}
    </View>
  )
}
