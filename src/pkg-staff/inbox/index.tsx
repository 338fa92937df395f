// The worker's inbox, scoped on the server to their communities / street / the district.
import { Text, View } from '@tarojs/components'
import Taro, { stopPullDownRefresh, useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Button } from '../../components/ui/Button'
import { ChipGroup } from '../../components/ui/Chip'
import { Field } from '../../components/ui/Field'
import { InboxCard } from '../../components/InboxCard'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { SEARCH_MAX_CHARS } from '../../domain/staff/inbox-query'
import { STATUSES, type Status } from '../../domain/suggestions/model'
import { useStaffStore } from '../../stores/useStaffStore'
import { FilterSheet, sheetFilterCount } from './FilterSheet'
import './index.scss'

const STATUS_CHIPS: Array<[label: string, statuses: Status[] | undefined]> = [
  ['全部', undefined],
  [STATUSES.submitted, ['submitted']],
  ['处理中', ['accepted', 'in_progress']],
  ['已答复/采纳', ['answered', 'adopted']],
  [STATUSES.closed, ['closed']]
]
// The other staff pages; the server refuses what a role may not do, these only hide it.
const LINKS: Array<{ page: string; label: string; districtOnly?: boolean }> = [
  { page: 'entry', label: '代录建议' },
  { page: 'batch', label: '批量代录' },
  { page: 'templates', label: '回复模板' },
  { page: 'staff-admin', label: '人员管理', districtOnly: true },
  { page: 'content', label: '政策与动态发布', districtOnly: true },
  { page: 'audit', label: '操作记录', districtOnly: true },
  { page: 'places-import', label: '地点导入', districtOnly: true },
  { page: 'corrections', label: '地点纠错', districtOnly: true },
  { page: 'progress', label: '目标进展录入', districtOnly: true }
]
// 跟进: rows whose author said 还没有 after 已办结, until staff close them again (any open state).
const FOLLOW_UP_CHIP = '跟进'
const statusesOf = (label: string) => STATUS_CHIPS.find(([l]) => l === label)?.[1]
export default function StaffInboxPage() {
  const { me, items, total, next, status, error, filter, sort, loadMe, setFilter, reload, loadMore } = useStaffStore()
  const [q, setQ] = useState(filter.q ?? '')
  const [sheetOpen, setSheetOpen] = useState(false)
  const more = sheetFilterCount(filter)

  useEffect(() => {
    void loadMe()
  }, [loadMe])
  // Taro fires this on the first show too: it is the only load on opening (and on coming back).
  useDidShow(() => void reload())
  usePullDownRefresh(() => void reload().finally(() => stopPullDownRefresh()))
  useReachBottom(() => void loadMore())

  const chipOn = (label: string) =>
    label === FOLLOW_UP_CHIP
      ? Boolean(filter.followUp)
      : !filter.followUp && JSON.stringify(filter.status) === JSON.stringify(statusesOf(label))
  const pickChip = (label: string) =>
    label === FOLLOW_UP_CHIP
      ? setFilter({ ...filter, status: undefined, followUp: true })
      : setFilter({ ...filter, status: statusesOf(label), followUp: undefined })
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
        <Field
          hideLabel
          label='搜索建议内容'
          className='staff-inbox__input'
          maxLength={SEARCH_MAX_CHARS}
          value={q}
          placeholder='搜索建议内容'
          confirmType='search'
          onInput={setQ}
          onConfirm={() => setFilter({ ...filter, q: q || undefined })}
        />
        <Button size='small' onClick={() => setFilter({ ...filter, q: q || undefined })}>
          搜索
        </Button>
      </View>
      <View className='staff-inbox__filters'>
        <ChipGroup
          label='状态'
          className='staff-inbox__status'
          options={[...STATUS_CHIPS.map(([label]) => label), FOLLOW_UP_CHIP].map((label) => ({ key: label, label }))}
          isOn={chipOn}
          onPick={pickChip}
        />
        <Button size='small' className='staff-inbox__filter' onClick={() => setSheetOpen(true)}>
          {more ? `筛选 ${more}` : '筛选'}
        </Button>
      </View>
      <FilterSheet
        open={sheetOpen}
        filter={filter}
        sort={sort}
        onChange={(f, s) => void setFilter(f, s)}
        onClose={() => setSheetOpen(false)}
      />
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
        <Button block className='staff-inbox__more' onClick={loadMore} busy={status === 'loading'}>
          加载更多
        </Button>
      ) : null}
      <View className='staff-inbox__links'>
        {LINKS.filter((l) => !l.districtOnly || me?.role === 'district_admin').map((l) => (
          <View
            key={l.page}
            className='staff-inbox__link'
            ariaRole='button'
            ariaLabel={l.label}
            onClick={() => Taro.navigateTo({ url: `/pkg-staff/${l.page}/index` })}
          >
            {l.label} ›
          </View>
        ))}
      </View>
    </PageShell>
  )
}
