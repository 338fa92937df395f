// 地点纠错 (district admins): the reports people sent about places, 待处理 first; tapping one
// opens the edit page (place-edit), where the place is fixed and the report answered. Nobody's
// identity is shown: the queue has the place, what is wrong and the note.
import { Text, View } from '@tarojs/components'
import Taro, { stopPullDownRefresh, usePullDownRefresh } from '@tarojs/taro'
import { useReloadOnReturn } from '../../hooks/useReloadOnReturn'
import { useState } from 'react'
import { CorrectionCard } from '../../components/CorrectionCard'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { Button } from '../../components/ui/Button'
import { ChipGroup } from '../../components/ui/Chip'
import { CORRECTION_STATUSES, type CorrectionStatus } from '../../domain/places/correction-words'
import { useCorrectionQueue } from '../../data/corrections'
import './index.scss'

export default function StaffCorrectionsPage() {
  const [status, setStatus] = useState<CorrectionStatus>('pending')
  const [pending, setPending] = useState<number | null>(null)
  const list = useCorrectionQueue(status, setPending)
  // Back from the edit page: the answered report leaves 待处理.
  useReloadOnReturn(list.reload)
  usePullDownRefresh(() => void list.reload().finally(() => stopPullDownRefresh()))

  return (
    <PageShell className='staff-corrections'>
      <Text className='muted correction-list__intro'>
        居民报告的地点信息问题。核实后修改地点（写明信息来源和核实日期）并答复，报告人会看到结果。
        {pending !== null ? ` 待处理 ${pending} 条。` : ''}
      </Text>
      <ChipGroup
        label='状态'
        className='staff-corrections__status'
        options={CORRECTION_STATUSES}
        isOn={(k) => k === status}
        onPick={setStatus}
      />
      <LoadState
        status={list.status}
        error={list.error}
        onRetry={list.error?.code === 'FORBIDDEN' ? undefined : list.reload}
        empty={list.items.length === 0}
        emptyText={status === 'pending' ? '没有待处理的纠错。' : '这个状态下没有纠错。'}
      />
      <View className='correction-list' ariaRole='list'>
        {list.items.map((item) => (
          <View key={item.id} ariaRole='listitem'>
            <CorrectionCard
              item={item}
              staff
              onClick={() =>
                void Taro.navigateTo({ url: `/pkg-staff/place-edit/index?id=${encodeURIComponent(item.id)}` })
              }
            />
          </View>
        ))}
      </View>
      {list.hasMore ? (
        <Button block className='staff-corrections__more' busy={list.status === 'loading'} onClick={list.loadMore}>
          加载更多
        </Button>
      ) : null}
    </PageShell>
  )
}
