// The worker's inbox, scoped on the server to their communities / street / the district.
import { Button, Input, Text, View } from '@tarojs/components'
import Taro, { stopPullDownRefresh, useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { ChipGroup } from '../../components/ui/Chip'
import { InboxCard } from '../../components/InboxCard'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import type { InboxSort } from '../../domain/staff/api'
import { monthRange } from '../../domain/staff/periods'
import { STATUSES, type Status } from '../../domain/suggestions/model'
import { useStaffStore } from '../../stores/useStaffStore'
import './index.scss'

const STATUS_CHIPS: Array<[label: string, statuses: Status[] | undefined]> = [
  ['全部', undefined],
  [STATUSES.submitted, ['submitted']],
  ['处理中', ['accepted', 'in_progress']],
  ['已答复/采纳', ['answered', 'adopted']],
  [STATUSES.closed, ['closed']]
]
const statusesOf = (label: string) => STATUS_CHIPS.find(([l]) => l === label)?.[1]
const MODE_CHIPS = [
  { key: 'any' as const, label: '不限' },
  { key: 'child' as const, label: '小朋友' },
  { key: 'adult' as const, label: '居民' }
]
const SORT_CHIPS: Array<{ key: InboxSort; label: string }> = [
  { key: 'newest', label: '最新' },
  { key: 'supported', label: '支持最多' }
]

export default function StaffInboxPage() {
  const { me, items, total, next, status, error, filter, sort, loadMe, setFilter, reload, loadMore } = useStaffStore()
  const [q, setQ] = useState(filter.q ?? '')

  useEffect(() => {
    void loadMe()
  }, [loadMe])
  // Taro fires this on the first show too: it is the only load on opening (and on coming back).
  useDidShow(() => void reload())
  usePullDownRefresh(() => void reload().finally(() => stopPullDownRefresh()))
  useReachBottom(() => void loadMore())

  const chipOn = (statuses?: Status[]) => JSON.stringify(filter.status) === JSON.stringify(statuses)
  const setStatus = (statuses?: Status[]) => setFilter({ ...filter, status: statuses })
  const setSort = (s: InboxSort) => setFilter(filter, s)
  // Whole months, for the monthly report and its export (the report page uses this filter).
  const months = [0, -1].map((offset) => monthRange(offset, new Date()))
  const setMonth = (m?: { from: string; to: string }) => setFilter({ ...filter, from: m?.from, to: m?.to })

  return (
    <PageShell className='staff-inbox'>
      {me ? (
        <Text className='muted'>
          {me.roleLabel}
          {me.name ? ` · ${me.name}` : ''}
          {total !== null ? ` · 共 ${total} 条` : ''}
        </Text>
      ) : null}
      <View className='staff-inbox__search'>
        <Input
          className='staff-inbox__input'
          value={q}
          placeholder='搜索建议内容'
          confirmType='search'
          ariaLabel='搜索建议内容'
          onInput={(e) => setQ(e.detail.value)}
          onConfirm={() => setFilter({ ...filter, q: q || undefined })}
        />
        <Button size='mini' onClick={() => setFilter({ ...filter, q: q || undefined })}>
          搜索
        </Button>
      </View>
      <ChipGroup
        label='状态'
        options={STATUS_CHIPS.map(([label]) => ({ key: label, label }))}
        isOn={(label) => chipOn(statusesOf(label))}
        onPick={(label) => setStatus(statusesOf(label))}
      />
      <ChipGroup
        label='时间'
        options={[{ key: 'all', label: '全部时间' }, ...months.map((m) => ({ key: m.from, label: m.label }))]}
        isOn={(key) => (filter.from ?? 'all') === key}
        onPick={(key) => setMonth(months.find((m) => m.from === key))}
      />
      <ChipGroup
        label='提建议的人'
        options={MODE_CHIPS}
        isOn={(key) => (filter.mode ?? 'any') === key}
        onPick={(key) => setFilter({ ...filter, mode: key === 'any' ? undefined : key })}
      />
      <ChipGroup label='排序' options={SORT_CHIPS} isOn={(key) => sort === key} onPick={setSort} />
      <View
        className='staff-inbox__report'
        ariaRole='button'
        onClick={() => Taro.navigateTo({ url: '/pkg-staff/report/index' })}
      >
        统计与导出 ›
      </View>

      <LoadState
        status={status}
        error={error}
        onRetry={reload}
        empty={items.length === 0}
        emptyText='没有符合条件的建议。'
      />
      <View className='staff-inbox__list'>
        {items.map((item) => (
          <InboxCard
            key={item.id}
            item={item}
            onOpen={(id) => Taro.navigateTo({ url: `/pkg-staff/case/index?id=${id}` })}
          />
        ))}
      </View>
      {next ? (
        <Button className='staff-inbox__more' onClick={loadMore} loading={status === 'loading'}>
          加载更多
        </Button>
      ) : null}
      <View className='staff-inbox__links'>
        <View
          className='staff-inbox__link'
          ariaRole='button'
          ariaLabel='代录建议'
          onClick={() => Taro.navigateTo({ url: '/pkg-staff/entry/index' })}
        >
          代录建议 ›
        </View>
        <View
          className='staff-inbox__link'
          ariaRole='button'
          ariaLabel='回复模板'
          onClick={() => Taro.navigateTo({ url: '/pkg-staff/templates/index' })}
        >
          回复模板 ›
        </View>
        {me?.role === 'district_admin' ? (
          <View
            className='staff-inbox__link'
            ariaRole='button'
            ariaLabel='人员管理'
            onClick={() => Taro.navigateTo({ url: '/pkg-staff/staff-admin/index' })}
          >
            人员管理 ›
          </View>
        ) : null}
      </View>
    </PageShell>
  )
}
