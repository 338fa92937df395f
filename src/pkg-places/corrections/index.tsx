// 我的纠错: the reports I sent about places, each 待处理 / 已更正 / 无需更正 with the district's
// answer. Only my own (the server reads the caller's openid); gone 90 days after the answer.
import { Text, View } from '@tarojs/components'
import Taro, { stopPullDownRefresh, usePullDownRefresh } from '@tarojs/taro'
import { useReloadOnReturn } from '../../hooks/useReloadOnReturn'
import { CorrectionCard } from '../../components/CorrectionCard'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { REPORTER_RETENTION_DAYS } from '../../domain/places/correction-words'
import { useMyCorrections } from '../../data/corrections'

export default function MyCorrectionsPage() {
  const mine = useMyCorrections()
  useReloadOnReturn(mine.reload)
  usePullDownRefresh(() => void mine.reload().finally(() => stopPullDownRefresh()))
  const items = mine.data?.items ?? []

  return (
    <PageShell className='my-corrections'>
      <Text className='muted correction-list__intro'>
        你报告的地点信息问题和处理结果。答复 {REPORTER_RETENTION_DAYS} 天后，这里不再显示（记录不再和你关联）。
      </Text>
      <LoadState
        status={mine.status}
        error={mine.error}
        onRetry={mine.reload}
        empty={items.length === 0}
        emptyText='还没有纠错。在地点详情里点“信息有误？纠错”就能告诉我们。'
      />
      <View className='correction-list' ariaRole='list'>
        {items.map((item) => (
          <View key={item.id} ariaRole='listitem'>
            <CorrectionCard
              item={item}
              onClick={() =>
                void Taro.navigateTo({ url: `/pkg-places/detail/index?id=${encodeURIComponent(item.placeId)}` })
              }
            />
          </View>
        ))}
      </View>
    </PageShell>
  )
}
