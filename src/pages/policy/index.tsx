import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { useMemo } from 'react'
import { EntryTile } from '../../components/EntryTile'
import { PageHero } from '../../components/PageHero'
import { PageShell } from '../../components/PageShell'
import { PolicyAreas } from '../../components/PolicyAreas'
import { TargetBoard } from '../../components/TargetBoard'
import { policyCountdown } from '../../domain/policy/countdown'
import { extractPolicyFacts, policyFacts, type PolicyTarget } from '../../domain/policy/facts'
import { policyDocument } from '../../domain/policy/content'
import { copyText } from '../../services/clipboard'
import { useIntentStore } from '../../stores/useIntentStore'
import { usePolicyStore } from '../../stores/usePolicyStore'
import { chinaDateTime } from '../../domain/places/china-time'
import './index.scss'

const SHARE_TITLE = '渝中区儿童友好城市建设三年行动计划：目标与问答'

export default function PolicyPage() {
  const { doc, source, publishedAt, refresh } = usePolicyStore()
  // Facts are read from whichever version is shown; should a newer text no longer parse, the
  // bundled facts (proved against the seed) stand in rather than an empty board.
  const facts = useMemo(() => {
    if (doc === policyDocument) return policyFacts
    try {
      return extractPolicyFacts(doc)
    } catch {
      return policyFacts
    }
  }, [doc])
  const countdown = policyCountdown()
  const openMap = useIntentStore((s) => s.openMap)

  useDidShow(() => {
    void refresh()
  })
  useShareAppMessage(() => ({ title: SHARE_TITLE, path: '/pages/policy/index' }))
  useShareTimeline(() => ({ title: SHARE_TITLE }))

  const onTapTarget = (t: PolicyTarget) => {
    if (t.topic !== 'childcare') return
    openMap('childcare')
    void Taro.switchTab({ url: '/pages/map/index' })
  }

  const copyOriginal = async () => {
    if (await copyText(doc.original.url)) {
      void Taro.showToast({ title: '原文链接已复制，可在浏览器中打开', icon: 'none' })
    }
  }

  return (
    <PageShell className='policy'>
      <PageHero
        title='儿童友好城市建设三年行动计划'
        lines={[
          '渝中区 2024—2026 年建设国家儿童友好城市的行动计划，坚持“从一米高度看城市”。',
          `围绕 ${facts.totals.areas} 大方面、${facts.totals.fields} 个领域、${facts.totals.tasks} 项重点任务推进，2026 年底收官。`
        ]}
      />

      <View className='policy__entries'>
        <EntryTile
          emoji='💬'
          title='核心政策问答'
          subtitle={`${doc.qa.length} 个问题，可搜索，也有给小朋友的版本`}
          onTap={() => Taro.navigateTo({ url: '/pkg-policy/qa/index' })}
        />
        <EntryTile
          emoji='📄'
          title='阅读解读全文'
          subtitle='背景、目的、主要内容、问答、专家视角'
          onTap={() => Taro.navigateTo({ url: '/pkg-policy/full/index' })}
        />
      </View>

      <Text className='section-title'>五大方面</Text>
      <PolicyAreas facts={facts} />

      <Text className='section-title'>2026 年目标</Text>
      <TargetBoard targets={facts.targets} countdown={countdown} onTapTarget={onTapTarget} />
      <Text className='muted policy__hint'>点“托育”目标，可查看附近的托育机构。</Text>

      <View className='policy__meta'>
        <Text className='muted'>
          {doc.meta.publisher} · 成文 {doc.meta.writtenDate} · 发布 {doc.meta.publishDate} · {doc.meta.genre}
        </Text>
        <Text className='muted'>
          内容版本 {doc.version}（
          {source === 'cloud'
            ? `云端更新于 ${publishedAt ? chinaDateTime(publishedAt, false) : doc.updatedAt}`
            : `随小程序发布，${doc.updatedAt}`}
          ）
        </Text>
        <Button className='policy__copy' onClick={copyOriginal}>
          复制原文链接
        </Button>
        <Text className='muted'>小程序内无法直接打开外部网页，复制后可在浏览器中查看政府网站原文。</Text>
      </View>
    </PageShell>
  )
}
