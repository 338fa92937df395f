// The worker's inbox, scoped on the server to their communities / street / the district.
import { Text, View } from '@tarojs/components'
import Taro, { stopPullDownRefresh, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useState } from 'react'
import { Button } from '../../components/ui/Button'
import { ChipGroup } from '../../components/ui/Chip'
import { Field } from '../../components/ui/Field'
import { InboxCard } from '../components/InboxCard'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { scrollRegionProps } from '../../components/a11y'
import { SEARCH_MAX_CHARS } from '../../domain/staff/inbox-query'
import { useInbox } from '../../data/staff'
import { useReloadOnReturn } from '../../hooks/useReloadOnReturn'
import { INBOX_STATUS_CHIPS } from '../../domain/suggestions/status'
import { useStaffMe } from '../../stores/useSessionStore'
import { useStaffStore } from '../../stores/useStaffStore'
import { dailyToolsFor, toolUrl } from '../tools/tools'
import { FilterSheet, sheetFilterCount } from './FilterSheet'
import './index.scss'

const ALL_CHIP = '全部'
// 跟进: rows whose author said 还没有 after 已办结, until staff close them again (any open state).
const FOLLOW_UP_CHIP = '跟进'
// 我负责的: what is assigned to the caller (指派), in any state.
const MINE_CHIP = '我负责的'
// 待分派: rows naming no community, for the street and district admins to pass on (转办).
const TRIAGE_CHIP = '待分派'
const SPECIAL = { [MINE_CHIP]: 'mine', [TRIAGE_CHIP]: 'noCommunity', [FOLLOW_UP_CHIP]: 'followUp' } as const
type Special = (typeof SPECIAL)[keyof typeof SPECIAL]
const isSpecial = (label: string): label is keyof typeof SPECIAL => label in SPECIAL
const NO_SPECIAL: Record<Special, undefined> = { mine: undefined, noCommunity: undefined, followUp: undefined }
const statusesOf = (label: string) => {
  const chip = INBOX_STATUS_CHIPS.find((c) => c.label === label)
  return chip ? [...chip.statuses] : undefined
}
export default function StaffInboxPage() {
  const me = useStaffMe()
  const { filter, sort, setFilter } = useStaffStore()
  const list = useInbox(filter, sort)
  const { items, status, error, reload, loadMore } = list
  const total = list.first?.total ?? null
  const [q, setQ] = useState(filter.q ?? '')
  const [sheetOpen, setSheetOpen] = useState(false)
  const more = sheetFilterCount(filter)

  useReloadOnReturn(reload)
  usePullDownRefresh(() => void reload().finally(() => stopPullDownRefresh()))
  useReachBottom(() => void loadMore())

  const chipOn = (label: string) =>
    isSpecial(label)
      ? Boolean(filter[SPECIAL[label]])
      : !Object.keys(NO_SPECIAL).some((k) => filter[k as Special]) &&
        JSON.stringify(filter.status) === JSON.stringify(statusesOf(label))
  // One chip at a time: a special chip drops the status, a status chip drops the specials.
  const pickChip = (label: string) =>
    isSpecial(label)
      ? setFilter({ ...filter, ...NO_SPECIAL, status: undefined, [SPECIAL[label]]: true })
      : setFilter({ ...filter, ...NO_SPECIAL, status: statusesOf(label) })
  const triage = me?.role === 'street_admin' || me?.role === 'district_admin'
  const tools = dailyToolsFor(me?.can ?? {})
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
          options={[
            ALL_CHIP,
            MINE_CHIP,
            ...(triage ? [TRIAGE_CHIP] : []),
            ...INBOX_STATUS_CHIPS.map((c) => c.label),
            FOLLOW_UP_CHIP
          ].map((label) => ({
            key: label,
            label
          }))}
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
      {/* The daily tools on one line that scrolls sideways, above the list: the list loads more as
          it is scrolled, so anything below it is never reached. The rest are on 全部工具. */}
      <View className='staff-inbox__links' {...scrollRegionProps('工作工具')}>
        {tools.daily.map((t) => (
          <View
            key={t.page}
            className='staff-inbox__tool staff-inbox__link'
            ariaRole='button'
            ariaLabel={t.label}
            onClick={() => Taro.navigateTo({ url: toolUrl(t) })}
          >
            {t.label} ›
          </View>
        ))}
        {tools.more > 0 ? (
          <View
            className='staff-inbox__tool staff-inbox__all'
            ariaRole='button'
            ariaLabel='全部工具'
            onClick={() => Taro.navigateTo({ url: '/pkg-staff/tools/index' })}
          >
            全部工具 ›
          </View>
        ) : null}
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
      {list.hasMore ? (
        <Button block className='staff-inbox__more' onClick={loadMore} busy={status === 'loading'}>
          加载更多
        </Button>
      ) : null}
    </PageShell>
  )
}
