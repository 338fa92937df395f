// Every 2026 target with its unit and, when the district entered one, its current value: the
// figure, the day it describes, where it comes from, and for children a sentence. A target
// without a value says 暂无数据; while the values are not known (loading, offline) it says that
// instead, never a figure of its own.
import { Text, View } from '@tarojs/components'
import type { PolicyCountdown } from '../../domain/policy/countdown'
import {
  direction,
  formatFigure,
  formatTarget,
  meetsTarget,
  type ProgressBoard,
  type TargetProgressView
} from '../../domain/policy/progress'
import { relatedLine } from '../../domain/policy/related'
import type { SummaryTarget as PolicyTarget } from '../../domain/policy/summary'
import type { ProgressStatus } from '../../stores/useTargetProgressStore'
import { StatusTag } from '../ui/StatusTag'
import './index.scss'

interface Props {
  targets: PolicyTarget[]
  /** The days left; left out where the board is a short list (home). */
  countdown?: PolicyCountdown
  progress: { board: ProgressBoard | null; status: ProgressStatus }
  /** The 给小朋友 sentence under each target (the 政策 tab). */
  kids?: boolean
  onTapTarget?: (target: PolicyTarget) => void
  /** 对这个目标提建议: a suggestion about this target (counted beside it once taken up). */
  onSuggest?: (target: PolicyTarget) => void
  onCopyLink?: (url: string) => void
}

const NOT_KNOWN: Record<ProgressStatus, string> = {
  idle: '正在获取进展…',
  loading: '正在获取进展…',
  ready: '暂无数据',
  offline: '进展暂时无法获取，请稍后再看'
}

/** A link inside a row that may itself be tapped (a childcare target opens the map). */
function RowAction({ className, label, onTap }: { className: string; label: string; onTap: () => void }) {
  return (
    <View
      className={className}
      ariaRole='button'
      onClick={(e) => {
        e.stopPropagation()
        onTap()
      }}
    >
      <Text>{label}</Text>
    </View>
  )
}

function Progress({
  t,
  view,
  status,
  kids,
  onCopyLink
}: { t: PolicyTarget; view?: TargetProgressView } & Pick<Props, 'kids' | 'onCopyLink'> & { status: ProgressStatus }) {
  const current = view?.current
  if (!current) {
    return (
      <View className='target-board__progress'>
        <Text className='target-board__none'>{NOT_KNOWN[status]}</Text>
        {kids && view ? <Text className='target-board__kids'>给小朋友：{view.kids}</Text> : null}
      </View>
    )
  }
  const reached = meetsTarget(t, current.value)
  // The bar only for targets to reach (more is better): how much of the way, capped at the goal.
  const share =
    direction(t.comparator) === 'more' && t.value > 0 ? Math.min(100, (current.value / t.value) * 100) : null
  const { url } = current.source
  return (
    <View className='target-board__progress'>
      <View className='target-board__now'>
        <Text className='target-board__figure'>现在 {formatFigure(current.value, current.unit)}</Text>
        <Text className='muted'>截至 {current.asOf}</Text>
        {reached ? <StatusTag label='已达到' tone='good' /> : null}
        {current.demo ? <StatusTag label='演示数据' tone='waiting' /> : null}
      </View>
      {share !== null ? (
        <View className='target-board__track'>
          <View className='target-board__fill' style={{ width: `${share.toFixed(1)}%` }} />
        </View>
      ) : null}
      <Text className='muted target-board__source'>
        来源：{current.source.office} · {current.source.document}
      </Text>
      {url && onCopyLink ? (
        <RowAction className='target-board__copy' label='复制来源链接' onTap={() => onCopyLink(url)} />
      ) : null}
      {kids && view ? <Text className='target-board__kids'>给小朋友：{view.kids}</Text> : null}
    </View>
  )
}

export function TargetBoard({ targets, countdown, progress, kids = false, onTapTarget, onSuggest, onCopyLink }: Props) {
  const views = new Map((progress.board?.items ?? []).map((v) => [v.targetId, v]))
  const complete = progress.board?.relatedComplete ?? true
  return (
    <View className='target-board'>
      {countdown ? (
        <View className={`target-board__countdown target-board__countdown--${countdown.state}`}>
          {/* The number once: big, then what it counts (the label would say it a second time). */}
          {countdown.state === 'running' ? (
            <>
              <Text className='target-board__days'>{countdown.daysLeft}</Text>
              <Text className='target-board__label'>天后，行动计划收官</Text>
            </>
          ) : (
            <Text className='target-board__label'>{countdown.label}</Text>
          )}
        </View>
      ) : null}
      {targets.map((t) => {
        const view = views.get(t.id)
        const related = view ? relatedLine(view.related, complete) : null
        const link = Boolean(onTapTarget) && t.topic === 'childcare'
        return (
          <View
            key={t.id}
            className={`target-board__row ${link ? 'target-board__row--link' : ''}`}
            onClick={() => onTapTarget?.(t)}
          >
            <View
              className='target-board__head'
              ariaLabel={`${t.year}年目标：${t.label}${formatTarget(t)}${link ? '，点按查看附近的托育机构' : ''}`}
            >
              <Text className='target-board__name'>{t.label}</Text>
              <Text className='target-board__value'>目标 {formatTarget(t)}</Text>
            </View>
            <Progress t={t} view={view} status={progress.status} kids={kids} onCopyLink={onCopyLink} />
            {related ? <Text className='muted target-board__related'>{related}</Text> : null}
            {onSuggest ? (
              <RowAction className='target-board__suggest' label='对这个目标提建议 ›' onTap={() => onSuggest(t)} />
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
