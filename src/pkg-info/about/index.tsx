import { Text, View } from '@tarojs/components'
import { PageShell } from '../../components/PageShell'
import './index.scss'
import { headingProps } from '../../components/a11y'

const SECTIONS = [
  {
    title: '这是什么',
    body: '“渝中 · 一米高度”是渝中区儿童友好城市建设的小程序：帮家长找到身边的儿童服务，让小朋友和居民对城市提出建议，并公开行动计划的内容。'
  },
  {
    title: '我们收集什么',
    body: '只收集完成功能所必需的信息：查找附近地点时使用你的位置（只在你同意后，且不保存）；提交建议时保存建议内容、图片和你选择的街道。小朋友提交建议时不需要填写姓名、电话或学校。'
  },
  {
    title: '示例数据',
    body: '标有“示例”的机构和人员是开发演示用的数据，不是真实信息，请勿据此前往或拨打。'
  },
  {
    title: '联系与删除',
    body: '你可以在“我的建议”中查看自己提交的内容；如需删除个人信息，请通过所在社区联系我们。'
  }
]

export default function AboutPage() {
  return (
    <PageShell className='about'>
      {SECTIONS.map((s) => (
        <View key={s.title} className='about__section'>
          <View {...headingProps(2)}>
            <Text className='section-title'>{s.title}</Text>
          </View>
          <Text className='about__body'>{s.body}</Text>
        </View>
      ))}
    </PageShell>
  )
}
