import { Text, View } from '@tarojs/components'

/** What is wrong with the content, each reason on its own line, read out as an alert. */
export function ErrorList({ errors }: { errors: string[] }) {
  if (!errors.length) return null
  return (
    <View className='content-page__errors' ariaRole='alert'>
      {errors.map((e) => (
        <Text key={e} className='content-page__error'>
          ⚠ {e}
        </Text>
      ))}
    </View>
  )
}
