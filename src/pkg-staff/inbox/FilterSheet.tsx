// 筛选: the inbox's less used filters in a sheet, so the list starts on the first screen.
import { View } from '@tarojs/components'
import { StreetPicker } from '../../components/StreetPicker'
import { Button, ButtonRow } from '../../components/ui/Button'
import { ChipGroup } from '../../components/ui/Chip'
import { Sheet } from '../../components/ui/Sheet'
import type { InboxFilter, InboxSort } from '../../domain/staff/api'
import { monthRange } from '../../domain/staff/periods'
import { AGE_GROUPS, TOPICS, type AgeGroup, type Topic } from '../../domain/suggestions/model'

const ANY = 'any'
const SORTS: Array<{ key: InboxSort; label: string }> = [
  { key: 'newest', label: '最新' },
  { key: 'supported', label: '支持最多' },
  { key: 'overdue', label: '逾期优先' }
]

/** How many of the sheet's filters are set (shown on the 筛选 button). */
export function sheetFilterCount(f: InboxFilter): number {
  return [f.from, f.ageGroup?.length, f.topic?.length, f.mode, f.street, f.hasPhoto].filter(Boolean).length
}

interface Props {
  open: boolean
  filter: InboxFilter
  sort: InboxSort
  onChange: (filter: InboxFilter, sort?: InboxSort) => void
  onClose: () => void
}

export function FilterSheet({ open, filter, sort, onChange, onClose }: Props) {
  // Whole months, for the monthly report and its export (the report page uses this filter).
  const months = [0, -1].map((offset) => monthRange(offset, new Date()))
  const set = (change: Partial<InboxFilter>) => onChange({ ...filter, ...change })
  const reset = () => onChange({ status: filter.status, q: filter.q }, 'newest')
  return (
    <Sheet
      open={open}
      title='筛选'
      onClose={onClose}
      footer={
        <ButtonRow>
          <Button onClick={reset}>重置</Button>
          <Button variant='primary' onClick={onClose}>
            看结果
          </Button>
        </ButtonRow>
      }
    >
      <View className='staff-inbox__sheet'>
        <ChipGroup
          label='时间'
          showLabel
          options={[{ key: ANY, label: '全部时间' }, ...months.map((m) => ({ key: m.from, label: m.label }))]}
          isOn={(key) => (filter.from ?? ANY) === key}
          onPick={(key) => {
            const m = months.find((x) => x.from === key)
            set({ from: m?.from, to: m?.to })
          }}
        />
        <ChipGroup
          label='提建议的人'
          showLabel
          options={[
            { key: ANY, label: '不限' },
            { key: 'child', label: '小朋友' },
            { key: 'adult', label: '居民' }
          ]}
          isOn={(key) => (filter.mode ?? ANY) === key}
          onPick={(key) => set({ mode: key === ANY ? undefined : (key as 'child' | 'adult') })}
        />
        <ChipGroup
          label='年龄'
          showLabel
          options={[{ key: ANY, label: '不限' }, ...AGE_GROUPS.map((a) => ({ key: a.key as string, label: a.label }))]}
          isOn={(key) => (filter.ageGroup?.[0] ?? ANY) === key}
          onPick={(key) => set({ ageGroup: key === ANY ? undefined : [key as AgeGroup] })}
        />
        <ChipGroup
          label='类别'
          showLabel
          options={[{ key: ANY, label: '不限' }, ...TOPICS.map((t) => ({ key: t.key as string, label: t.label }))]}
          isOn={(key) => (filter.topic?.[0] ?? ANY) === key}
          onPick={(key) => set({ topic: key === ANY ? undefined : [key as Topic] })}
        />
        <ChipGroup
          label='照片'
          showLabel
          options={[
            { key: ANY, label: '不限' },
            { key: 'yes', label: '有照片' }
          ]}
          isOn={(key) => (filter.hasPhoto ? 'yes' : ANY) === key}
          onPick={(key) => set({ hasPhoto: key === 'yes' ? true : undefined })}
        />
        <ChipGroup
          label='排序'
          showLabel
          options={SORTS}
          isOn={(key) => sort === key}
          onPick={(s) => onChange(filter, s)}
        />
        <StreetPicker
          withCommunity
          street={filter.street}
          community={filter.community}
          onChange={(street, community) => set({ street, community })}
        />
      </View>
    </Sheet>
  )
}
