import { Text, View } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import { PageShell } from '../../components/PageShell'
import { usePolicyStore } from '../../stores/usePolicyStore'
import './index.scss'
import { headingProps } from '../../components/a11y'

/** The whole interpretation, in the order the district published it: every sentence is here. */
export default function PolicyFullPage() {
  const doc = usePolicyStore((s) => s.value)
  useShareAppMessage(() => ({ title: doc.title, path: '/pkg-policy/full/index' }))

  return (
    <PageShell className='full'>
      <View {...headingProps(1)}>
        <Text className='full__title'>{doc.title}</Text>
      </View>
      <View className='full__meta'>
        <Text>索引号 {doc.meta.indexNumber}</Text>
        <Text>
          发布机构 {doc.meta.publisher} · 主题分类 {doc.meta.topic} · 体裁分类 {doc.meta.genre}
        </Text>
        <Text>
          成文日期 {doc.meta.writtenDate} · 发布日期 {doc.meta.publishDate}
        </Text>
      </View>
      <Text className='full__p'>{doc.intro}</Text>

      {doc.sections.map((section) => (
        <View key={section.id} className='full__section' id={`section-${section.id}`}>
          <View {...headingProps(2)}>
            <Text className='full__h2'>
              {section.number}、{section.title}
            </Text>
          </View>
          {section.paragraphs.map((p, i) => (
            <Text key={i} className='full__p'>
              {p}
            </Text>
          ))}
          {section.subsections.map((sub) => (
            <View key={sub.id}>
              {sub.paragraphs.map((p, i) => (
                <Text key={i} className='full__p'>
                  {i === 0 ? <Text className='full__h3'>{`(${sub.number})${sub.title}。`}</Text> : null}
                  {p}
                </Text>
              ))}
            </View>
          ))}
          {section.id === 'qa'
            ? doc.qa.map((q) => (
                <View key={q.id} className='full__qa'>
                  <Text className='full__h3'>
                    ({q.number}){q.question}
                  </Text>
                  {q.answer.map((p, i) => (
                    <Text key={i} className='full__p'>
                      {p}
                    </Text>
                  ))}
                </View>
              ))
            : null}
          {section.id === 'expert' ? (
            <Text className='full__p'>
              {doc.expert.speaker}:{doc.expert.text}
            </Text>
          ) : null}
        </View>
      ))}

      <View className='full__refs'>
        <Text className='muted'>文件下载：{doc.attachmentName}（请到政府网站下载）</Text>
        <Text className='muted'>政策原文：{doc.original.title}</Text>
      </View>
    </PageShell>
  )
}
