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
import type { StaffAction } from '../../domain/staff/permissions'
import { useInbox } from '../../data/staff'
import { useReloadOnReturn } from '../../hooks/useReloadOnReturn'
import { INBOX_STATUS_CHIPS } from '../../domain/suggestions/status'
import { useStaffMe } from '../../stores/useSessionStore'
import { useStaffStore } from '../../stores/useStaffStore'
import { FilterSheet, sheetFilterCount } from './FilterSheet'
import './index.scss'

const ALL_CHIP = '全部'
// The other staff pages; the server refuses what a role may not do, these only hide it.
// Each link shows when the role has the capability its page needs (src/domain/staff/permissions).
const LINKS: Array<{ page: string; label: string; needs: StaffAction }> = [
  { page: 'entry', label: '代录建议', needs: 'enter' },
  { page: 'batch', label: '批量代录', needs: 'enter' },
  { page: 'templates', label: '回复模板', needs: 'reply' },
  { page: 'staff-admin', label: '人员管理', needs: 'manageStaff' },
  { page: 'content', label: '政策与动态发布', needs: 'publishContent' },
  { page: 'audit', label: '操作记录', needs: 'viewAudit' },
  { page: 'places-import', label: '地点导入', needs: 'importPlaces' },
  { page: 'corrections', label: '地点纠错', needs: 'correctPlaces' },
  { page: 'place-admin', label: '新增地点', needs: 'correctPlaces' },
  { page: 'walk-routes', label: '儿童友好路线', needs: 'correctPlaces' },
  { page: 'progress', label: '目标进展录入', needs: 'recordProgress' },
  { page: 'polls', label: '快问快答', needs: 'runPolls' },
  { page: 'council', label: '儿童议事会', needs: 'manageCouncil' },
  { page: 'offices', label: '社区通讯录', needs: 'manageOffices' },
  { page: 'activities', label: '活动管理', needs: 'manageActivities' },
  { page: 'visits', label: '参观预约', needs: 'arrangeVisits' },
  { page: 'deadlines', label: '处理期限', needs: 'manageDeadlines' }
]
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
      {/* The tools on one line that scrolls sideways, above the list: the list loads more as it is
          scrolled, so anything below it is never reached. */}
      <View className='staff-inbox__links' {...scrollRegionProps('工作工具')}>
        <View
          className='staff-inbox__tool staff-inbox__report'
          ariaRole='button'
          onClick={() => Taro.navigateTo({ url: '/pkg-staff/report/index' })}
        >
          统计与导出 ›
        </View>
        {LINKS.filter((l) => me?.can[l.needs]).map((l) => (
          <View
            key={l.page}
            className='staff-inbox__tool staff-inbox__link'
            ariaRole='button'
            ariaLabel={l.label}
            onClick={() => Taro.navigateTo({ url: `/pkg-staff/${l.page}/index` })}
          >
            {l.label} ›
          </View>
        ))}
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
