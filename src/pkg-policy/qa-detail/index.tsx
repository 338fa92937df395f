import { Text, View } from '@tarojs/components'
import { Button } from '../../components/ui/Button'
import Taro, { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { useState } from 'react'
import { Highlighted } from '../../components/Highlighted'
import { writeAbout } from '../../components/ModeChooser/open-form'
import { PageShell } from '../../components/PageShell'
import { ReadAloud } from '../../components/ReadAloud'
import { SegmentTabs } from '../../components/SegmentTabs'
import { policyFacts } from '../../domain/policy/facts'
import { kidsAnswerFor, kidsSentences } from '../../domain/policy/kids'
import { highlight } from '../../domain/policy/search'
import { isSinglePageMode } from '../../services/launch'
import { useIntentStore } from '../../stores/useIntentStore'
import { usePolicyStore } from '../../stores/usePolicyStore'
import './index.scss'
import { headingProps } from '../../components/a11y'

type View_ = 'adult' | 'kids'
const TABS: Array<{ key: View_; label: string }> = [
  { key: 'adult', label: '原文回答' },
  { key: 'kids', label: '给小朋友' }
]

export default function PolicyQaDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const query = decodeURIComponent(params.q ?? '')
  const [view, setView] = useState<View_>(params.view === 'kids' ? 'kids' : 'adult')
  const qa = usePolicyStore((s) => s.value.qa.find((q) => q.id === id))
  const kids = kidsAnswerFor(id)
  const openMap = useIntentStore((s) => s.openMap)
  // Shared to 朋友圈, the page opens alone: no other page, no share button; WeChat's bar at the
  // bottom opens the full app, so the page says what waits there instead.
  const [alone] = useState(isSinglePageMode)

  const path = `/pkg-policy/qa-detail/index?id=${id}`
  useShareAppMessage(() => ({ title: qa?.question ?? '渝中区儿童友好城市行动计划问答', path }))
  useShareTimeline(() => ({ title: qa?.question ?? '渝中区儿童友好城市行动计划问答', query: `id=${id}` }))

  if (!qa) {
    return (
      <PageShell>
        <View className='qa-detail__missing' ariaRole='alert'>
          <Text>没有找到这个问题，它可能已在新版本中调整。</Text>
          {alone ? null : (
            <Button onClick={() => Taro.redirectTo({ url: '/pkg-policy/qa/index' })}>查看全部问答</Button>
          )}
        </View>
      </PageShell>
    )
  }

  // Answers that state a childcare target lead to the childcare map.
  const aboutChildcare = policyFacts.targets.some((t) => t.topic === 'childcare' && t.partId === qa.id)

  const suggest = () => {
    writeAbout({ source: 'policy', refId: qa.id, about: qa.question })
  }
  const showChildcare = () => {
    openMap('childcare')
    void Taro.switchTab({ url: '/pages/map/index' })
  }

  return (
    <PageShell className='qa-detail'>
      <View {...headingProps(1)}>
        <Text className='qa-detail__question'>{view === 'kids' && kids ? kids.question : qa.question}</Text>
      </View>
      <SegmentTabs options={TABS} value={view} onChange={setView} />

      {view === 'adult' ? (
        <View className='qa-detail__answer'>
          {qa.answer.map((p, i) => (
            <Highlighted key={i} className='qa-detail__paragraph' segments={highlight(p, query)} />
          ))}
        </View>
      ) : (
        <View className='qa-detail__kids'>
          {kids ? (
            <>
              <ReadAloud className='qa-detail__read' text={`${kids.question}${kids.text}`} />
              {kidsSentences(kids.text).map((s, i) => (
                <Text key={i} className='qa-detail__kids-line'>
                  {s}
                </Text>
              ))}
            </>
          ) : (
            <Text className='muted'>这个问题还没有给小朋友的版本。</Text>
          )}
          <Text className='muted qa-detail__kids-note'>这是我们为小朋友改写的说明，以上方“原文回答”为准。</Text>
        </View>
      )}

      {alone ? (
        <Text className='muted qa-detail__alone'>点下方“前往小程序”，可以查看全部问答、就这个问题提建议。</Text>
      ) : (
        <View className='qa-detail__actions'>
          {aboutChildcare ? (
            <Button block className='qa-detail__action' onClick={showChildcare}>
              查看附近的托育机构
            </Button>
          ) : null}
          <Button block className='qa-detail__action' onClick={suggest}>
            就这个问题提建议
          </Button>
          <Button variant='primary' block className='qa-detail__action qa-detail__action--share' openType='share'>
            分享给朋友
          </Button>
        </View>
      )}
    </PageShell>
  )
}
