import { Text, View } from '@tarojs/components'
import { Button } from '../../components/ui/Button'
import Taro, { useDidShow, useShareAppMessage } from '@tarojs/taro'
import { writeAbout } from '../../components/ModeChooser/open-form'
import { EntryTile } from '../../components/EntryTile'
import { PageHero } from '../../components/PageHero'
import { PageShell } from '../../components/PageShell'
import { PolicyAreas } from '../../components/PolicyAreas'
import { TargetBoard } from '../../components/TargetBoard'
import { policyCountdown } from '../../domain/policy/countdown'
import type { SummaryTarget } from '../../domain/policy/summary'
import { copyText } from '../../services/clipboard'
import { useIntentStore } from '../../stores/useIntentStore'
import { usePolicySummaryStore } from '../../stores/usePolicySummaryStore'
import { useTargetProgressStore } from '../../stores/useTargetProgressStore'
import './index.scss'

const SHARE_TITLE = '渝中区儿童友好城市建设三年行动计划：目标与问答'

export default function PolicyPage() {
  // The tab carries a summary of the plan (figures, areas, targets), not its text: the full
  // document, Q&A and search are pkg-policy's.
  const { value: summary, refresh } = usePolicySummaryStore()
  const countdown = policyCountdown()
  const openMap = useIntentStore((s) => s.openMap)
  const progress = useTargetProgressStore()

  useDidShow(() => {
    void refresh()
    void progress.refresh()
  })
  // Sent to a chat only: from 朋友圈 the tab opens alone (single-page mode), where its links to
  // the Q&A and the full text cannot open (a single answer shares there: pkg-policy/qa-detail).
  useShareAppMessage(() => ({ title: SHARE_TITLE, path: '/pages/policy/index' }))

  const onTapTarget = (t: SummaryTarget) => {
    if (t.topic !== 'childcare') return
    openMap('childcare')
    void Taro.switchTab({ url: '/pages/map/index' })
  }

  const copyLink = async (url: string, what = '来源链接') => {
    if (await copyText(url)) void Taro.showToast({ title: `${what}已复制，可在浏览器中打开`, icon: 'none' })
  }

  return (
    <PageShell className='policy'>
      <PageHero
        title='儿童友好城市建设三年行动计划'
        lines={[
          '渝中区 2024—2026 年建设国家儿童友好城市的行动计划，坚持“从一米高度看城市”。',
          `围绕 ${summary.totals.areas} 大方面、${summary.totals.fields} 个领域、${summary.totals.tasks} 项重点任务推进，2026 年底收官。`
        ]}
      />

      <View className='policy__entries'>
        <EntryTile
          emoji='💬'
          title='核心政策问答'
          subtitle={`${summary.qaCount} 个问题，可搜索，也有给小朋友的版本`}
          onTap={() => Taro.navigateTo({ url: '/pkg-policy/qa/index' })}
        />
        <EntryTile
          emoji='📄'
          title='阅读解读全文'
          subtitle='背景、目的、主要内容、问答、专家视角'
          onTap={() => Taro.navigateTo({ url: '/pkg-policy/full/index' })}
        />
        <EntryTile
          emoji='🗳️'
          title='快问快答'
          subtitle='区里和街道想听听你的想法：点一张图就能投票'
          onTap={() => Taro.navigateTo({ url: '/pkg-polls/vote/index' })}
        />
        <EntryTile
          emoji='🧒'
          title='儿童议事会'
          subtitle='每个街道的小代表每季度选出最想做的事，区里公开答复'
          onTap={() => Taro.navigateTo({ url: '/pkg-polls/council/index' })}
        />
      </View>

      <Text className='section-title'>五大方面</Text>
      <PolicyAreas facts={summary} />

      <Text className='section-title'>2026 年目标</Text>
      <TargetBoard
        targets={summary.targets}
        countdown={countdown}
        progress={progress}
        kids
        onTapTarget={onTapTarget}
        onSuggest={(t) => writeAbout({ source: 'policy', refId: t.id, about: t.label })}
        onCopyLink={(url) => void copyLink(url)}
      />
      <Text className='muted policy__hint'>
        点“托育”目标，可查看附近的托育机构。现在的数值由区里录入，写明数据日期和来源；相关建议是对这个目标提出、已被采纳或办结的建议。
      </Text>

      <View className='policy__meta'>
        <Text className='muted'>
          {summary.meta.publisher} · 成文 {summary.meta.writtenDate} · 发布 {summary.meta.publishDate} ·{' '}
          {summary.meta.genre}
        </Text>
        {/* The day its content was last brought up to date: not the edition's id, nor where it came from. */}
        <Text className='muted policy__updated'>内容更新于 {summary.updatedAt}</Text>
        <Button block className='policy__copy' onClick={() => void copyLink(summary.originalUrl, '原文链接')}>
          复制原文链接
        </Button>
        <Text className='muted'>小程序内无法直接打开外部网页，复制后可在浏览器中查看政府网站原文。</Text>
      </View>
    </PageShell>
  )
}
