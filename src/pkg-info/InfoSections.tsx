// 关于与隐私 and 儿童个人信息保护规则 read the same way: a heading and a paragraph per section.
import { Text, View } from '@tarojs/components'
import { headingProps } from '../components/a11y'

export function InfoSections({ sections }: { sections: ReadonlyArray<{ title: string; body: string }> }) {
  return (
    <>
      {sections.map((s) => (
        <View key={s.title} className='about__section'>
          <View {...headingProps(2)}>
            <Text className='section-title'>{s.title}</Text>
          </View>
          <Text className='about__body'>{s.body}</Text>
        </View>
      ))}
    </>
  )
}
