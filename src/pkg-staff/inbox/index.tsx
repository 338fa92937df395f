// The worker's inbox, scoped on the server to their communities / street / the district.
import { Button, Input, Text, View } from '@tarojs/components'
import Taro, { stopPullDownRefresh, useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { choiceProps } from '../../components/a11y'
import { InboxCard } from '../../components/InboxCard'
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

export default function StaffInboxPage() {
  const { me, items, total, next, status, error, filter, sort, loadMe, setFilter, reload, loadMore } = useStaffStore()
  const [q, setQ] = useState(filter.q ?? '')

  useEffect(() => {
    void loadMe()
    void reload()
  }, [loadMe, reload])
  useDidShow(() => void reload())
  usePullDownRefresh(() => void reload().finally(() => stopPullDownRefresh()))
  useReachBottom(() => void loadMore())

  const chipOn = (statuses?: Status[]) => JSON.stringify(filter.status) === JSON.stringify(statuses)
  const setStatus = (statuses?: Status[]) => setFilter({ ...filter, status: statuses })
  const setSort = (s: InboxSort) => setFilter(filter, s)
  // Whole months, for the monthly report and its export (the report page uses this filter).
  const months = [0, -1].map((offset) => monthRange(offset, new Date()))
  const monthOn = (m?: { from: string }) => filter.from === m?.from
  const setMonth = (m?: { from: string; to: string }) => setFilter({ ...filter, from: m?.from, to: m?.to })
  const modeOn = (mode?: 'child' | 'adult') => filter.mode === mode

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
        <Input className='staff-inbox__input' value={q} placeholder='搜索建议内容' confirmType='search' ariaLabel='搜索建议内容' onInput={(e) => setQ(e.detail.value)} onConfirm={() => setFilter({ ...filter, q: q || undefined })} />
        <Button size='mini' onClick={() => setFilter({ ...filter, q: q || undefined })}>
          搜索
        </Button>
      </View>
      <View className='staff-inbox__chips'>
        {STATUS_CHIPS.map(([label, statuses]) => (
          <View key={label} className={`staff-inbox__chip ${chipOn(statuses) ? 'staff-inbox__chip--on' : ''}`} {...choiceProps('radio', chipOn(statuses), label)} onClick={() => setStatus(statuses)}>
            {label}
          </View>
        ))}
      </View>
      <View className='staff-inbox__chips'>
        {[undefined, ...months].map((m) => (
          <View key={m?.from ?? 'all'} className={`staff-inbox__chip ${monthOn(m) ? 'staff-inbox__chip--on' : ''}`} {...choiceProps('radio', monthOn(m), m?.label ?? '全部时间')} onClick={() => setMonth(m)}>
            {m?.label ?? '全部时间'}
          </View>
        ))}
        {([undefined, 'child', 'adult'] as const).map((mode) => (
          <View key={mode ?? 'any'} className={`staff-inbox__chip ${modeOn(mode) ? 'staff-inbox__chip--on' : ''}`} {...choiceProps('radio', modeOn(mode), mode === 'child' ? '小朋友' : mode === 'adult' ? '居民' : '不限')} onClick={() => setFilter({ ...filter, mode })}>
            {mode === 'child' ? '小朋友' : mode === 'adult' ? '居民' : '不限'}
          </View>
        ))}
      </View>
      <View className='staff-inbox__chips'>
        {(['newest', 'supported'] as InboxSort[]).map((s) => (
          <View key={s} className={`staff-inbox__chip ${sort === s ? 'staff-inbox__chip--on' : ''}`} {...choiceProps('radio', sort === s, s === 'newest' ? '最新' : '支持最多')} onClick={() => setSort(s)}>
            {s === 'newest' ? '最新' : '支持最多'}
          </View>
        ))}
        <View className='staff-inbox__chip' ariaRole='button' onClick={() => Taro.navigateTo({ url: '/pkg-staff/report/index' })}>
          统计与导出 ›
        </View>
      </View>

      {error ? (
        <View ariaRole='alert'>
          <Text className='muted'>{error.message}</Text>
        </View>
      ) : null}
      {status === 'ready' && items.length === 0 ? <Text className='muted'>没有符合条件的建议。</Text> : null}
      <View className='staff-inbox__list'>
        {items.map((item) => (
          <InboxCard key={item.id} item={item} onOpen={(id) => Taro.navigateTo({ url: `/pkg-staff/case/index?id=${id}` })} />
        ))}
      </View>
      {next ? (
        <Button className='staff-inbox__more' onClick={loadMore} loading={status === 'loading'}>
          加载更多
        </Button>
      ) : null}
      <View className='staff-inbox__links'>
        <View className='staff-inbox__link' ariaRole='button' ariaLabel='代录建议' onClick={() => Taro.navigateTo({ url: '/pkg-staff/entry/index' })}>
          代录建议 ›
        </View>
        <View className='staff-inbox__link' ariaRole='button' ariaLabel='回复模板' onClick={() => Taro.navigateTo({ url: '/pkg-staff/templates/index' })}>
          回复模板 ›
        </View>
        {me?.role === 'district_admin' ? (
          <View className='staff-inbox__link' ariaRole='button' ariaLabel='人员管理' onClick={() => Taro.navigateTo({ url: '/pkg-staff/staff-admin/index' })}>
            人员管理 ›
          </View>
        ) : null}
      </View>
    </PageShell>
  )
}
