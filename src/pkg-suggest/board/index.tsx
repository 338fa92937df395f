// The public board: suggestions the district adopted or completed, and (on rows whose authors were
// told so) the ones it is still working on, newest first, by state and street, 20 at a time (加载更多), with "我也想要" support (已支持 on what I supported: the server says),
// and the figures — how many came in and how many were adopted, per month and per street.
// Nothing personal is shown (the server sends none).
import { Text, View } from '@tarojs/components'
import { Button } from '../../components/ui/Button'
import { usePullDownRefresh, useShareAppMessage, stopPullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { BoardFigures } from '../../components/BoardFigures'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { SegmentTabs } from '../../components/SegmentTabs'
import { Button as UiButton } from '../../components/ui/Button'
import { StatusTag } from '../../components/ui/StatusTag'
import { StreetPicker } from '../../components/StreetPicker'
import { ChipGroup } from '../../components/ui/Chip'
import { findStreet } from '../../domain/streets'
import { figuresByMonth, figuresByStreet } from '../../domain/suggestions/board-figures'
import { useCalls } from '../../data/use-calls'
import { suggestionCalls, useBoardStats, usePublicBoard } from '../../data/suggestions'
import { chinaDateTime } from '../../domain/clock'
import { STATUSES, suggestionTitle } from '../../domain/suggestions/model'
import { statusTone } from '../../domain/suggestions/rules'
import { BOARD_FILTERS, boardFilter, type BoardFilter } from '../../domain/suggestions/status'
import './index.scss'

type Tab = 'list' | 'figures'
const TABS: Array<{ key: Tab; label: string }> = [
  { key: 'list', label: '公示的建议' },
  { key: 'figures', label: '数字统计' }
]

export default function SuggestionBoardPage() {
  const [street, setStreet] = useState<string | undefined>()
  const [tab, setTab] = useState<Tab>('list')
  const [state, setState] = useState<BoardFilter>(BOARD_FILTERS[0].key)
  const calls = useCalls(suggestionCalls)
  const list = usePublicBoard(street, state)
  const stats = useBoardStats(tab === 'figures')
  const streetName = street ? findStreet(street)?.name : undefined

  usePullDownRefresh(() => void (tab === 'list' ? list.reload() : stats.reload()).finally(() => stopPullDownRefresh()))
  useShareAppMessage(() => ({ title: '渝中区：孩子们的建议变成了什么', path: '/pkg-suggest/board/index' }))

  const support = async (id: string) => {
    const r = await calls.support({ id })
    if (r.ok)
      list.setItems((items) =>
        items.map((i) => (i.id === id ? { ...i, supportCount: r.data.supportCount, supportedByMe: true } : i))
      )
  }

  return (
    <PageShell className='board'>
      <Text className='muted'>这里公示区里正在办、已采纳和已办结的建议。按街道查看：</Text>
      <View className='board__streets'>
        <StreetPicker street={street} onChange={(s) => setStreet(s)} />
      </View>
      <SegmentTabs options={TABS} value={tab} onChange={setTab} />

      {tab === 'figures' ? (
        <View className='board__figures'>
          <LoadState status={stats.status} error={stats.error} onRetry={stats.reload} empty={!stats.data} />
          {stats.data ? (
            <View>
              <BoardFigures
                title={`${streetName ?? '全区'}每月的建议`}
                className='board__by-month'
                rows={figuresByMonth(stats.data.byStreetMonth, street)}
                emptyText='这段时间还没有建议。'
              />
              {street ? null : (
                <BoardFigures
                  title='各街道的建议'
                  className='board__by-street'
                  rows={figuresByStreet(stats.data.byStreetMonth)}
                  emptyText='这段时间还没有建议。'
                />
              )}
              <Text className='muted board__note'>
                只计入通过内容审核的建议，按提交的月份统计；“采纳”指已采纳或已办结。
                {stats.data.complete ? '' : '更早的月份数据太多，没有显示。'}
              </Text>
            </View>
          ) : null}
        </View>
      ) : (
        <View>
          <ChipGroup
            label='建议状态'
            className='board__states'
            options={BOARD_FILTERS}
            isOn={(key) => key === state}
            onPick={setState}
          />
          <LoadState
            status={list.status}
            error={list.error}
            onRetry={list.reload}
            empty={list.items.length === 0}
            emptyText={`${street ? '这个街道' : '目前'}还没有${boardFilter(state).label}的公示建议。`}
          />
          {list.items.map((s) => (
            <View key={s.id} className='board__item'>
              <View className='board__head'>
                <Text className='board__title'>{suggestionTitle(s)}</Text>
                <StatusTag label={STATUSES[s.status]} tone={statusTone(s.status)} />
              </View>
              {s.text ? <Text className='board__text'>{s.text}</Text> : null}
              {s.reply ? <Text className='board__reply'>答复：{s.reply}</Text> : null}
              <View className='board__foot'>
                <Text className='muted'>
                  {s.street ? findStreet(s.street)?.name : '渝中区'} · {chinaDateTime(s.createdAt, false)}
                </Text>
                {s.supportedByMe ? (
                  <Button
                    size='small'
                    className='board__supported'
                    disabled
                    ariaLabel={`已支持，共 ${s.supportCount} 人支持`}
                  >
                    ✓ 已支持 {s.supportCount}
                  </Button>
                ) : (
                  <Button
                    size='small'
                    ariaLabel={`我也想要，已有 ${s.supportCount} 人支持`}
                    onClick={() => support(s.id)}
                  >
                    👍 我也想要 {s.supportCount}
                  </Button>
                )}
              </View>
            </View>
          ))}
          {list.hasMore ? (
            <UiButton block className='board__more' busy={list.status === 'loading'} onClick={list.loadMore}>
              加载更多
            </UiButton>
          ) : null}
        </View>
      )}
    </PageShell>
  )
}
